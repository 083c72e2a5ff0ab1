/// Reads a number written in words: "fifty-four", "three hundred and twelve", "a dozen",
/// "two-thirds", "six and a half", "twenty-one thousand six hundred and two", "half a dozen".
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
                count = whole.doubleValue
            }
            return DecimalNumber(fraction: count * fraction, places: 6)
        }
        var words = tokens
        var addsHalf = false
        if endsWithAndAHalf {
            addsHalf = true
            words.removeLast(3)
        }
        // "half a dozen", "half a million": half of what follows.
        var halves = false
        if words.first == "half", words.count > 1 {
            halves = true
            words.removeFirst()
        }
        if words.first == "a" || words.first == "an" { words.removeFirst() }
        guard let whole = integer(words, lexicon: lexicon) else { return nil }
        if halves { return whole.significand % 2 == 0 ? DecimalNumber(significand: whole.significand / 2, exponent: whole.exponent)
                                                     : DecimalNumber(significand: whole.significand * 5, exponent: whole.exponent - 1) }
        if addsHalf { return DecimalNumber(significand: Int64(whole.doubleValue) * 10 + 5, exponent: -1) }
        return whole
    }

    /// "fifty four", "three hundred and twelve", "two dozen", "twenty-one trillion and three hundred".
    /// Scale words of a thousand and more close a group; what is left below them adds on. A round
    /// result keeps the precision of its last scale word ("two thousand" is 2×10³, as "2 thousand" is).
    private static func integer(_ words: [String], lexicon: Lexicon) -> DecimalNumber? {
        var total: Int64 = 0
        var current: Int64 = 0
        var sawNumber = false
        var lastScalePower = 0
        for word in words {
            if word == "and" { continue }
            if let power = lexicon.scalePowerByWord[word] {
                let scale = Int64(pow10(power))
                if power < 3 {
                    current = max(current, 1) * scale
                } else if current == 0, total > 0 {
                    total *= scale // "three lakh crore"
                } else {
                    total += max(current, 1) * scale
                    current = 0
                }
                lastScalePower = power
                sawNumber = true
            } else if let multiplier = lexicon.numberMultipliers[word] {
                current = max(current, 1) * Int64(multiplier)
                sawNumber = true
            } else if let value = lexicon.numberWords[word] {
                current += Int64(value)
                sawNumber = true
            } else {
                return nil
            }
            guard total < Int64.max / 1_000_000 else { return nil }
        }
        guard sawNumber else { return nil }
        var number = DecimalNumber(significand: total + current, exponent: 0)
        if lastScalePower >= 3 {
            while number.exponent < lastScalePower, number.significand != 0, number.significand % 10 == 0 {
                number = DecimalNumber(significand: number.significand / 10, exponent: number.exponent + 1)
            }
        }
        return number
    }
}
