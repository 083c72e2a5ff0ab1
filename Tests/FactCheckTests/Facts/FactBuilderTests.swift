import Testing
@testable import FactCheck

/// What the fact builder reads around a figure: the words that say what it measures, whose it is,
/// when it holds, what it counts, and which other figures share its sentence.
@Suite struct FactBuilderTests {
    private func stems(_ words: String...) -> Set<String> { Set(words.map(Stemmer.stem)) }

    // MARK: Near words

    @Test func nearWordsAreTheContentWordsAroundTheNumber() throws {
        let fact = try FactTesting.fact("6,200 km", in: "The relay route covers 6,200 km across the desert.")
        #expect(stems("relay", "route", "covers", "desert").isSubset(of: fact.near))
        // Unit words say how a thing is measured, not what.
        #expect(!fact.near.contains("km") && !fact.near.contains(Stemmer.stem("kilometres")))
        #expect(!fact.near.contains("the") && !fact.near.contains("across"))
    }

    @Test func unitWordsAreIgnoredEvenSpelledOut() throws {
        let fact = try FactTesting.fact("1,200 kilometres", in: "The gas pipeline runs 1,200 kilometres from the coast.")
        #expect(stems("pipeline", "coast").isSubset(of: fact.near))
        #expect(!fact.near.contains(Stemmer.stem("kilometres")))
    }

    @Test func stopWordsDoNotUseUpTheWindow() throws {
        // "of", "them", "in", "the" are skipped: the window reaches "hills".
        let fact = try FactTesting.fact("14", in: "Rescuers found 14 of them in the hills.")
        #expect(fact.near == stems("rescuers", "found", "hills"))
    }

    @Test func nearWordsStopAtFourEachSideButTheClauseKeepsTheRest() throws {
        let text = "Farmers in the northern valley planted wheat, barley, oats and rye across 3,400 hectares near the old mill."
        let fact = try FactTesting.fact("3,400 hectares", in: text)
        #expect(stems("wheat", "barley", "oats", "rye", "mill").isSubset(of: fact.near))
        #expect(!fact.near.contains(Stemmer.stem("farmers")) && !fact.near.contains(Stemmer.stem("valley")))
        #expect(stems("farmers", "valley").isSubset(of: fact.context))
    }

    // MARK: Names

    @Test func sentenceInitialMultiwordNameIsAName() throws {
        let fact = try FactTesting.fact("38.6%", in: "Civic Union took 38.6% of the vote.")
        #expect(fact.names.isSuperset(of: ["civic", "union"]))
        #expect(fact.nearNames.contains("union"))
    }

    @Test func sentenceInitialOrdinaryWordIsNotAName() throws {
        let fact = try FactTesting.fact("64%", in: "Turnout rose to 64% in the capital.")
        #expect(fact.names.isEmpty)
        #expect(fact.near.contains(Stemmer.stem("turnout")))
    }

    @Test func possessiveAtSentenceStartIsAName() throws {
        let fact = try FactTesting.fact("2:04:37", in: "Kiptoo's 2:04:37 broke the course record.")
        #expect(fact.nearNames == ["kiptoo"])
    }

    @Test(arguments: [
        "The US keeps 54,000 troops in Japan.",
        "The U.S. keeps 54,000 troops in Japan.",
        "American commanders keep 54,000 troops in Japan.",
        "The United States keeps 54,000 troops in Japan.",
    ])
    func unitedStatesHasOneCanonicalName(_ text: String) throws {
        let fact = try FactTesting.fact("54,000", in: text)
        #expect(fact.names.contains("united states"))
        #expect(fact.names.contains("japan"))
    }

    @Test func britainAndUKAreOneName() throws {
        let fact = try FactTesting.fact("1,200", in: "Britain sent 1,200 soldiers and the UK navy sent three frigates.")
        #expect(fact.names.contains("united kingdom"))
        #expect(!fact.names.contains("britain") && !fact.names.contains("uk"))
    }

    @Test func nearNamesAreWithinTwoWordsOfTheNumber() throws {
        let fact = try FactTesting.fact("54,000", in: "Japan hosts 54,000 troops, more than any other ally of the United States.")
        #expect(fact.nearNames == ["japan"])
        // Still a name of the sentence, just not whose figure it is.
        #expect(fact.names.contains("united states"))
    }

    @Test func eachFigureHasItsOwnNearNames() throws {
        let text = "Civic Union took 38.6% of the vote, while the People's Party won 31.2%."
        let first = try FactTesting.fact("38.6%", in: text)
        let second = try FactTesting.fact("31.2%", in: text)
        #expect(first.nearNames.contains("union"))
        #expect(!second.nearNames.contains("union"))
        #expect(second.nearNames.contains("party"))
    }

    @Test
    func lowercasePronounUsIsNotTheUnitedStates() throws {
        let fact = try FactTesting.fact("1,240", in: "Rescuers told us 1,240 homes were flooded in Harlow.")
        #expect(!fact.names.contains("united states"))
        #expect(!fact.nearNames.contains("united states"))
    }

    // MARK: Times

    @Test func yearOfADateInTheSameClause() throws {
        let fact = try FactTesting.fact("3.6 million", in: "The port handled 3.6 million containers in 2018.")
        #expect(fact.times["year"] == ["2018"])
    }

    @Test func aDateIsItsOwnValueNotItsTime() throws {
        let fact = try FactTesting.fact("2018", in: "The port handled 3.6 million containers in 2018.")
        #expect(fact.times["year"] == nil)
    }

    @Test func yearStaysInAClauseThatHasAFigure() throws {
        let text = "The club paid $48m for the striker in 2021, and sold him for $61m to a rival."
        #expect(try FactTesting.fact("$48m", in: text).times["year"] == ["2021"])
        #expect(try FactTesting.fact("$61m", in: text).times["year"] == nil)
    }

    @Test
    func yearInALeadingClauseIsTheFiguresYear() throws {
        let fact = try FactTesting.fact("4.1 million", in: "In 2019, the port handled 4.1 million containers.")
        #expect(fact.times["year"] == ["2019"])
    }

    @Test func capitalisedMonthIsATime() throws {
        let fact = try FactTesting.fact("40", in: "In May, the council approved 40 new buses.")
        #expect(fact.times["month"] == ["month5"])
    }

    @Test(arguments: [
        "The council may approve 40 new buses.",
        "Protesters will march 40 km to parliament.",
    ])
    func lowercaseMonthWordIsNotAMonth(_ text: String) throws {
        let fact = try #require(try FactTesting.facts(text).first)
        #expect(fact.times["month"] == nil)
    }

    @Test func capitalisedWeekdayIsATime() throws {
        let fact = try FactTesting.fact("300", in: "The clinic vaccinated 300 children on Sunday.")
        #expect(fact.times["weekday"] == ["weekday7"])
    }

    @Test func aFigureWithNoPeriodIsAboutNow() throws {
        let fact = try FactTesting.fact("41 billion litres", in: "The reservoir holds 41 billion litres.")
        #expect(fact.times["relative"] == ["now"])
    }

    @Test(arguments: [
        "In the previous census the town had 48,200 residents.",
        "The town counted 48,200 residents at the last census.",
    ])
    func previousOrLastCensusIsEarlier(_ text: String) throws {
        let fact = try FactTesting.fact("48,200", in: text)
        #expect(fact.times["relative"] == ["earlier"])
    }

    @Test func lastYearIsARelativePeriod() throws {
        let fact = try FactTesting.fact("19", in: "The striker scored 19 goals last season.")
        #expect(fact.times["relative"] == ["last year"])
    }

    @Test(arguments: [
        ("Turnout was 64% compared with the previous election.", "64%"),
        ("Exports rose to $612m from $455m last year.", "$612m"),
        ("Unemployment fell to 4.1% from 4.6% a year ago.", "4.1%"),
    ])
    func periodAfterAComparisonWordIsTheBaseNotTheFiguresTime(_ text: String, _ written: String) throws {
        let fact = try FactTesting.fact(written, in: text)
        #expect(fact.times["relative"] == ["now"])
    }

    @Test func periodWithoutAComparisonWordIsTheFiguresTime() throws {
        let fact = try FactTesting.fact("58%", in: "Turnout was 58% in the previous election.")
        #expect(fact.times["relative"] == ["earlier"])
    }

    @Test func sentenceWideQuarterReachesAnotherClause() throws {
        let text = "Sales fell to 8,200 units in the fourth quarter, while exports rose to 3,100 units."
        #expect(try FactTesting.fact("3,100", in: text).times["quarter"] == ["q4"])
    }

    @Test func sentenceWideRelativePeriodReachesAnotherClause() throws {
        let text = "The striker scored 19 goals last season, and the club conceded 42."
        #expect(try FactTesting.fact("42", in: text).times["relative"] == ["last year"])
    }

    @Test func partOfDayStaysInAClauseThatHasAFigure() throws {
        let text = "Wind gusts reached 140 km/h overnight, and the river rose 2.3 metres."
        #expect(try FactTesting.fact("140 km/h", in: text).times["part of day"] == ["night"])
        #expect(try FactTesting.fact("2.3 metres", in: text).times["part of day"] == nil)
    }

    @Test func aClauseWithNoFigureLendsItsTime() throws {
        let fact = try FactTesting.fact("3,400", in: "Overnight, the storm cut power to 3,400 homes.")
        #expect(fact.times["part of day"] == ["night"])
    }

    @Test
    func sentenceWidePeriodReachesAClauseThatNamesAMonth() throws {
        let fact = try FactTesting.fact("2.1 million", in: "The airline carried 2.1 million passengers in August, its busiest month last year.")
        #expect(fact.times["month"] == ["month8"])
        #expect(fact.times["relative"] == ["last year"])
    }

    // MARK: Counted nouns

    @Test(arguments: ["troops", "soldiers", "service members", "military personnel"])
    func troopsAreMilitaryPersonnel(_ noun: String) throws {
        let fact = try FactTesting.fact("4,500", in: "The ministry will send 4,500 \(noun) to the border.")
        #expect(fact.measure == "military personnel")
    }

    @Test func sailorsAreCrew() throws {
        let fact = try FactTesting.fact("4,500", in: "The navy will deploy 4,500 sailors to the Gulf.")
        #expect(fact.measure == "crew")
    }

    @Test func hyphenatedPersonCountsPeople() throws {
        let fact = try FactTesting.fact("26,400", in: "The 26,400-person trial found the vaccine cut hospital admissions.")
        #expect(fact.measure == "people")
    }

    @Test func measuredQuantitiesCountNothing() throws {
        let fact = try FactTesting.fact("46.3 mm", in: "The storm dumped 46.3 mm of rain on Harlow.")
        #expect(fact.measure == nil)
    }

    // MARK: Companions

    @Test func distinctiveFiguresOfTheSentenceAreCompanions() throws {
        let text = "The storm dumped 46.3 mm of rain on Harlow on Tuesday, flooding 212 homes."
        let rain = try FactTesting.fact("46.3 mm", in: text)
        let homes = try FactTesting.fact("212", in: text)
        #expect(rain.companions.count == 1)
        #expect(homes.companions.count == 1)
        #expect(rain.companions != homes.companions, "a figure is not its own companion")
    }

    @Test func roundApproximateAndDateFiguresAreNotCompanions() throws {
        let text = "About 3,000 people fled on March 3, 2024 as the river rose 40 cm and 212 homes flooded."
        let homes = try FactTesting.fact("212", in: text)
        #expect(homes.companions.isEmpty, "got \(homes.companions)")
    }

    @Test(arguments: [("close", "closing"), ("rate", "rates"), ("increase", "increased"), ("firefighter", "firefighters"), ("ship", "shipping")])
    func inflectionsShareAStem(word: String, inflected: String) {
        #expect(Stemmer.stem(word) == Stemmer.stem(inflected))
    }
}
