import Testing
@testable import FactCheck

@Suite struct DifferenceDetectorTests {
    static let cases: [ArithmeticCase] = [
        .flag("With 162 seats, Civic Union is 16 seats short of the 176 it needs for a majority.", at: "16"),
        .clean("With 162 seats, Civic Union is 14 seats short of the 176 it needs for a majority."),
        .flag("Kiptoo's 2:04:37 took 43 seconds off the course record of 2:05:11.", at: "43 seconds"),
        .clean("Kiptoo's 2:04:37 took 34 seconds off the course record of 2:05:11."),
        .flag("Northbridge scored 58 goals, 9 behind the 66 scored by City.", at: "9"),
        .clean("Northbridge scored 58 goals, 8 behind the 66 scored by City."),
        // Two candidates for the first operand: not a guess.
        .clean("Of 300 applicants, 120 were accepted, 30 more than the 90 accepted last year."),
        .clean("More than 300 vessels were waiting on Thursday."),
        // "more than the 210" is the relation, not a bound on 210.
        .flag("The club had 240 members, 60 more than the 210 it had in 2020.", at: "60"),
        .clean("The club had 240 members, 30 more than the 210 it had in 2020."),
        .flag("The orchestra now has 84 players, 12 fewer than the 92 it had before the cuts.", at: "12"),
        .clean("The orchestra now has 84 players, 8 fewer than the 92 it had before the cuts."),
        // A difference in words, and against a possessive: "three behind Aeschi's 21".
        .flag("The Liberals now hold 46 seats, 19 more than the 29 they held before.", at: "19"),
        .clean("The Liberals now hold 46 seats, 17 more than the 29 they held before."),
        .flag("Brandt finished on 118 points, just 4 behind Aeschi's 121.", at: "4"),
        .clean("Brandt finished on 118 points, just 3 behind Aeschi's 121."),
        // Two figures "apart": the gap between them, whichever is larger.
        .flag("The two jets were at 23,000 feet and 22,400 feet, just 400 feet apart.", at: "400 feet"),
        .clean("The two jets were at 23,000 feet and 22,400 feet, just 600 feet apart."),
        .clean("The towns, 40 km and 65 km from the coast, lie 30 km apart."),
        // A stated margin between the two figures before it: "a goal difference of +45".
        .flag("Rovers scored 86 and conceded 31, a goal difference of +45.", at: "45"),
        .clean("Rovers scored 86 and conceded 31, a goal difference of +55."),
        .flag("Okafor took 5,210 votes to Lind's 4,870, a margin of 390.", at: "390"),
        .clean("Okafor took 5,210 votes to Lind's 4,870, a margin of 340."),
        .clean("City scored 86 goals in 2023 and 71 in 2024 with a goal difference of +30 last season."),
    ]

    /// A stated change of a figure from its earlier value, in its own unit: "938 mb, down from 952 mb, a fall of 24 mb".
    static let changes: [ArithmeticCase] = [
        .flag("The pressure was 938 mb, down from 952 mb, a fall of 24 mb.", at: "24 mb"),
        .clean("The pressure was 938 mb, down from 952 mb, a fall of 14 mb."),
        .flag("The river rose by 1.9 metres, from 3.4 metres to 5.1 metres.", at: "1.9 metres"),
        .clean("The river rose by 1.7 metres, from 3.4 metres to 5.1 metres."),
        .flag("Enrolment climbed 220 to 4,480 from 4,300.", at: "220"),
        .clean("Enrolment climbed 180 to 4,480 from 4,300."),
        // A change over another span than the two figures is not theirs.
        .clean("The index fell 120 points on Monday and was 4,300, down from 4,610 a month ago."),
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(DifferenceDetector(cues: ArithmeticTesting.cues), example)
    }

    @Test(arguments: changes)
    func detectsChanges(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(PercentChangeDetectorTests.detector, example)
    }
}
