import Testing
@testable import FactCheck

@Suite struct ShareDetectorTests {
    static let detector = ShareDetector(slack: ArithmeticTesting.settings.arithmeticPercentSlack,
                                        approximateSlack: ArithmeticTesting.settings.arithmeticApproximateTolerance, cues: ArithmeticTesting.cues)

    static let cases: [ArithmeticCase] = [
        .flag("The bank will close 42 branches, or 30% of its 210 outlets.", at: "30%"),
        .clean("The bank will close 42 branches, or 20% of its 210 outlets."),
        .flag("Of the 560 pupils, 140 walk to school, or 35%.", at: "35%"),
        .clean("Of the 560 pupils, 140 walk to school, or 25%."),
        .flag("Of the 723 cases, 514 were children - 78%.", at: "78%"),
        // Rounded shares pass; "about" widens them.
        .clean("The fund lost $1.3bn, or 9% of the $14.6bn it managed."),
        .clean("The council housed 1,180 families, or about 12% of the 9,500 on its list."),
        // A share of something else than the figure next to it is not recomputed.
        .clean("Turnout was 61%, or 4.2 million voters, the highest since 1992."),
        .clean("The firm cut 300 jobs in 2019, or 8% of its workforce at the time."),
        // Part and whole stated together ("514 of the 723"), the share after "or" or a named ratio.
        .flag("Doctors traced 514 of the 723 cases, or 81%, to the one well.", at: "81%"),
        .clean("Doctors traced 514 of the 723 cases, or 71%, to the one well."),
        .flag("The flight sold 164 of its 180 seats, a load factor of 81%.", at: "81%"),
        .clean("The flight sold 164 of its 180 seats, a load factor of 91%."),
        .clean("The flight sold 164 of its 180 seats, about a third of them to families."),
        .clean("Volunteers cleared 35 of the 60 beaches in 2023, or 58%, and 40 in 2024."),
    ]

    /// Shares of one total presented as complete must add to 100%; beyond it only when the parts exclude each other.
    static let completeShares: [ArithmeticCase] = [
        .flag("The vote split 48% for Civic Union, 39% for the Greens and 17% for the rest.", at: "17%"),
        .clean("The vote split 48% for Civic Union, 39% for the Greens and 13% for the rest."),
        .flag("Of the budget, 55% goes to salaries, 30% to buildings and the remaining 10% to books.", at: "10%"),
        .clean("Of the budget, 55% goes to salaries, 35% to buildings and the remaining 10% to books."),
        // Overlapping categories and rounded figures: no sum.
        .clean("In the survey, 64% own a car, 58% own a bicycle and 12% own neither."),
        .clean("Civic Union won 33.4%, the Greens 33.3% and the rest 33.4%."),
        .clean("About a third went to wages, 40% to fuel and the rest to repairs."),
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(Self.detector, example)
    }

    @Test(arguments: completeShares)
    func detectsCompleteShares(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(CompleteSharesDetector(cues: ArithmeticTesting.cues), example)
    }
}
