import Testing
@testable import FactCheck

/// `unit-mismatch` across in-memory reports: the same number for one fact in an incompatible unit.
@Suite struct UnitMismatchCheckTests {
    private func findings(_ reports: (path: String, text: String)...) throws -> [Finding] {
        try FactTesting.findings(reports, rule: "unit-mismatch")
    }

    @Test(arguments: [
        ("The relay route covers 6,200 km across the desert.", "The relay route covers 6,200 miles across the desert.", "6,200 km", "6,200 miles"),
        ("The wildfire has burned 48,500 acres near Pine Flat.", "The wildfire has burned 48,500 hectares near Pine Flat.", "48,500 acres", "48,500 hectares"),
        ("Turnout in the referendum rose 6.2 percentage points.", "Turnout in the referendum rose 6.2%.", "6.2 percentage points", "6.2%"),
        ("The club agreed an €85m transfer fee for the striker.", "The club agreed an £85m transfer fee for the striker.", "€85m", "£85m"),
        ("The chipmaker reported quarterly revenue of $2.9bn.", "The chipmaker reported quarterly revenue of $2.9m.", "$2.9bn", "$2.9m"),
    ])
    func sameNumberInAnotherUnitIsOneWarning(_ first: String, _ second: String, _ firstClaim: String, _ secondClaim: String) throws {
        let found = try findings(("a.txt", first), ("b.txt", second))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.level == .warning)
        #expect(finding.claims.map(\.path) == ["a.txt", "b.txt"])
        #expect(finding.claims.map(\.text) == [firstClaim, secondClaim])
        #expect(finding.message.contains(firstClaim) && finding.message.contains(secondClaim))
    }

    @Test(arguments: [
        ("Repairs to the pier will take two weeks, the council said.", "The council said the pier was shut for two hours on Monday."),
        ("The keeper has worked at the zoo for 14 years.", "The keeper said the 14-month-old calf was thriving at the zoo."),
        ("Divers searched the cave for nine days before finding them.", "Divers said the swim out of the cave took nine hours."),
    ])
    func twoDurationsSharingASmallNumberAreTwoFacts(_ first: String, _ second: String) throws {
        #expect(try findings(("a.txt", first), ("b.txt", second)).isEmpty)
    }

    @Test func oneFindingNamesEveryClaimOfEachUnit() throws {
        let found = try findings(
            ("a.txt", "The new rail line runs 385 km from the port to the capital."),
            ("b.txt", "Trains on the 385 km rail line from the port to the capital start in May."),
            ("c.txt", "The 385-mile rail line from the port to the capital opens in May."))
        #expect(found.count == 1)
        #expect(found.first.map { $0.claims.map(\.path) } == ["a.txt", "b.txt", "c.txt"])
        #expect(found.first?.message.hasPrefix("The same number in different units: 385 km (= 385,000 m) (a.txt:1, b.txt:1) vs 385-mile") == true,
                "\(found.first?.message ?? "")")
    }

    @Test func theSameUnitIsClean() throws {
        let found = try findings(
            ("a.txt", "The relay route covers 6,200 km across the desert."),
            ("b.txt", "Runners on the relay route cover 6,200 km across the desert."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aCorrectBracketedConversionIsNotAMismatch() throws {
        let found = try findings(
            ("a.txt", "The orbiting telescope circles 705 km (438 miles) above the Earth."),
            ("b.txt", "The orbiting telescope circles 438 miles above the Earth."),
            ("c.txt", "The orbiting telescope circles 705 km above the Earth."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func theOriginalOfABracketedConversionIsStillChecked() throws {
        let found = try findings(
            ("a.txt", "The orbiting telescope circles 705 km (438 miles) above the Earth."),
            ("b.txt", "The orbiting telescope circles 705 miles above the Earth."))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.claims.map(\.text) == ["705 km", "705 miles"])
    }

    @Test func hedgedSideMakesANote() throws {
        let found = try findings(
            ("a.txt", "The club agreed an €85m transfer fee for the striker."),
            ("b.txt", "The club could pay an £85m transfer fee for the striker."))
        #expect(found.count == 1)
        #expect(found.first?.level == .note)
    }

    @Test func differentNumbersAreNotAUnitMismatch() throws {
        let found = try findings(
            ("a.txt", "The relay route covers 6,200 km across the desert."),
            ("b.txt", "The relay route covers 3,853 miles across the desert."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func differentTimesAreNotAUnitMismatch() throws {
        let found = try findings(
            ("a.txt", "The retailer's revenue reached $2.9bn in the third quarter."),
            ("b.txt", "The retailer's revenue reached $2.9m in the fourth quarter."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test
    func unrelatedFactsSharingOnlyANumberAreNotAMismatch() throws {
        let found = try findings(
            ("a.txt", "The relay route covers 6,200 km across the desert."),
            ("b.txt", "The undersea pipeline runs 6,200 miles from the coast."))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }
}
