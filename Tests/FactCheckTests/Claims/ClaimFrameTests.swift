import Testing
@testable import FactCheck

/// Claim frames (measure, event, role, dimension) and the identity decisions they drive, each on
/// phrasings of their own: different quantities of one story stay apart, one fact in other words meets.
@Suite struct ClaimFrameTests {
    private func frame(_ written: String, _ text: String) throws -> ClaimFrame {
        try FactTesting.fact(written, in: text).frame
    }

    private func conflicts(_ a: String, _ b: String) throws -> [Finding] {
        try FactTesting.findings([("a.txt", a), ("b.txt", b)], rule: "conflicting-value").filter { $0.level == .warning }
    }

    // MARK: reading the frame

    @Test(arguments: [
        ("12", "At least 12 people died when the bridge gave way.", "death"),
        ("30", "Officials said 30 others were hurt in the stampede.", "injury"),
        ("114", "Rescuers said 114 are still missing.", "missing"),
        ("41", "Crews pulled 41 miners to safety overnight.", "rescue"),
        ("Nine", "Nine fishermen stranded on the reef waited for the tide.", "trapped"),
    ])
    func eventIsTheNearestPredicate(written: String, text: String, event: String) throws {
        #expect(try frame(written, text).event == event)
    }

    @Test func eventWordsDoNotReachPastAnotherFigure() throws {
        let text = "The blast killed 12 workers and left 30 injured."
        #expect(try frame("12", text).event == "death")
        #expect(try frame("30", text).event == "injury")
    }

    @Test(arguments: [
        ("248", "The aircraft can carry 248 passengers on long-haul routes.", "capacity"),
        ("60,000", "The arena has a capacity of 60,000 for concerts.", "capacity"),
        ("120", "Admissions reached 168 on Monday, up from 120.", "previous"),
        ("1,200 tonnes", "Exports fell from 1,200 tonnes to 900 tonnes.", "previous"),
        ("900 tonnes", "Exports fell from 1,200 tonnes to 900 tonnes.", "level"),
        ("12%", "Sales rose 12% in the quarter.", "change"),
        ("1.8 million tonnes", "The new quota of 1.8 million tonnes starts in May.", "limit"),
        ("5.8 million hectares", "Farmers harvested wheat from 5.8 million hectares.", "level"),
        ("4.5 nautical miles", "The ferry went down 4.5 nautical miles off the cape.", "level"),
    ])
    func roleIsReadFromItsCue(written: String, text: String, role: String) throws {
        #expect(try frame(written, text).role == role)
    }

    @Test func aBoundIsNotAComparisonBase() throws {
        #expect(try frame("4,300", "More than 4,300 people were injured, the agency said.").role == "level")
    }

    @Test(arguments: [
        ("10 km", "The quake struck at a depth of 10 km.", "depth"),
        ("10 km", "The quake struck 10 km deep.", "depth"),
        ("10 miles", "The quake struck 10 miles from Halden.", "distance"),
        ("310 metres", "The mast stands 310 metres tall.", "height"),
    ])
    func dimensionIsStatedWithTheLength(written: String, text: String, dimension: String) throws {
        #expect(try frame(written, text).dimension == dimension)
    }

    @Test func theCountedNounHeadIsItsFirstPluralNoun() throws {
        #expect(try frame("11", "Ministers from 11 countries put their names to the accord.").measure == "country")
        #expect(try frame("10", "The airline said 10 cabin crew were on board.").scope == ["cabin"])
    }

    // MARK: identity

    @Test func aCapacityIsNotComparedWithACount() throws {
        #expect(try conflicts("The jet, which can carry 248 passengers, landed safely.", "The jet landed safely with 230 passengers.").isEmpty)
    }

    @Test func anEarlierValueIsNotComparedWithTheCurrentOne() throws {
        #expect(try conflicts("The ward now has 168 patients, up from 120 a week ago.", "The ward now has 168 patients.").isEmpty)
    }

    @Test func deathsAndInjuriesStayApart() throws {
        let found = try conflicts("The collapse killed 12 people, and 30 were injured.", "The collapse killed 14 people.")
        #expect(found.count == 1)
        #expect(found.first.map { Set($0.claims.map(\.text)) } == ["12", "14"])
    }

    @Test(arguments: [
        ("On Monday 128 ships were waiting to enter the canal.", "On Monday 182 vessels were waiting to enter the canal."),
        ("Twelve nations signed the fisheries accord on Tuesday.", "On Tuesday 21 countries signed the fisheries accord."),
        ("The storm's 36 deaths were confirmed on Friday.", "The storm killed 63 people, officials confirmed on Friday."),
    ])
    func oneFactInOtherWordsMeets(a: String, b: String) throws {
        #expect(try conflicts(a, b).count == 1, "\(a) | \(b)")
    }

    @Test func swappedDigitsConflictEvenWhereABoundLetsBothStand() throws {
        #expect(try conflicts("At least 58 people have died in the cold snap, the ministry said.",
                              "The ministry said 85 people have died in the cold snap.").count == 1)
    }

    @Test func anOutletInTheDatelineIsNotWhoseFigureItIs() throws {
        #expect(try conflicts("HALDEN, May 3 (Harbour Wire) - 128 ships were waiting at the canal on Monday.",
                              "Officials said 182 ships were waiting at the canal on Monday.").count == 1)
    }

    @Test func anInitialFigureIsOfAnEarlierTime() throws {
        #expect(try conflicts("The survey agency put the quake's magnitude at 7.3.", "The survey agency put the quake's magnitude at 7.1.").count == 1)
        #expect(try conflicts("The survey agency initially put the quake's magnitude at 7.1.", "The survey agency put the quake's magnitude at 7.3.").isEmpty)
    }

    @Test func aDepthAndADistanceAreTwoFacts() throws {
        let found = try FactTesting.findings([("a.txt", "The quake struck at a depth of 10 km near Halden."),
                                              ("b.txt", "The quake struck near Halden, 10 miles from the town centre.")], rule: "unit-mismatch")
        #expect(found.isEmpty)
    }

    @Test func oneUnitNamedTwoWaysIsNoUnitSwap() throws {
        let found = try FactTesting.findings([("a.txt", "Central pressure at landfall was 938 millibars."),
                                              ("b.txt", "Central pressure at landfall was 938 hPa.")], rule: "unit-mismatch")
        #expect(found.isEmpty)
    }
}
