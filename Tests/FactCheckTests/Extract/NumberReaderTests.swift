import Testing
@testable import FactCheck

@Suite struct NumberReaderTests {
    @Test(arguments: [
        ("6,200", "6200", nil as Malformation.Kind?, nil as String?),
        ("6, 200", "6200", .spaceInGroup, "6,200"),
        ("12,,300", "12300", .doubledSeparator, "12,300"),
        ("1,0000", "10000", .groupLength, nil),
        ("220,00", "22000", .groupLength, nil),
        ("58,2", "58.2", .decimalComma, nil),
        ("3.5.1", "3.5", .multipleDecimalPoints, nil),
        ("1.234.567", "1234567", .periodAsThousands, "1,234,567"),
        ("1.234,5", "1234.5", .mixedSeparators, nil),
        ("2.15", "2.15", nil, nil),
        ("0.125", "0.125", nil, nil),
    ])
    func digits(text: String, value: String, kind: Malformation.Kind?, fix: String?) throws {
        let reading = try #require(DigitNumberReader.read(Substring(text), countsWholeThings: false))
        #expect(reading.value.description == value)
        #expect(reading.malformation?.kind == kind)
        #expect(reading.malformation?.fix == fix)
    }

    @Test func numbersTooLongToHoldAreSkippedNotFatal() {
        #expect(DigitNumberReader.read(Substring("1." + Array(repeating: "234", count: 40).joined(separator: ".")), countsWholeThings: false) == nil)
        #expect(DigitNumberReader.read(Substring(String(repeating: "9", count: 400)), countsWholeThings: false) == nil)
    }

    @Test func ordinalSuffixAfterADecimalIsNoNumberNotACrash() {
        #expect(DigitNumberReader.read("3.4th", countsWholeThings: true) == nil)
        #expect(DigitNumberReader.read("3.4th", countsWholeThings: false) == nil)
    }

    @Test func periodBeforeThreeDigitsIsThousandsOnlyForCountsOrZeros() throws {
        #expect(DigitNumberReader.read("54.000", countsWholeThings: false)?.malformation?.kind == .periodAsThousands)
        #expect(DigitNumberReader.read("1.500", countsWholeThings: true)?.malformation?.kind == .periodAsThousands)
        #expect(DigitNumberReader.read("1.500", countsWholeThings: false)?.malformation == nil)
    }

    @Test func precisionFollowsHowTheNumberWasWritten() throws {
        let written = try #require(DecimalNumber(digits: "6.2".utf8)).scaled(byPowerOfTen: 6)
        #expect(written.doubleValue == 6_200_000)
        #expect(written.precision == 100_000)
        #expect(try #require(DecimalNumber(digits: "6200".utf8)).precision == 1)
    }

    @Test(arguments: [
        ("fifty-four", 54.0), ("three hundred and twelve", 312), ("a dozen", 12), ("Six and a half", 6.5),
        ("two-thirds", 0.666667), ("a quarter", 0.25), ("half", 0.5), ("ninety nine", 99),
        ("two dozen", 24), ("half a dozen", 6), ("a hundred and five", 105), ("thirty-one thousand four hundred and nine", 31_409),
        ("one million two hundred thousand", 1_200_000), ("three lakh crore", 3e12), ("sixty - two", 62), ("half a million", 500_000),
    ])
    func words(text: String, value: Double) throws {
        let lexicon = Lexicon(rules: Fixtures.rules)
        let number = try #require(WordNumberReader.read(Substring(text), lexicon: lexicon))
        #expect(abs(number.doubleValue - value) < 1e-6)
    }
}

extension NumberReaderTests {
    @Test func aRoundNumberInWordsKeepsThePrecisionOfItsScaleWord() throws {
        let lexicon = Lexicon(rules: Fixtures.rules)
        #expect(try #require(WordNumberReader.read("two thousand", lexicon: lexicon)).precision == 1_000)
        #expect(try #require(WordNumberReader.read("twenty-one thousand", lexicon: lexicon)).precision == 1_000)
        #expect(try #require(WordNumberReader.read("three hundred and twelve", lexicon: lexicon)).precision == 1)
    }

    @Test func normalizedValuesPrintForAnyFiniteMagnitude() {
        #expect(NumberPrecision.format(-18, significantDigits: 4) == "-18")
        #expect(NumberPrecision.format(1e30, significantDigits: 4) == "1e+30")
        #expect(NumberPrecision.format(6_200_000, significantDigits: 4) == "6,200,000")
        #expect(NumberPrecision.rounded(1e40, like: DecimalNumber(12)) == "1e+40")
    }
}
