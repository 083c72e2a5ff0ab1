/// Reads a number written in words: "fifty-four", "three hundred and twelve", "a dozen",
/// "two-thirds", "six and a half".
enum WordNumberReader {
    static func read(_ text: Substring, lexicon: Lexicon) -> DecimalNumber? {
        let tokens = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0.isWhitespace }).map(String.init)
        guard !tokens.isEmpty else { return nil }
        let endsWithAndAHalf = tokens.count >= 4 && tokens.suffix(3) == ["and", "a", "half"]
        // A fraction: "[a|an|one|two…] third(s)", "half".
        if !endsWithAndAHalf, let last = tokens.last, let fraction = lexicon.fractionByWord[last] {
            let count: Double
            if tokens.count == 1 { count = 1 } else if tokens[0] == "a" || tokens[0] == "an" { count = 1 } else {
                guard let whole = integer(Array(tokens.dropLast()), lexicon: lexicon) else { return nil }
                count = Double(whole)
            }
            return decimal(count * fraction)
        }
        var words = tokens
        var half = false
        if endsWithAndAHalf {
            half = true
            words.removeLast(3)
        }
        if words.first == "a" || words.first == "an" { words.removeFirst() }
        guard let whole = integer(words, lexicon: lexicon) else { return nil }
        return half ? DecimalNumber(significand: Int64(whole) * 10 + 5, exponent: -1) : DecimalNumber(whole)
    }

    /// "fifty four", "three hundred and twelve", "dozen".
    private static func integer(_ words: [String], lexicon: Lexicon) -> Int? {
        var total = 0
        var current = 0
        var sawNumber = false
        for word in words {
            if word == "and" { continue }
            if word == "hundred" {
                current = max(current, 1) * 100
            } else if let value = lexicon.numberWords[word] {
                current += value
                sawNumber = true
            } else {
                return nil
            }
        }
        total += current
        return sawNumber ? total : nil
    }

    /// A fraction as a decimal with six places, trimmed ("0.333333", "0.5").
    private static func decimal(_ value: Double) -> DecimalNumber {
        var significand = Int64((value * 1_000_000).rounded())
        var exponent = -6
        while exponent < 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return DecimalNumber(significand: significand, exponent: exponent)
    }
}
