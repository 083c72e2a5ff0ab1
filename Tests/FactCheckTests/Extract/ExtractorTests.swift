import Testing
@testable import FactCheck

/// What the extractor reads from sentences of several beats: defence, business, sport, science, weather.
@Suite struct ExtractorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// (as written, value in the written unit, unit id)
        var expected: [(String, Double, String)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "There are 54,000 U.S. military personnel based in Japan.", expected: [("54,000", 54_000, "count")]),
        Case(text: "Taiwan, located just 100 km (62 miles) from Japanese territory.", expected: [("100 km", 100, "km"), ("62 miles", 62, "mi")]),
        Case(text: "The strait carries goods worth $9.6bn a day, or roughly $400m an hour.", expected: [("$9.6bn", 9.6e9, "USD"), ("$400m", 4e8, "USD")]),
        Case(text: "Arenal agreed a fee of €85m (£72m) for the forward.", expected: [("€85m", 8.5e7, "EUR"), ("£72m", 7.2e7, "GBP")]),
        Case(text: "Turnout was up 6.2 percentage points from 61.2%.", expected: [("6.2 percentage points", 6.2, "pp"), ("61.2%", 61.2, "%")]),
        Case(text: "The 400-metre (1,312-foot) vessel ran aground.", expected: [("400-metre", 400, "m"), ("1,312-foot", 1312, "ft")]),
        Case(text: "Temperatures reached 31°C (91°F) on Tuesday.", expected: [("31°C", 31, "degC"), ("91°F", 91, "degF")]),
        Case(text: "Twelve thousand people were evacuated.", expected: [("Twelve thousand", 12_000, "count")]),
        Case(text: "The 24-year-old forward signed a five-year contract.", expected: [("24-year-old", 24, "age"), ("five-year", 5, "yr")]),
        // Ages: of people and of things, after "aged", and between commas after a name; not a month's figure or a duration.
        Case(text: "Ortiz, 33, and a Sixty-year-old pilot flew a 75-year-old plane; riders aged 12 to 15 and one 9 yo watched.",
             expected: [("33", 33, "age"), ("Sixty-year-old", 60, "age"), ("75-year-old", 75, "age"), ("12 to 15", 12, "age"), ("9 yo", 9, "age")]),
        Case(text: "In June, 45 homes flooded and Leeds, 300, lost power for 12 years.", expected: [("45", 45, "count"), ("300", 300, "count"), ("12 years", 12, "yr")]),
        Case(text: "The bridge will cost €7.4 billion.", expected: [("€7.4 billion", 7.4e9, "EUR")]),
        Case(text: "Japan bought 105 F-35 fighters.", expected: [("105", 105, "count")]),
        Case(text: "The new command will be headed by a three-star general.", expected: [("three-star", 3, "star")]),
        Case(text: "He won in 2:04:37, a course record.", expected: [("2:04:37", 7477, "s")]),
        Case(text: "Call 555-0123 or visit https://example.org/2025/100 for Article 9 details.", expected: []),
        // Digits written other than as plain decimals.
        Case(text: "The census counted 3 402 117 residents and 40\u{202F}000 visitors.", expected: [("3 402 117", 3_402_117, "count"), ("40\u{202F}000", 40_000, "count")]),
        Case(text: "The shortstop hit .500 in May and rates rose .08 points.", expected: [(".500", 0.5, "count"), (".08", 0.08, "count")]),
        Case(text: "The path runs 2 1/2 miles, then 3/4 mile more, past ½ of the farms.", expected: [("2 1/2 miles", 2.5, "mi"), ("3/4 mile", 0.75, "mi"), ("½", 0.5, "count")]),
        Case(text: "Roughly 6.02e23 atoms, or 1.5x10^-3 of the sample, and 4 400-metre relays.",
             expected: [("6.02e23", 6.02e23, "count"), ("1.5x10^-3", 0.0015, "count"), ("4", 4, "count"), ("400-metre", 400, "m")]),
        Case(text: "After 9/11 the office stayed open 24/7.", expected: []),
        // Units news uses.
        Case(text: "The 5,000mAh phone, rated 52 mpg, hit 6,500 rpm at 420 ppm and 400 Nm, in 28 deg C heat.",
             expected: [("5,000mAh", 5000, "mAh"), ("52 mpg", 52, "mpg"), ("6,500 rpm", 6500, "rpm"), ("420 ppm", 420, "ppm"), ("400 Nm", 400, "Nm"), ("28 deg C", 28, "degC")]),
        // Numbers inside names and phone numbers are no quantities.
        Case(text: "The S&P 500 rose 2% as a Boeing 787-9 landed before Game 7; call +91 9012345678 or 1800 4410 222.",
             expected: [("2%", 2, "%")]),
        // Currencies after the number, and subunits with their own ids.
        Case(text: "Shares fell 34 cents to 470 pence; a room costs 1,200€ or 95 € a night, a stamp 99¢.",
             expected: [("34 cents", 34, "cent"), ("470 pence", 470, "penny"), ("1,200€", 1200, "EUR"), ("95 €", 95, "EUR"), ("99¢", 99, "cent")]),
    ]

    @Test(arguments: cases)
    func reads(_ example: Case) throws {
        let document = Fixtures.document(example.text)
        let quantities = try Fixtures.extractor.extract(from: document, scratch: MatchScratch())
        let got = quantities.map { (document.source.text($0.span), $0.value.doubleValue, $0.unit.id) }
        #expect(got.count == example.expected.count, "got \(got)")
        for (actual, expected) in zip(got, example.expected) {
            #expect(actual.0 == expected.0)
            #expect(abs(actual.1 - expected.1) < 1e-6 * max(1, abs(expected.1)), "\(actual.0): \(actual.1) != \(expected.1)")
            #expect(actual.2 == expected.2, "\(actual.0): unit \(actual.2) != \(expected.2)")
        }
    }

    @Test func boundsAndHedges() throws {
        let quantities = try Fixtures.quantities("More than 10,000 troops could be sent, about 6,000 of them by sea, and up to 250 km/h is possible.")
        #expect(quantities.map(\.bound) == [.atLeast, .approximate, .atMost])
        #expect(quantities[0].hedge == nil) // "could" comes after the number
        let hedged = try Fixtures.quantities("Washington will consider appointing a four-star commander.")
        #expect(hedged.first?.hedge == "will consider")
        let firm = try Fixtures.quantities("The command will be headed by a three-star general, a US official said, however Austin would not rule out a four-star commander.")
        #expect(firm.map(\.hedge) == [nil, "would not rule out"])
        // A capitalized hedge word inside a sentence is a month or a name.
        let month = try Fixtures.quantities("The forward, who turned 23 in May, has signed a five-year contract.")
        #expect(month.map(\.hedge) == [nil, nil])
        let name = try Fixtures.quantities("Theresa May said 300 jobs would go.")
        #expect(name.map(\.hedge) == [nil])
        let sentenceStart = try Fixtures.quantities("May prices rise by 5%? Analysts think so. Prices may rise by 7%.")
        #expect(sentenceStart.map(\.hedge) == ["may", "may"])
    }

    @Test func vagueAndPassedAmountsAreBounds() throws {
        let vague = try Fixtures.quantities("Several hundred miners and a few thousand guests came; dozens were hurt and tens of thousands left.")
        #expect(vague.map(\.value.doubleValue) == [300, 2000, 24, 20_000])
        #expect(vague.allSatisfy { $0.bound == .atLeast })
        #expect(vague.first?.noun == "miners")
        let marks = try Fixtures.quantities("The toll was approaching 1,000, sales topped $5 million and exports exceeded 200 tonnes.")
        #expect(marks.map(\.bound) == [.atMost, .atLeast, .atLeast])
        // Counted exactly, a multiplier is no bound: "three dozens" is 36.
        let exact = try Fixtures.quantities("She bought three dozens eggs.")
        #expect(exact.map(\.value.doubleValue) == [36] && exact.first?.bound == .exact)
    }

    @Test func rangesAndConversions() throws {
        let range = try Fixtures.quantities("Between 30 and 40 people attended; fees of $14m-$15m were paid.")
        #expect(range.count == 2)
        #expect(range[0].bound == .range && range[0].value.doubleValue == 30 && range[0].upperValue?.doubleValue == 40)
        #expect(range[1].value.doubleValue == 14e6 && range[1].upperValue?.doubleValue == 15e6)
        let joined = try Fixtures.quantities("Crews laid 9 to 11 kilometres of cable; repairs take 8–14 weeks; some 2 to 3 million tonnes moved.")
        #expect(joined.map(\.unit.id) == ["km", "wk", "t"] && joined.allSatisfy { $0.bound == .range })
        #expect(joined[2].value.doubleValue == 2e6 && joined[2].upperValue?.doubleValue == 3e6)
        // Points in time, a score and a change stay two figures.
        let apart = try Fixtures.quantities("From 2010 to 2015 it won 5 to 4; exports rose 20 to 150 tonnes; margins improved 1.5% to 38.2%.")
        #expect(apart.allSatisfy { $0.bound != .range } && apart.count == 8)
        let pair = try Fixtures.quantities("hitting targets 1,000 km (621 miles) away")
        #expect(pair[1].conversionOf == 0)
    }

    @Test func datesAndYears() throws {
        let quantities = try Fixtures.quantities("Kishida meets Biden on April 10. Japan will act by the end of March 2025, as agreed in 1960 and on Friday, March 28, 2025.")
        #expect(quantities.map { $0.date?.iso } == ["XXXX-04-10", "2025-03", "1960", "2025-03-28"])
        #expect(quantities.last?.date?.weekday == 5)
        let count = try Fixtures.quantities("Some 2000 troops arrived.")
        #expect(count.first?.unit == .count)
    }

    @Test func countedNounsStopAtTheClause() throws {
        let quantities = try Fixtures.quantities("There are 54,000 U.S. military personnel based in Japan and 2% of GDP is spent.")
        #expect(quantities.map(\.noun) == ["U.S. military personnel", "GDP"])
    }

    @Test func ratesAndTheirLookalikes() throws {
        let quantities = try Fixtures.quantities("Goods worth $9.6bn a day; 4,150 people per square kilometre; up from $455m a year earlier.")
        #expect(quantities.map { $0.per?.id } == ["d", "km2", nil])
    }

    @Test func fractionsAreShares() throws {
        let quantities = try Fixtures.quantities("About two-thirds of voters turned out.")
        #expect(quantities.first?.unit.id == "%")
        #expect(abs((quantities.first?.value.doubleValue ?? 0) - 66.667) < 0.01)
    }
}
