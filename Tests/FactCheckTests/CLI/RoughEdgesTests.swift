import FactCheck
import Foundation
import Testing

/// The small things a new user trips on, each run through the real binary.
@Suite struct RoughEdgesTests {
    @Test func failLevelOffSaysWhatToDoInstead() throws {
        let folder = try CLIRunner.folder([".factcheck.yml": "fail-level: off\n", "a.txt": "5 km\n"])
        let output = try CLIRunner.run(["check", "a.txt"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains(".factcheck.yml:1: unknown fail level 'off' (a run cannot fail at no level; to turn a rule off set it to off under 'rules:'); use error, warning or note"), "\(output.stderr)")
        #expect(!output.stderr.contains("did you mean 'off'"))
    }

    @Test func githubAnnotationsHonourRoot() throws {
        let folder = try CLIRunner.folder(["stories/a.txt": "About 40, 000 vehicles a day.\n"])
        let output = try CLIRunner.run(["check", "--format", "github", "--root", "..", "a.txt"], in: folder.appendingPathComponent("stories"))
        #expect(output.stdout.hasPrefix("::warning file=stories/a.txt,line=1,col=7,"), "\(output.stdout)")
        let plain = try CLIRunner.run(["check", "--format", "github", "a.txt"], in: folder.appendingPathComponent("stories"))
        #expect(plain.stdout.hasPrefix("::warning file=a.txt,"), "\(plain.stdout)")
    }

    @Test func aByteOrderMarkDoesNotShiftColumns() throws {
        let folder = try CLIRunner.folder([:])
        try Data([0xEF, 0xBB, 0xBF] + Array("About 40, 000 vehicles a day.\n".utf8)).write(to: folder.appendingPathComponent("bom.txt"))
        let output = try CLIRunner.run(["check", "bom.txt"], in: folder)
        #expect(output.stdout.hasPrefix("bom.txt:1:7: warning: '40, 000'"), "\(output.stdout)")
        let sarif = try CLIRunner.run(["check", "--format", "sarif", "bom.txt"], in: folder)
        #expect(sarif.stdout.contains("\"startColumn\" : 7"), "SARIF counts from after the mark too")
        #expect(sarif.stdout.contains("\"byteOffset\" : 9"), "byte offsets still point into the file on disk")
    }

    @Test func anUnreadableFileInAWalkedFolderIsSkipped() throws {
        let folder = try CLIRunner.folder(["stories/a.txt": "About 40, 000 vehicles a day.\n", "stories/b.txt": "5 km\n"])
        let locked = folder.appendingPathComponent("stories/b.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        if FileManager.default.isReadableFile(atPath: locked.path) {
            // Root reads anything: a file whose read fails with an I/O error stands in for it.
            try FileManager.default.removeItem(at: locked)
            try FileManager.default.createSymbolicLink(atPath: locked.path, withDestinationPath: "/proc/self/mem")
        }
        let output = try CLIRunner.run(["check", "stories"], in: folder)
        #expect(output.status == 1, "the run goes on: \(output.stderr)")
        #expect(output.stderr.contains("factcheck: skipped stories/b.txt: cannot be read ("), "\(output.stderr)")
        #expect(output.stdout.contains("stories/a.txt:1:7"))
    }

    @Test func aMistypedCommandIsNotAMissingFile() throws {
        let folder = try CLIRunner.folder(["stories/a.txt": "5 km\n"])
        let output = try CLIRunner.run(["chek", "stories/"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr == "factcheck: error: unknown command 'chek' (did you mean 'check'?); run 'factcheck --help' for the commands, or name a file that exists\n")
        // A file of that name is a file.
        try "About 40, 000 vehicles.\n".write(to: folder.appendingPathComponent("chek"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["--input-type", "text", "chek"], in: folder).status == 1)
    }

    @Test func aFileNamedLikeAnOptionAfterDoubleDash() throws {
        let folder = try CLIRunner.folder(["-dash.txt": "About 40, 000 vehicles a day.\n"])
        let output = try CLIRunner.run(["check", "--", "-dash.txt"], in: folder)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("-dash.txt:1:7: warning:"), "\(output.stdout)")
        #expect(try CLIRunner.run(["check", "./-dash.txt"], in: folder).status == 1)
        let bare = try CLIRunner.run(["check", "-dash.txt"], in: folder)
        #expect(bare.status == 2, "not the help, exit 0: \(bare.stdout)")
        #expect(bare.stdout.isEmpty)
        #expect(bare.stderr.contains("factcheck: error: unknown option '-dash.txt'; a file whose name starts with '-' goes after '--' (factcheck check -- -dash.txt) or as ./-dash.txt"))
        let implied = try CLIRunner.run(["--", "-dash.txt"], in: folder)
        #expect(implied.stdout.hasPrefix("-dash.txt:1:7: warning:"), "the default command takes '--' too: \(implied.stderr)")
    }

    @Test func factsReadStandardInput() throws {
        let output = try CLIRunner.run(["facts", "--format", "jsonl", "-", "--stdin-filename", "draft.md"], stdin: "# Draft\n\nThe bridge is 18.6 km long.\n")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\"path\":\"draft.md\""), "\(output.stdout)")
        #expect(output.stdout.contains("\"line\":3"), "\(output.stdout)")
    }

    @Test func optionsThatWouldBeIgnoredAreErrors() throws {
        let folder = try CLIRunner.folder(["a.txt": "5 km\n"])
        let stdinName = try CLIRunner.run(["check", "--stdin-filename", "x.md", "a.txt"], in: folder)
        #expect(stdinName.status == 2)
        #expect(stdinName.stderr.contains("--stdin-filename names standard input, which is read only with the path '-'"), "\(stdinName.stderr)")
        let root = try CLIRunner.run(["check", "--root", "/nonexistent", "a.txt"], in: folder)
        #expect(root.status == 2)
        #expect(root.stderr.contains("--root /nonexistent: no such folder"), "\(root.stderr)")
    }

    @Test func explainAnUnknownRuleSuggestsOne() throws {
        let output = try CLIRunner.run(["explain", "conflicting-valu"])
        #expect(output.status == 2)
        #expect(output.stderr == "factcheck: error: unknown rule 'conflicting-valu' (did you mean 'conflicting-value'?); see 'factcheck rules'\n")
        #expect(!output.stderr.contains("USAGE"))
    }

    @Test func oneLineModelForALoneCarriageReturn() throws {
        let folder = try CLIRunner.folder([:])
        try Data("Intro line.\rSecond line.\r\nAbout 40, 000 vehicles a day.\n".utf8).write(to: folder.appendingPathComponent("cr.txt"))
        let text = try CLIRunner.run(["check", "cr.txt"], in: folder)
        #expect(text.stdout.hasPrefix("cr.txt:3:7: warning:"), "\(text.stdout)")
        let github = try CLIRunner.run(["check", "--format", "github", "cr.txt"], in: folder)
        #expect(github.stdout.hasPrefix("::warning file=cr.txt,line=3,col=7,"), "\(github.stdout)")
        let sarif = try CLIRunner.run(["check", "--format", "sarif", "cr.txt"], in: folder)
        #expect(sarif.stdout.contains("\"startLine\" : 3"), "\(sarif.stdout)")
    }

    @Test func readmeRuleTableHasEveryRuleInOneTable() throws {
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Rules").dropFirst().first?.components(separatedBy: "\n### ").first)
        let lines = section.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| rule |") })
        let table = lines[header...].prefix { $0.hasPrefix("|") }
        let ids = table.dropFirst(2).compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
        #expect(ids.sorted() == CheckCatalog.descriptions.map(\.id).sorted(), "one table, a row per rule")
    }

    @Test func readmeSaysWhatTheTestScriptInstalls() throws {
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let quickstart = try #require(readme.components(separatedBy: "\n## Commands").first)
        #expect(quickstart.contains("`scripts/test` needs the network"), "the README warns that scripts/test installs packages")
    }
}
