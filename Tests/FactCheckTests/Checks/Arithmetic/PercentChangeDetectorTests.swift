import Testing
@testable import FactCheck

@Suite struct PercentChangeDetectorTests {
    static let detector = PercentChangeDetector(slack: ArithmeticTesting.settings.arithmeticPercentSlack,
                                                approximateSlack: ArithmeticTesting.settings.arithmeticApproximateTolerance, cues: ArithmeticTesting.cues)

    static let cases: [ArithmeticCase] = [
        // Round operands are read as written, not as ±50: "1,200 to 900" is 25%.
        .flag("Landings fell from 1,200 tonnes to 900 tonnes, down 20%.", at: "20%"),
        .clean("Landings fell from 1,200 tonnes to 900 tonnes, down 25%."),
        .flag("Fares jumped 28% to $2,800 from $2,000.", at: "28%"),
        .clean("Fares jumped 40% to $2,800 from $2,000."),
        .flag("Orders were cut from 36 to 22, a 45% drop.", at: "45%"),
        .clean("Orders were cut from 36 to 22, a 39% drop."),
        // A change in percent between two percentages is relative; points are the difference.
        .flag("Support rose to 64% from 58%, up 6 percent.", at: "6 percent"),
        .flag("Support rose to 64% from 58%, up 8 percent.", at: "8 percent"),
        .flag("Turnout climbed from 65.8% to 71.6%, a rise of 5.8 per cent.", at: "5.8 per cent"),
        .clean("Turnout climbed from 65.8% to 71.6%, a rise of 8.8 per cent."),
        .clean("Support rose to 64% from 58%, up 6 percentage points."),
        // Population and census.
        .flag("The population was 1,248,300, up from 1,151,200 in 2015, a rise of 9.7 percent.", at: "9.7 percent"),
        .clean("The population was 1,248,300, up from 1,151,200 in 2015, a rise of 8.4 percent."),
        .flag("In Harbourside the population rose 31%, from 48,200 to 61,400.", at: "31%"),
        .clean("The population has grown by more than 8% in ten years to nearly 1.25 million people."),
        // Business.
        .flag("Sales fell 12% to $3.3bn from $3.6bn a year earlier.", at: "12%"),
        .clean("Revenue was $4.82bn on Wednesday, up 14% from $4.23bn a year earlier."),
        .clean("The cost has risen to €7.4bn, up 45% from the €5.1bn estimate approved in 2019."),
        .flag("Profit rose 20% to £152m from £104m.", at: "20%"),
        .clean("Shares jumped 22% on Monday after the results."),
        .clean("Ardent Micro reported a 9% fall in quarterly revenue, to $2.1bn."),
        // Energy: comparisons with a previous record.
        .flag("Demand peaked at 58.2 GW on Monday, 9% above the previous record of 56 GW.", at: "9%"),
        .clean("Demand hit 58.2 gigawatts on Monday, about 4% above the previous peak of 56 GW."),
        .flag("Output reached 1,800 tonnes, 5% below the 2,100 tonnes forecast.", at: "5%"),
        // Elections: percentage points.
        .clean("Turnout was 67.4%, up 6.2 percentage points from 61.2% at the last election in 2021."),
        .flag("Turnout was 67.4%, up 5.2 percentage points from 61.2% at the last election in 2021.", at: "5.2 percentage points"),
        .clean("Gross margin widened to 47.3%, up 2.1 percentage points from 45.2% a year earlier."),
        .clean("Civic Union won 38.6% of the vote to 31.9% for the People's Party, a lead of 6.7 points."),
        // Percent of percent: either reading may be meant.
        .clean("The jobless rate rose 20% from 5% to 6%."),
        .clean("The fire was 35% contained on Wednesday, up from 10% on Monday."),
        // Sport: no operands, no check.
        .clean("Attendance was up 8% this season."),
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(Self.detector, example)
    }

    /// Percent for points is ambiguous wording (a note); percent that fits neither reading is wrong (a warning).
    @Test func percentForPointsIsANote() throws {
        let detector = Self.detector
        let prose = "Turnout climbed from 65.8% to 71.6%, a rise of 5.8 per cent.\nThe party's share fell to 37% from 41%, down 4 percent.\nSupport rose to 64% from 58%, up 8 percent."
        let document = Fixtures.document(prose)
        let quantities = try Fixtures.extractor.extract(from: document, scratch: MatchScratch())
        let found = detector.mismatches(in: ArithmeticProse(document: document, quantities: quantities))
        #expect(found.map(\.level) == [.note, .note, .warning])
        #expect(found.first?.message == "'65.8%' to '71.6%' is a rise of 8.8%, not a rise of '5.8 per cent'; it is a rise of 5.8 percentage points: write 'percentage points' if that is meant")
        #expect(found.last?.message == "'58%' to '64%' is a rise of 10.3%, not a rise of '8 percent' (nor a rise of 6.0 percentage points)")
    }

    @Test func messageStatesTheArithmetic() throws {
        let found = try ArithmeticTesting.run(Self.detector, "The population rose from 1,151,200 to 1,248,300, a rise of 9.7 percent.")
        #expect(found.map(\.message) == ["'1,151,200' to '1,248,300' is a rise of 8.4%, not a rise of '9.7 percent'"])
    }
}

@Suite struct MultipleChangeDetectorTests {
    static let detector = MultipleChangeDetector(tolerance: ArithmeticTesting.settings.arithmeticMultipleTolerance, cues: ArithmeticTesting.cues)

    static let cases: [ArithmeticCase] = [
        .flag("The jobless rate doubled from 1% to 3% in two years.", at: "3%"),
        .clean("The share of renewables doubled from 11% to 23% over the decade."),
        .flag("Ticket prices tripled from $20 to $40.", at: "$40"),
        .clean("The herd halved from 1,200 to 590 animals."),
        .clean("Membership more than doubled from 4,000 to 11,500."),
        .flag("Membership more than doubled from 4,000 to 5,500.", at: "5,500"),
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(Self.detector, example)
    }
}
