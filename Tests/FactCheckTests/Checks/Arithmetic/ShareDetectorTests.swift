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
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(Self.detector, example)
    }
}
