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
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(DifferenceDetector(cues: ArithmeticTesting.cues), example)
    }
}
