import Testing
@testable import FactCheck

/// `conflicting-value` across in-memory reports: one finding per fact whose reports disagree.
@Suite struct ConflictingValueCheckTests {
    private func findings(_ reports: (path: String, text: String)...) throws -> [Finding] {
        try FactTesting.findings(reports, rule: "conflicting-value")
    }

    @Test func sameFactAgreeingAcrossReportsIsClean() throws {
        let found = try findings(
            ("a.txt", "The Pentagon said 54,000 US troops are stationed in Japan."),
            ("b.txt", "Some 54,000 American troops are stationed in Japan, officials said."),
            ("c.txt", "Washington keeps 54,000 soldiers in Japan."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func roundedAndBoundedFiguresThatAgreeAreClean() throws {
        let found = try findings(
            ("a.txt", "Rescuers said about 6,000 people were evacuated from the flooded valley."),
            ("b.txt", "Rescuers said 6,200 people were evacuated from the flooded valley."),
            ("c.txt", "Between 30 and 40 climbers were stranded on the ridge overnight."),
            ("d.txt", "Some 35 climbers were stranded on the ridge overnight."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func swappedDigitsAreOneWarningNamingBothClaims() throws {
        // The later path is given first: claims still come in path order.
        let found = try findings(
            ("wire.txt", "The Pentagon said 45,000 US troops are stationed in Japan."),
            ("paper.txt", "The Pentagon said 54,000 US troops are stationed in Japan."))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.level == .warning)
        #expect(finding.claims.map(\.path) == ["paper.txt", "wire.txt"])
        #expect(finding.claims.map(\.text) == ["54,000", "45,000"])
        #expect(finding.message.contains("54,000") && finding.message.contains("45,000"))
        // Where each claim stands is in the claims, not repeated in the message.
        #expect(finding.message.hasPrefix("The same fact is given different values: 45,000 US troops vs 54,000 US troops (one fact:"), "\(finding.message)")
    }

    @Test func conflictInsideOneReportStartsAtTheEarlierClaim() throws {
        let text = """
        The quake killed 318 people in the mountain villages.
        Aid agencies arrived on Monday.
        The quake killed 312 people in the mountain villages, officials said.
        """
        let found = try findings(("report.txt", text))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.claims.map(\.text) == ["318", "312"])
        #expect(finding.claims[0].span.lowerBound < finding.claims[1].span.lowerBound)
    }

    @Test func hedgedSideMakesANoteThatNamesTheHedge() throws {
        let found = try findings(
            ("a.txt", "The ministry will name a three-star general to lead the new command in Japan."),
            ("b.txt", "The ministry will consider a four-star general to lead the new command in Japan."))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.level == .note)
        #expect(finding.message.contains("will consider"))
        #expect(finding.message.contains("three-star") && finding.message.contains("four-star"))
    }

    @Test func firmFigureAgainstALowerBoundThatExcludesItIsADispute() throws {
        let found = try findings(
            ("a.txt", "The coach said 24 players tested positive for the virus before the final."),
            ("b.txt", "The coach said at least 28 players tested positive for the virus before the final."))
        #expect(found.count == 1)
        #expect(found.first?.level == .note, "28 is no slip of 24")
        let swapped = try findings(
            ("a.txt", "The coach said 24 players tested positive for the virus before the final."),
            ("b.txt", "The coach said at least 42 players tested positive for the virus before the final."))
        #expect(swapped.first?.level == .warning)
    }

    /// A warning needs evidence that one fact was told wrongly: values that look like a slip of one another,
    /// or the same name by both figures. Other firm disagreements are notes: as often a figure that changed.
    @Test(arguments: [
        // swapped digits, a changed digit of three, a dropped zero, a time one minute off: warnings
        ("The ferry carried 146 passengers when it left port.", "The ferry carried 164 passengers when it left port.", Level.warning),
        ("The ferry carried 146 passengers when it left port.", "The ferry carried 148 passengers when it left port.", .warning),
        ("The tanker spilled 4,000 litres of fuel into the bay.", "The tanker spilled 40,000 litres of fuel into the bay.", .warning),
        ("The ferry left port at 13:39 on Sunday.", "The ferry left port at 13:38 on Sunday.", .warning),
        // the same owner named by both figures
        ("Kestria has deployed 4,600 troops to the border.", "Kestria has deployed 5,200 troops to the border.", .warning),
        // nothing but the shared words: a note that says what to check
        ("The ferry carried 146 passengers when it left port.", "The ferry carried 171 passengers when it left port.", .note),
        ("Rescuers said 38 people died in the fire.", "Rescuers said 31 people died in the fire.", .note),
        ("The crew of 12 stayed on board the ferry.", "The crew of 14 stayed on board the ferry.", .note),
        // round estimates that differ in one digit of two are as often two figures as one slip
        ("The carmaker is cutting 1,100 jobs at the plant.", "The carmaker is cutting 1,800 jobs at the plant.", .note),
        ("Officials said 3,100 homes lost power in the storm.", "Officials said 3,600 homes lost power in the storm.", .note),
    ])
    func aWarningNeedsEvidenceOfASlip(_ a: String, _ b: String, _ level: Level) throws {
        let found = try findings(("a.txt", a), ("b.txt", b))
        #expect(found.count == 1)
        #expect(found.first?.level == level)
        if level == .note { #expect(found.first?.message.contains("another time or scope") == true) }
    }

    @Test func troopsInDifferentCountriesAreDifferentFacts() throws {
        let found = try findings(
            ("a.txt", "Japan hosts 54,000 troops."),
            ("b.txt", "South Korea hosts 52,000 troops."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test
    func usTroopsInDifferentCountriesAreDifferentFacts() throws {
        let found = try findings(
            ("a.txt", "The U.S. has 54,000 troops in Japan."),
            ("b.txt", "The U.S. has 52,000 troops in South Korea."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func differentCensusYearsAreDifferentFacts() throws {
        let found = try findings(
            ("a.txt", "The 2015 census counted 512,400 households in the region."),
            ("b.txt", "The 2025 census counted 521,400 households in the region."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func previousCensusAndNowAreDifferentFacts() throws {
        let found = try findings(
            ("a.txt", "The census counted 48,200 residents in the town this year."),
            ("b.txt", "The previous census counted 42,800 residents in the town."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func differentQuartersAreDifferentFacts() throws {
        let found = try findings(
            ("a.txt", "The retailer's revenue rose to $612m in the third quarter."),
            ("b.txt", "The retailer's revenue rose to $621m in the fourth quarter."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func figuresFarApartThatShareWordsAreDifferentFacts() throws {
        let found = try findings(
            ("a.txt", "Three firefighters were injured fighting the blaze near Pine Flat."),
            ("b.txt", "Some 2,300 firefighters were fighting the blaze near Pine Flat."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func threeReportsTwoAgreeingMakeOneFindingWithThreeClaims() throws {
        let found = try findings(
            ("a.txt", "Rescue teams pulled 214 survivors from the rubble after the quake."),
            ("b.txt", "Rescue teams pulled 241 survivors from the rubble after the quake."),
            ("c.txt", "Rescue teams pulled 214 survivors from the rubble after the quake."))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.claims.map(\.path) == ["a.txt", "b.txt", "c.txt"])
        // The agreeing claims are one side of the message, their value named once.
        #expect(finding.message.hasPrefix("The same fact is given different values: 214 survivors vs 241 survivors"), "\(finding.message)")
    }

    @Test func yearsThatAreNotTyposOfEachOtherAreNotAConflict() throws {
        let found = try findings(
            ("a.txt", "The bridge opened in 2014 after a long build."),
            ("b.txt", "The bridge opened in 2019 after a long build."))
        #expect(found.isEmpty, "\(found.map(\.message))")
        let transposed = try findings(
            ("a.txt", "The bridge opened in 2014 after a long build."),
            ("b.txt", "The bridge opened in 2041 after a long build."))
        #expect(transposed.count == 1, "\(transposed.map(\.message))")
    }

    @Test func nearbyYearsForOneEventAreAConflict() throws {
        let found = try findings(
            ("a.txt", "The bridge opened in 2014 after a long build."),
            ("b.txt", "The bridge opened in 2016 after a long build."))
        #expect(found.count == 1)
    }

    @Test
    func yearsOfTwoFiguresAreNotAConflict() throws {
        let found = try findings(
            ("a.txt", "The port handled 4.1 million containers in 2019."),
            ("b.txt", "The port handled 3.6 million containers in 2018."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test
    func yearInALeadingClauseSeparatesTwoYearsFigures() throws {
        let found = try findings(("report.txt", """
        In 2019, the port handled 4.1 million containers.
        The port handled 3.6 million containers in 2018.
        """))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test
    func lastYearsMonthlyFigureIsNotThisYears() throws {
        let found = try findings(
            ("a.txt", "The airline carried 2.1 million passengers in August, its busiest month last year."),
            ("b.txt", "The airline carried 2.4 million passengers in August this year."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aUnitSwapIsLeftToUnitMismatch() throws {
        let found = try findings(
            ("a.txt", "The relay route covers 6,200 km across the desert."),
            ("b.txt", "The relay route covers 6,200 miles across the desert."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }
}

extension ConflictingValueCheckTests {
    /// A fact disputed by many reports: one finding naming the first claims, within SARIF consumers' limits.
    @Test func aLargeDisputeNamesItsFirstClaims() throws {
        var documents: [(path: String, text: String)] = []
        for index in 0..<60 {
            let value = index % 2 == 0 ? "54,000" : "45,000"
            documents.append((String(format: "r%02d.txt", index), "There are \(value) US troops stationed in Japan, officials said."))
        }
        let found = try FactTesting.findings(documents, rule: "conflicting-value")
        #expect(found.count == 1)
        #expect(found.first?.claims.count == 50)
        #expect(found.first?.message.contains("the first 50 of 60 claims are listed") == true)
    }
}
