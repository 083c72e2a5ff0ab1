import Testing
@testable import FactCheck

/// When two figures state the same fact, and whether their values can both be true.
@Suite struct FactMatcherTests {
    let matcher = FactTesting.matcher

    /// The fact written `written` in `text`, as if from its own report.
    private func fact(_ written: String, _ text: String, path: String) throws -> Fact {
        try FactTesting.fact(written, in: text, path: path)
    }

    // MARK: describeSameThing

    @Test func sameFactInTwoReportsIsTheSameThing() throws {
        let a = try fact("54,000", "The Pentagon said 54,000 US troops are stationed in Japan.", path: "a.txt")
        let b = try fact("54,000", "Some 54,000 American troops are stationed in Japan, officials said.", path: "b.txt")
        #expect(matcher.describeSameThing(a, b))
        #expect(matcher.describeSameThing(b, a))
    }

    @Test func aSentenceDoesNotRestateItsOwnFact() throws {
        let text = "The ferry carried 212 passengers and 212 cars."
        let a = try FactTesting.fact("212", in: text, occurrence: 0)
        let b = try FactTesting.fact("212", in: text, occurrence: 1)
        #expect(!matcher.describeSameThing(a, b))
    }

    @Test func differentCountedNounsAreDifferentFacts() throws {
        let a = try fact("312", "The stricken ship carried 312 passengers.", path: "a.txt")
        let b = try fact("312", "The stricken ship carried 312 sailors.", path: "b.txt")
        #expect(a.measure != b.measure)
        #expect(!matcher.describeSameThing(a, b))
    }

    @Test func countedNounMustShowNearTheOtherNumber() throws {
        let children = try fact("1,240", "The clinic vaccinated 1,240 children.", path: "a.txt")
        let bare = try fact("1,240", "The clinic vaccinated 1,240.", path: "b.txt")
        let ofThe = try fact("1,240", "The clinic vaccinated 1,240 of the children.", path: "c.txt")
        #expect(!matcher.describeSameThing(children, bare))
        #expect(!matcher.describeSameThing(bare, children))
        #expect(matcher.describeSameThing(children, ofThe))
    }

    @Test func differentPeriodsOfOneKindAreDifferentFacts() throws {
        let now = try fact("48,200", "The census counted 48,200 residents in the town this year.", path: "a.txt")
        let earlier = try fact("48,200", "The previous census counted 48,200 residents in the town.", path: "b.txt")
        let unstated = try fact("48,200", "The census counted 48,200 residents in the town.", path: "c.txt")
        #expect(!matcher.describeSameThing(now, earlier))
        #expect(matcher.describeSameThing(now, unstated), "no period means now")
    }

    @Test func differentYearsAreDifferentFacts() throws {
        let a = try fact("512,400", "The 2015 census counted 512,400 households in the region.", path: "a.txt")
        let b = try fact("512,400", "The 2025 census counted 512,400 households in the region.", path: "b.txt")
        #expect(!matcher.describeSameThing(a, b))
        #expect(!matcher.describeSameThing(a, b, numbersAgreeOddly: true))
    }

    @Test func differentQuartersAreDifferentFacts() throws {
        let a = try fact("$612m", "The retailer's revenue rose to $612m in the third quarter.", path: "a.txt")
        let b = try fact("$612m", "The retailer's revenue rose to $612m in the fourth quarter.", path: "b.txt")
        #expect(!matcher.describeSameThing(a, b))
    }

    @Test func differentNamesNearTheNumberAreDifferentFacts() throws {
        let union = try fact("38.6%", "Civic Union took 38.6% of the vote in the capital.", path: "a.txt")
        let greens = try fact("38.6%", "The Greens took 38.6% of the vote in the capital.", path: "b.txt")
        let unionAgain = try fact("38.6%", "Civic Union won 38.6% of the vote in the capital.", path: "c.txt")
        #expect(!matcher.describeSameThing(union, greens))
        #expect(matcher.describeSameThing(union, unionAgain))
    }

    @Test func differentPlacesNearTheNumberAreDifferentFacts() throws {
        let japan = try fact("54,000", "There are 54,000 troops in Japan.", path: "a.txt")
        let korea = try fact("54,000", "There are 54,000 troops in South Korea.", path: "b.txt")
        #expect(!matcher.describeSameThing(japan, korea))
    }

    @Test func sharingOnlyAUnitIsNotTheSameThing() throws {
        let a = try fact("30 km", "The marathon route loops 30 km through the old town.", path: "a.txt")
        let b = try fact("35 km", "Storm surge reached 35 km inland from the delta.", path: "b.txt")
        #expect(a.near.isDisjoint(with: b.near))
        #expect(!matcher.describeSameThing(a, b))
    }

    // MARK: agree

    @Test func starRanksAreExact() throws {
        let three = try fact("three-star", "A three-star general will lead the new command in Japan.", path: "a.txt")
        let four = try fact("four-star", "A four-star general will lead the new command in Japan.", path: "b.txt")
        #expect(!matcher.agree(three, four))
        #expect(matcher.agree(three, three))
    }

    @Test(arguments: [
        ("about 6,000", "6,200", true),
        ("about 6,000", "7,500", false),
        ("more than 10,000", "11,000", true),
        ("more than 10,000", "9,000", false),
        ("between 30 and 40", "35", true),
        ("between 30 and 40", "45", false),
        ("24", "at least 28", false),
        ("30", "at least 28", true),
        ("fewer than 50", "48", true),
        ("1,240", "1,260", false),
        ("1,240", "1,250", true), // "1,250" may be rounded to the nearest 50
    ])
    func valuesAgreeWithinTheirRoundingAndBounds(_ first: String, _ second: String, _ agree: Bool) throws {
        let a = try #require(try FactTesting.facts("Rescuers said \(first) people were evacuated from the valley.").first)
        let b = try #require(try FactTesting.facts("Rescuers said \(second) people were evacuated from the valley.").first)
        #expect(matcher.agree(a, b) == agree, "\(a.quantity.bound) \(a.text) vs \(b.quantity.bound) \(b.text)")
        #expect(matcher.agree(b, a) == agree)
    }

    @Test func datesAgreeOnTheirStatedParts() throws {
        let day = try fact("March 14", "Voters go to the polls on March 14.", path: "a.txt")
        let month = try fact("March 2026", "Voters go to the polls in March 2026.", path: "b.txt")
        let other = try fact("March 17", "Voters go to the polls on March 17.", path: "c.txt")
        #expect(matcher.agree(day, month))
        #expect(!matcher.agree(day, other))
    }

    // MARK: plausiblyTheSame

    private func count(_ written: String) throws -> Fact {
        try #require(try FactTesting.facts("The quake killed \(written) people in the mountain villages.").first)
    }

    @Test(arguments: [
        ("312", "400", true), // within max_ratio
        ("312", "520", false), // more than 1.5 apart
        ("3", "2,300", false),
        ("512,400", "521,400", true), // digits swapped
        ("24", "64", true), // one digit changed
        ("1.38", "1.83", true),
    ])
    func closeOrTypoLikeValuesArePlausiblyOneFact(_ first: String, _ second: String, _ plausible: Bool) throws {
        let (a, b) = (try count(first), try count(second))
        #expect(matcher.plausiblyTheSame(a, b) == plausible, "\(first) vs \(second)")
    }

    private func year(_ written: String) throws -> Fact {
        try fact(written, "The bridge opened in \(written) after a long build.", path: "\(written).txt")
    }

    @Test func neighbouringYearsAreNoTypoButTransposedOnesAre() throws {
        // Years sit close together by nature ("2014" and "2016"); years five apart are two dates;
        // the same digits in another order ("2014" and "2041") are a slip.
        #expect(!FactMatcher.isStrongTypo(try year("2014"), try year("2016")))
        #expect(!matcher.plausiblyTheSame(try year("2014"), try year("2019")))
        #expect(FactMatcher.isStrongTypo(try year("2014"), try year("2041")))
        #expect(matcher.plausiblyTheSame(try year("2014"), try year("2041")))
    }

    @Test func nearbyYearsArePlausiblyOneFact() throws {
        #expect(matcher.plausiblyTheSame(try year("2014"), try year("2016")))
        #expect(!matcher.plausiblyTheSame(try year("2014"), try year("2019")))
    }

    @Test func datesWithinAWeekArePlausiblyOneFact() throws {
        let a = try fact("March 14", "Voters go to the polls on March 14.", path: "a.txt")
        let b = try fact("March 17", "Voters go to the polls on March 17.", path: "b.txt")
        let c = try fact("April 14", "Voters go to the polls on April 14.", path: "c.txt")
        #expect(matcher.plausiblyTheSame(a, b))
        #expect(!matcher.plausiblyTheSame(a, c))
    }

    // MARK: isStrongTypo

    @Test(arguments: [
        ("512,400", "521,400", true), // swapped, six digits
        ("45", "54", true), // swapped, two digits
        ("312", "318", true), // one of three changed
        ("24", "64", false), // one of two changed: too easy by chance
        ("312", "400", false),
        ("1,240", "1,240", false), // the same is no typo
    ])
    func strongTypos(_ first: String, _ second: String, _ strong: Bool) throws {
        #expect(FactMatcher.isStrongTypo(try count(first), try count(second)) == strong, "\(first) vs \(second)")
    }

    @Test func aWeakTypoNeedsTwoSharedWordsToConflict() throws {
        let a = try fact("64 km/h", "The train reached 64 km/h on the test track.", path: "a.txt")
        let b = try fact("24 km/h", "The train reached 24 km/h on the test track.", path: "b.txt")
        let c = try fact("24 km/h", "Gusts reached 24 km/h.", path: "c.txt")
        #expect(matcher.describeSameThingDespiteValues(a, b))
        #expect(!matcher.describeSameThingDespiteValues(a, c))
    }
}
