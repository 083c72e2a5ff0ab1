import Testing
@testable import FactCheck

@Suite struct WeekdayDetectorTests {
    static let cases: [ArithmeticCase] = [
        .flag("The summit opens on Wednesday, June 12, 2025, in Geneva.", at: "Wednesday, June 12, 2025"),
        .clean("The summit opens on Thursday, June 12, 2025, in Geneva."),
        .flag("Kick-off is on Saturday 3 August 2025 at the new stadium.", at: "Saturday 3 August 2025"),
        .clean("Kick-off is on Sunday 3 August 2025 at the new stadium."),
        // The year comes from the document's other dates.
        .flag("Results were published on 2 March 2025.\nThe count began on Friday, March 1.", at: "Friday, March 1"),
        .clean("Results were published on 2 March 2025.\nThe count began on Saturday, March 1."),
        // No year anywhere: left alone.
        .clean("Salvage teams refloated the ship on Friday, March 29."),
        // A single bare year is not enough (it may be a past event's).
        .clean("The quake struck on Thursday, 13 March.\nIt was the deadliest since the 1988 quake."),
        // Several weekdays all wrong for the derived year: the year is doubted, not the weekdays.
        .clean("Published March 2024.\nThe ship ran aground on Sunday, March 23, and was freed on Saturday, March 29."),
        // A January date against a December reference belongs to the next year.
        .clean("The review was published in December 2025.\nThe new rules apply from Thursday, January 1."),
        .clean("February 30 never comes: Monday, February 30, 2025 is not a date anyone checks."),
        // A dateline is the publication date: with its year it decides; without one nothing is guessed.
        .flag("OSLO, June 13, 2025 - The fjord ferry resumed service on Wednesday, June 12.", at: "Wednesday, June 12"),
        .clean("OSLO, June 13, 2025 - The fjord ferry resumed service on Thursday, June 12."),
        .clean("HALDEN, May 3 - Results of 2 March 2025 were confirmed.\nThe count began on Friday, March 1."),
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(WeekdayDetector(), example)
    }

    @Test func yearFromFrontMatter() throws {
        let found = try ArithmeticTesting.run(WeekdayDetector(), "The launch slipped to Tuesday, Nov. 19.", metadata: ["date": "2025-11-20"])
        #expect(found.map(\.stated) == ["Tuesday, Nov. 19"])
        #expect(found.first?.message.contains("November 19, 2025 is a Wednesday") == true)
        #expect(try ArithmeticTesting.run(WeekdayDetector(), "The launch slipped to Tuesday, Nov. 18.", metadata: ["date": "2025-11-20"]).isEmpty)
    }

    @Test func isoWeekdays() {
        #expect(WeekdayDetector.weekday(year: 2025, month: 3, day: 29) == 6) // Saturday
        #expect(WeekdayDetector.weekday(year: 2025, month: 9, day: 28) == 7) // Sunday
        #expect(WeekdayDetector.weekday(year: 2024, month: 2, day: 29) == 4) // Thursday
        #expect(WeekdayDetector.weekday(year: 2025, month: 2, day: 29) == nil)
    }
}
