import Foundation
import Testing
@testable import FactCheck

/// Input built to break the checker: it must neither crash nor pass a file it did not check.
@Suite struct HostileInputTests {
    @Test func linkBracketsNestedEighteenThousandDeepAreCheckedNotACrash() throws {
        let text = String(repeating: "[", count: 18_000) + "The road is 6, 200 km long." + String(repeating: "]", count: 18_000) + "\n"
        let folder = try CLIRunner.folder(["nested.md": text])
        let output = try CLIRunner.run(["check", "nested.md"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("nested.md:1:18013: warning: '6, 200' has a space inside the number"))
        let stdin = try CLIRunner.run(["check", "-", "--stdin-filename", "nested.md"], in: folder, stdin: text)
        #expect(stdin.status == 1)
    }

    @Test func aFileAPatternGivesUpOnIsAnInputErrorNotASkip() throws {
        let folder = try CLIRunner.folder([
            "rules/exclusions.yml": "greedy:\n  pattern: '(?:\\w+\\s?)+$'\n  counterexamples: []\n  examples: []\n",
            "draft.txt": "The road is 6, 200 km long and the report says so in words.\n",
        ])
        for arguments in [["check", "--rules", "rules", "draft.txt"], ["check", "--rules", "rules", "-", "--stdin-filename", "draft.txt"]] {
            let output = try CLIRunner.run(arguments, in: folder, stdin: "The road is 6, 200 km long and the report says so in words.\n")
            #expect(output.status == 2)
            #expect(output.stderr.contains("factcheck: error: draft.txt: could not be fully checked, so it is not passed: "))
            #expect(output.stderr.contains("exclusions.yml:2: pattern gave up (match limit exceeded); it backtracks too much, make it more specific"))
            #expect(output.stdout.isEmpty)
        }
    }

    @Test func builtInPatternsDoNotGiveUpOnAMillionDigits() throws {
        let folder = try CLIRunner.folder(["digits.txt": "The road is 6, 200 km long. " + String(repeating: "1", count: 1_000_000) + "\n"])
        let output = try CLIRunner.run(["check", "digits.txt"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("digits.txt:1:13: warning: '6, 200' has a space inside the number"))
        #expect(output.stderr.isEmpty)
    }
}

/// Resources follow the input, not the numbers in the options.
@Suite struct BoundedResourceTests {
    @Test func aHundredMillionJobsOnFiveFilesIsFiveWorkers() throws {
        let output = try CLIRunner.run(["check", "--jobs", "100000000", "seeds"])
        #expect(output.status == 1)
        let expected = try String(contentsOf: CLIRunner.fixtures.appendingPathComponent("seeds-check.txt"), encoding: .utf8)
        #expect(output.stdout == expected)
    }
}

/// What is wrong with an input is said as it is.
@Suite struct InputMessageTests {
    @Test func aFIFOALinkLoopAndANonUTF8NameAreSkippedWithTheirReasons() throws {
        let folder = try CLIRunner.folder(["d/ok.txt": "Clean.\n"])
        let d = folder.appendingPathComponent("d")
        #expect(mkfifo(d.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: d.appendingPathComponent("loop").path, withDestinationPath: "loop")
        let badName = d.path + "/bad\u{FF}.txt"
        let descriptor = Array(badName.utf8).dropLast(6) + [0xFF] + Array(".txt".utf8) + [0]
        let created = descriptor.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(created >= 0)
        close(created)
        let output = try CLIRunner.run(["check", "d"], in: folder)
        #expect(output.status == 0)
        #expect(output.stderr.contains("factcheck: skipped d/pipe.txt: a FIFO (named pipe), not a regular file"))
        #expect(output.stderr.contains("factcheck: skipped d/loop: symbolic link loop"))
        #expect(output.stderr.contains(".txt: its name is not valid UTF-8; rename it to check it"))
        #expect(!output.stderr.contains("broken symbolic link"))
        let named = try CLIRunner.run(["check", "d/loop"], in: folder)
        #expect(named.status == 2)
        #expect(named.stderr.contains("d/loop: cannot read the file (symbolic link loop)"))
    }

    /// Skipped as root: root may enter any folder, so the file would simply be read.
    @Test(.enabled(if: getuid() != 0, "root can enter any folder, so nothing is denied"))
    func aFileInAFolderNobodyMayEnterIsPermissionDeniedNotMissing() throws {
        let folder = try CLIRunner.folder(["locked/story.txt": "The road is 6, 200 km long.\n"])
        let locked = folder.appendingPathComponent("locked")
        #expect(chmod(locked.path, 0) == 0)
        defer { _ = chmod(locked.path, 0o755) }
        let output = try CLIRunner.run(["check", "locked/story.txt"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains("locked/story.txt: cannot read the file (permission denied: a folder on its path cannot be entered)"), "\(output.stderr)")
        #expect(!output.stderr.contains("no such file"))
    }

    @Test func controlCharactersInFileNamesAreEscapedInTextOutput() throws {
        let name = "a\u{1B}]0;owned\u{07}b\nc.txt"
        let folder = try CLIRunner.folder([name: "The road is 6, 200 km long.\n"])
        let output = try CLIRunner.run(["check", name, "gone\u{1B}[2J.txt", "--allow-empty"], in: folder)
        #expect(output.stderr.contains("gone\\x1B[2J.txt: no such file or directory"))
        let check = try CLIRunner.run(["check", name], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("a\\x1B]0;owned\\x07b\\x0Ac.txt:1:13: warning: '6, 200' has a space inside the number"))
        #expect(!check.stdout.contains("\u{1B}") && !check.stderr.contains("\u{1B}"))
        let json = try CLIRunner.run(["check", "--format", "json", name], in: folder)
        #expect(json.stdout.contains(#"a\u001b]0;owned\u0007b\nc.txt"#), "JSON escapes by its own rules")
    }

    @Test func controlCharactersInFileNamesAreEscapedInGitHubAnnotations() throws {
        let name = "a\u{1B}[31mb%,:\nc.txt"
        let folder = try CLIRunner.folder([name: "The road is 6, 200 km long.\n"])
        let output = try CLIRunner.run(["check", "--format", "github", name], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "::warning file=a\\x1B[31mb%25%2C%3A%0Ac.txt,line=1,col=13,endLine=1,endColumn=19,title=malformed-number::"
            + "'6, 200' has a space inside the number; write '6,200'\n")
        #expect(GitHubReporter.escapeData("x\u{1B}]0;t\u{07}\r\n%") == "x\\x1B]0;t\\x07%0D%0A%25", "GitHub's own escapes for line breaks, ours for the rest")
    }

    @Test func controlCharactersInADocumentLineAreEscapedAndTheCaretFollows() throws {
        let folder = try CLIRunner.folder(["esc.txt": "\u{1B}[2J\tThe road is 6, 200 km long.\n"])
        let output = try CLIRunner.run(["check", "esc.txt"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("\\x1B[2J\tThe road is 6, 200 km long.\n       \t            ^~~~~~\n"), "\(output.stdout)")
        #expect(!output.stdout.contains("\u{1B}"))
    }

    @Test func writingABaselineToAFolderSaysSo() throws {
        let folder = try CLIRunner.folder(["d/ok.txt": "Clean.\n"])
        let output = try CLIRunner.run(["check", "--write-baseline", "d", "d/ok.txt"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains("factcheck: error: d: is a folder; name a baseline file, such as d/factcheck-baseline.json"))
        #expect(!output.stderr.contains("NSCocoaErrorDomain"))
    }
}
