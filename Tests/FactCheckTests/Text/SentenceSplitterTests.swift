import Testing
@testable import FactCheck

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsOnTerminatorsBeforeCapitalsDigitsAndQuotes() {
        #expect(sentences("It rose 5%. The index fell! Why? 2024 was worse. \"Never,\" he said.")
            == ["It rose 5%.", "The index fell!", "Why?", "2024 was worse.", "\"Never,\" he said."])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(sentences("He said “it is 5.” Then left. (It was 6.) Later.")
            == ["He said “it is 5.”", "Then left.", "(It was 6.)", "Later."])
    }

    @Test func decimalsAndLowercaseContinuationsDoNotSplit() {
        #expect(sentences("A 6.2 magnitude quake. it hit at 3.5 km depth.") == ["A 6.2 magnitude quake. it hit at 3.5 km depth."])
    }

    @Test(arguments: [
        "Gen. Mark Milley met Lt. Col. Smith.", "Dr. Jones and Mrs. Jones arrived.", "On Jan. 5 it rained.",
        "It is No. 10 Downing St. London.", "Fruit, e.g. Apples, sold.", "John F. Kennedy spoke.",
        "The U.S. military said so.", "Acme Inc. Chief Executive spoke.", "At 3 a.m. Tuesday it fell.",
        "See situation report no. 6 and p. 14.",
    ])
    func abbreviationsAndInitialsDoNotSplit(text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func initialismsSplitBeforeSentenceOpeners() {
        #expect(sentences("Troops landed in the U.S. The next day they left.") == ["Troops landed in the U.S.", "The next day they left."])
        #expect(sentences("It struck at 3:42 a.m. Rescuers arrived.") == ["It struck at 3:42 a.m. Rescuers arrived."])
        #expect(sentences("It struck at 3:42 a.m. It was dark.") == ["It struck at 3:42 a.m.", "It was dark."])
        #expect(sentences("Ships, planes, etc. The list goes on.") == ["Ships, planes, etc.", "The list goes on."])
    }

    @Test func lowercaseNoEndsASentenceBeforeAWord() {
        #expect(sentences("She said no. The vote failed.") == ["She said no.", "The vote failed."])
    }

    @Test func newlinesAlwaysEndSentences() {
        #expect(sentences("Headline 2025\nFirst line\n\n  Second para.  \n") == ["Headline 2025", "First line", "Second para."])
    }

    @Test func rangesCoverAllTextAndNoWhitespace() {
        let text = "  A b. C d?\t\n\n E “f.” G  "
        let bytes = Array(text.utf8)
        let ranges = SentenceSplitter.split(bytes)
        var covered = [Bool](repeating: false, count: bytes.count)
        for range in ranges {
            #expect(!ProseBuilder.isSpace(bytes[range.lowerBound]) && !ProseBuilder.isSpace(bytes[range.upperBound - 1]))
            for index in range { covered[index] = true }
        }
        for (index, byte) in bytes.enumerated() where !ProseBuilder.isSpace(byte) { #expect(covered[index]) }
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
    }

    @Test func nonASCIICapitalsStartSentences() {
        #expect(sentences("Il a dit non. Élodie a ri.") == ["Il a dit non.", "Élodie a ri."])
    }
}
