import Foundation
import Testing

/// `factcheck check` on drafts whose arithmetic is stated in words, as a newsroom writes them:
/// the cue words come from rules/arithmetic.yml, which `--rules` extends
/// (a list in a later rule file adds to the built-in one).
@Suite struct ArithmeticCommandTests {
    @Test func aNewsroomsChangeWordIsReadFromItsRuleFile() throws {
        let draft = "Premiums ballooned 30% to £520 from £440.\n"
        let folder = try CLIRunner.folder([
            "draft.txt": draft,
            "house/arithmetic.yml": "rise:\n  phrases: [ballooned]\n  examples:\n    - \"Fees ballooned ↓30% to $520 from $440.\"\n",
        ])
        let builtin = try CLIRunner.run(["check", "draft.txt"], in: folder)
        #expect(builtin.status == 0, "'ballooned' is no built-in change word: \(builtin.stdout)")
        let extended = try CLIRunner.run(["check", "--rules", "house", "draft.txt"], in: folder)
        #expect(extended.status == 1)
        #expect(extended.stdout.contains("draft.txt:1:20: warning: '£440' to '£520' is a rise of 18.2%, not a rise of '30%' [arithmetic-mismatch]"))
    }

    @Test func aBadCueEntryNamesItsFileAndLine() throws {
        let folder = try CLIRunner.folder([
            "draft.txt": "Nothing to add up here.\n",
            "house/arithmetic.yml": "multiples:\n  double:\n    factor: 0\n    phrases: [doubled]\n",
        ])
        let output = try CLIRunner.run(["check", "--rules", "house", "draft.txt"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains("house/arithmetic.yml:3: a multiple's factor must be above 0 (halved is 0.5)"), "\(output.stderr)")
    }
}
