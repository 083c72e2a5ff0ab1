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

    /// Multiples stated as a change or a comparison, each with a trap that must stay clean: a bound
    /// ("more than doubled"), a figure joined by "and", a ratio within the tolerance.
    @Test func multiplesInAFestivalReport() throws {
        let story = """
        ---
        date: 2025-06-20
        ---
        Ticket holders reached 88,000, nearly triple the 21,000 of the first edition.
        Camping pitches doubled, rising from 1,500 to 2,400.
        Food stalls more than doubled from 40 to 95, and bars went from 12 to 30.
        The headline stage drew 30,000, twice the 14,600 at the second stage and up from 25,000 last year.
        Water use halved from 800 tonnes to 410 tonnes.

        """
        let folder = try CLIRunner.folder(["story.md": story])
        let output = try CLIRunner.run(["check", "story.md"], in: folder)
        let warnings = output.stdout.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings == [
            "story.md:4:24: warning: '88,000' is 4.19 times '21,000', not 'nearly triple' [arithmetic-mismatch]",
            "story.md:5:47: warning: '1,500' to '2,400' is 1.60 times as much, not 'doubled' [arithmetic-mismatch]",
        ])
    }
}
