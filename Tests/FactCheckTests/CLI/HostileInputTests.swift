import Foundation
import Testing

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
