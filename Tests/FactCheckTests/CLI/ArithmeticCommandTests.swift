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

    /// A storm and a vote as a user writes them: the false alarms of new copy stay quiet (a sum
    /// that states its own total, a figure of another clause, a temperature change converted
    /// without +32), percent for points is a note, and the relations stated in words are checked.
    @Test func relationsAndTheirTrapsInAStormReport() throws {
        let story = """
        ---
        date: 2025-03-08
        ---
        Crews from the water authority and two contractors - 46 authority staff and 18 contractors, 64 people in all - worked through both nights.
        The ferry, licensed for 417, was carrying 186 passengers and six crew, a total of 192 people.
        Air temperatures at the station have risen by 1.4C (2.5F) since 1960, and summers are 2C (36F) warmer.
        Turnout climbed from 65.8% to 71.6%, a rise of 5.8 per cent.
        The pressure at the eye was 938 mb, down from 952 mb, a fall of 24 mb.
        Rovers scored 86 and conceded 31, a goal difference of +45.
        Doctors traced 514 of the 723 cases, or 81%, to the one well.
        The vote split 48% for the Union, 39% for the Greens and 17% for the rest.

        """
        let folder = try CLIRunner.folder(["story.md": story])
        let output = try CLIRunner.run(["check", "story.md"], in: folder)
        let headlines = output.stdout.split(separator: "\n").filter { $0.hasPrefix("story.md:") && $0.hasSuffix("]") }
        #expect(headlines == [
            "story.md:6:87: warning: '2C' is about 3.6 degF, not '36F' (a change in temperature: no +32) [conversion-mismatch]",
            "story.md:7:48: note: '65.8%' to '71.6%' is a rise of 8.8%, not a rise of '5.8 per cent'; it is a rise of 5.8 percentage points: write 'percentage points' if that is meant [arithmetic-mismatch]",
            "story.md:8:65: warning: '952 mb' to '938 mb' is a fall of 14 mbar, not a fall of '24 mb' [arithmetic-mismatch]",
            "story.md:9:57: warning: '86' − '31' = 55, not '45' [arithmetic-mismatch]",
            "story.md:10:41: warning: '514' of '723' is 71.1%, not '81%' [arithmetic-mismatch]",
            "story.md:11:58: warning: '48%' + '39%' + '17%' = 104%, not 100%: the shares are given as all of one whole [arithmetic-mismatch]",
        ])
    }

    /// A newsroom's own zone is read from its rules folder; an offset that is none names the file and line.
    @Test func clockTimesInTwoZonesUseTheZoneTable() throws {
        let folder = try CLIRunner.folder([
            "draft.txt": "Voting closed at 19:00 IST (1330 GMT) and at 21:00 ART (0100 GMT) in the south.\n",
            "house/zones.yml": "zones:\n  ART: \"-3\"\n",
            "broken/zones.yml": "zones:\n  ART: \"-3:20\"\n",
        ])
        let builtin = try CLIRunner.run(["check", "draft.txt"], in: folder)
        // 19:00 IST is 13:30 GMT; ART is no built-in zone, so its time is not checked.
        #expect(!builtin.stdout.contains("[conversion-mismatch]"), "\(builtin.stdout)")
        let extended = try CLIRunner.run(["check", "--rules", "house", "draft.txt"], in: folder)
        #expect(extended.stdout.contains("draft.txt:1:46: warning: '21:00 ART' is 00:00 GMT, not '0100 GMT' [conversion-mismatch]"), "\(extended.stdout)")
        let broken = try CLIRunner.run(["check", "--rules", "broken", "draft.txt"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken/zones.yml:2: zone 'ART': '-3:20' is no offset from UTC"), "\(broken.stderr)")
    }
}
