import Testing
@testable import FactCheck

@Suite struct RateDetectorTests {
    static let detector = RateDetector(approximateSlack: ArithmeticTesting.settings.arithmeticApproximateTolerance, cues: ArithmeticTesting.cues)

    static let cases: [ArithmeticCase] = [
        // Sport wages.
        .flag("He will earn a weekly wage of £250,000, or about £16m a year.", at: "£16m"),
        .clean("He will earn a weekly wage of £250,000, or about £13m a year."),
        // Trade and shipping.
        .flag("At $9.6bn a day, the six-day blockage held up around $48bn of goods.", at: "$48bn"),
        .clean("At $9.6bn a day, the six-day blockage held up around $58bn of goods."),
        .clean("The strait carries goods worth $9.6bn a day, or roughly $400m an hour."),
        .clean("Six days at $14m-$15m a day came to roughly $90m."),
        // Public spending.
        .flag("The scheme costs €2.5m a month, or €40m a year.", at: "€40m"),
        .clean("The scheme costs €2.5m a month, or €30m a year."),
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(Self.detector, example)
    }
}
