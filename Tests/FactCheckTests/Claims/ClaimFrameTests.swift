import Testing
@testable import FactCheck

/// Claim frames (measure, event, role, dimension) and the identity decisions they drive, each on
/// phrasings of their own: different quantities of one story stay apart, one fact in other words meets.
@Suite struct ClaimFrameTests {
    private func frame(_ written: String, _ text: String) throws -> ClaimFrame {
        try FactTesting.fact(written, in: text).frame
    }

    /// The disputes of two firm documents, warnings or notes (identity is what these tests are about; the
    /// level follows from the values, see ConflictingValueCheckTests).
    private func conflicts(_ a: String, _ b: String) throws -> [Finding] {
        try FactTesting.findings([("a.txt", a), ("b.txt", b)], rule: "conflicting-value").filter { !$0.message.contains("hedged") }
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

    /// One event told in other words is evidence of one fact, like a shared word: "killed" and "left … dead".
    @Test(arguments: [
        ("The fire in the market killed 38 people, officials said.", "The blaze left 31 people dead, officials said."),
        ("Floodwaters killed 27 people across the province.", "The death toll from the floods across the province stands at 22."),
        ("The storm killed 12 people on the island, police said.", "Police said 15 people died in the storm on the island."),
    ])
    func oneEventInOtherWordsIsOneFact(_ a: String, _ b: String) throws {
        #expect(try conflicts(a, b).count == 1)
    }

    @Test(arguments: [
        ("The fire in the market killed 38 people, officials said.", "The blaze injured 31 people, officials said."),
        ("The storm killed 12 people on the island, police said.", "Police said 15 people were injured in the storm on the island."),
        ("At least 14 people were hurt when the stand collapsed.", "The collapse of the stand injured 19 people."),
    ])
    func otherEventsOrABoundThatHoldsAreNoDispute(_ a: String, _ b: String) throws {
        #expect(try conflicts(a, b).isEmpty)
    }

    /// A name spelt two ways in two reports is one owner: the figures next to it are one fact.
    @Test(arguments: [
        ("General Oleg Moskalik, 59, led the talks.", "General Oleg Moskalyk, 61, led the talks."),
        ("Mayor Daniela Petrescu won 54% of the vote.", "Mayor Daniela Petrescou won 45% of the vote."),
        ("Coach Marek Kovalenko said 14 players were injured.", "Coach Marek Kovalenco said 17 players were injured."),
    ])
    func aNameSpeltTwoWaysIsOneOwner(_ a: String, _ b: String) throws {
        #expect(try conflicts(a, b).count == 1)
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

    // MARK: identity across wordings (measure senses, owners, zones, slips of a zero)

    @Test(arguments: [
        ("About 1.2 million residents of the delta were told to leave.", "About 2.1 million people of the delta were told to leave."),
        ("The flood forced 4,700 villagers from their homes along the river.", "The flood forced 7,400 people from their homes along the river."),
        ("Organisers said 61,000 spectators watched the final.", "Organisers said 16,000 people watched the final."),
    ])
    func theWordForPersonsCountsAnyKindOfPerson(a: String, b: String) throws {
        #expect(try conflicts(a, b).count == 1, "\(a) | \(b)")
    }

    @Test func twoKindsOfPersonStayApart() throws {
        #expect(try conflicts("The strike closed the plant, where 640 workers stayed home.", "The strike closed the plant, where 460 managers stayed home.").isEmpty)
        #expect(!WordNetLexicon.builtin.sameMeasure("soldier", "resident"))
        #expect(WordNetLexicon.builtin.sameMeasure("residents", "people"))
    }

    @Test func figuresWithNoSharedWordMeetThroughWhatTheyMeasure() throws {
        // "waiting"/"queuing", "ships"/"vessels": nothing near the numbers is shared but their measure.
        #expect(try conflicts("A total of 240 ships were queuing outside the port on Friday.", "Harbour officials counted 420 vessels stuck offshore on Friday.").count == 1)
        // One document, one altitude written two ways: the frames' measure is the evidence.
        #expect(try FactTesting.findings([("a.txt", "The lander hovered at an altitude of 3.4 km before descending. Engineers said the craft was 4.3 km above the plain at the time.")],
                                         rule: "conflicting-value").count == 1)
    }

    @Test func aPlaceAndItsPeopleAreOneOwner() throws {
        #expect(FactBuilder.nameRoot("kestrian") == FactBuilder.nameRoot("kestria"))
        #expect(FactBuilder.nameRoot("ukrainians") == "ukrainia")
        #expect(FactBuilder.nameRoot("japanese") == "japan")
        #expect(FactBuilder.nameRoot("brian") == "brian")
        #expect(try conflicts("Dravia has sent 2,300 engineers to the border, the ministry said.", "The ministry said 3,200 Dravian engineers were at the border.").count == 1)
    }

    @Test func aNameBothSentencesMentionIsNoOtherOwner() throws {
        // Each number stands nearest a different name, but each sentence names both: one deployment.
        #expect(try conflicts("Osland has moved 3,700 soldiers into Pellmark under the treaty.",
                              "Osland's ministry says 7,300 soldiers are now in Pellmark under the treaty.").count == 1)
        // Names the other sentence never mentions: two deployments.
        #expect(try conflicts("Osland keeps 3,700 soldiers in Pellmark.", "Osland keeps 3,800 soldiers in Varnholm.").isEmpty)
    }

    @Test func aClockTimeWithNoZoneIsLocal() throws {
        #expect(try conflicts("The ferry left the quay at 6:15 a.m. on Sunday.", "The ferry left the quay at 6:51 a.m. local time on Sunday.").count == 1)
        #expect(try conflicts("The ferry left the quay at 6:15 a.m. local time.", "The ferry left the quay at 11:15 UTC.").isEmpty)
    }

    @Test func aDroppedZeroConflicts() throws {
        #expect(try conflicts("The tank held 6,000 litres of diesel when it ruptured.", "The tank held 60,000 litres of diesel when it ruptured.").count == 1)
        #expect(try conflicts("The winning bid for the painting was $2.7 million, the auction house said.", "The winning bid for the painting was $270,000, the auction house said.").count == 1)
        // Small figures a power of ten apart are usually two things: a one-minute and a ten-minute average.
        #expect(try conflicts("Winds averaged over 1 minute reached the coast.", "Winds averaged over 10 minutes reached the coast.").isEmpty)
    }

    @Test(arguments: [
        ("The number of people killed when the levee broke rose to 19 on Monday.", "19", "death"),
        ("Officials said the tally of those evacuated from the valley reached 3,200.", "3,200", "evacuation"),
    ])
    func anEventNamedEarlyInTheClauseIsTheFiguresEvent(text: String, written: String, event: String) throws {
        let frame = try frame(written, text)
        #expect(frame.event == event)
        #expect(frame.measure != "rise" && frame.measure != "reach")
    }

    @Test func aWeekdayIsNeverTheMeasure() throws {
        #expect(try frame("96 months", "The judge sentenced him on Thursday to 96 months in prison.").measure != "thursday")
    }

    @Test func aThresholdIsNotAHolding() throws {
        #expect(try frame("51", "A majority in the assembly requires 51 seats.").role == "limit")
        #expect(try conflicts("A majority in the assembly requires 51 seats.", "The ruling bloc holds 50 seats in the assembly.").isEmpty)
    }

    @Test func aSentenceOpeningWithAnUnknownWordOpensWithAName() throws {
        // Medal tables and lists open with the team: "Vallora 14 gold" and "Pettria 11 gold" are two teams' counts.
        #expect(try conflicts("Vallora finished with 14 gold medals and 6 silver medals.", "Pettria finished with 11 gold medals and 6 silver medals.").isEmpty)
        #expect(try conflicts("Vallora finished with 14 gold medals and 6 silver medals.", "Vallora finished with 11 gold medals and 6 silver medals.").count == 1)
        // A known word opening a sentence is no name: "Officials" names nobody.
        #expect(try conflicts("Officials counted 14 gold medals for the hosts.", "The hosts took 11 gold medals, officials said.").count == 1)
    }

    @Test func aDigitSlipKeepsTheFiguresMagnitude() throws {
        #expect(FactMatcher.comparable(210, 410))
        #expect(!FactMatcher.comparable(0.21, 410), "210 mm is no typo of 410 metres")
        #expect(try conflicts("The gauge at the weir recorded 310 mm of water on Sunday.", "The gauge at the weir recorded 510 metres of water on Sunday.").isEmpty)
    }

    @Test func aMalformedFigureIsReportedOnceNotAsAConflict() throws {
        let files = [("a.txt", "The outage left 4, 800 homes without power on Monday."), ("b.txt", "The outage left 5,900 homes without power on Monday.")]
        #expect(try FactTesting.findings(files, rule: "conflicting-value").isEmpty)
        #expect(try FactTesting.findings(files, rule: "malformed-number").count == 1)
    }

    @Test func aYearWithItsDigitsSwappedConflicts() throws {
        #expect(try conflicts("The lighthouse on the point was built in 1957, the trust said.", "The trust said the lighthouse on the point was completed in 1975.").count == 1)
        #expect(try conflicts("The lighthouse on the point was built in 1957, the trust said.", "The trust said the lighthouse on the point was completed in 1958.").count == 1)
        // Years far apart with no slip between them are two dates: a building and its restoration.
        #expect(try conflicts("The lighthouse on the point was built in 1957, the trust said.", "The trust said the lighthouse on the point was restored in 1986.").isEmpty)
    }
}
