/// Reads digit numbers written in forms other than plain decimals: thousands grouped by spaces
/// ("1 234 567", "40 000" with a narrow no-break space), fractions with a slash ("1/4", "10 1/2",
/// "-4/5"), vulgar fraction characters ("½") and scientific notation ("1.3e6", "6.23x10^-4").
enum WrittenFormNumberReader {
    /// How a number was written, when it is one of these forms.
    struct Reading {
        var value: DecimalNumber
        /// The denominator of a slash fraction that stands alone ("3/4"), which a date could also be written as.
        var bareSlashDenominator: Int?
    }

    /// Spaces that group thousands: the space, the no-break space, the narrow no-break space and the thin space.
    static let groupSpaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    static func read(_ text: Substring) -> Reading? {
        if text.contains("/") { return slashFraction(text) }
        if text.count == 1, let only = text.first, let vulgar = vulgarValue(only) { return Reading(value: DecimalNumber(fraction: vulgar, places: 12)) }
        if text.contains(where: { $0 == "e" || $0 == "E" || $0 == "x" || $0 == "×" }) { return scientific(text) }
        if text.contains(where: groupSpaces.contains) {
            // "1 234 567.89": the pattern only matches groups of three, so dropping the spaces is the number.
            return DecimalNumber(digits: text.filter { !groupSpaces.contains($0) }.utf8).map { Reading(value: $0) }
        }
        return nil
    }

    /// "3/4", "10 1/2", "2  1/4": a whole part (optional) plus numerator over denominator.
    private static func slashFraction(_ text: Substring) -> Reading? {
        let parts = text.split(whereSeparator: { groupSpaces.contains($0) })
        guard let fraction = parts.last else { return nil }
        let terms = fraction.split(separator: "/")
        guard terms.count == 2, let numerator = Int(terms[0]), let denominator = Int(terms[1]),
              denominator > 0, numerator < denominator else { return nil } // "24/7" is no fraction
        let whole = parts.count == 2 ? Int(parts[0]) : 0
        guard let whole, parts.count <= 2 else { return nil }
        return Reading(value: DecimalNumber(fraction: Double(whole) + Double(numerator) / Double(denominator), places: 12),
                       bareSlashDenominator: parts.count == 1 ? denominator : nil)
    }

    /// "½": the character's value comes from the Unicode Character Database.
    static func vulgarValue(_ character: Character) -> Double? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
              scalar.properties.numericType == .numeric, let value = scalar.properties.numericValue, value > 0, value < 1 else { return nil }
        return value
    }

    /// "1.3e6", "-12e-1", "12.32e+14", "1.3x10^6", "2.48×10−5".
    private static func scientific(_ text: Substring) -> Reading? {
        let normalized = text.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: " ", with: "")
        let mantissaText: Substring
        let exponentText: Substring
        if let times = normalized.firstIndex(where: { $0 == "x" || $0 == "×" }) {
            mantissaText = normalized[..<times]
            let power = normalized[normalized.index(after: times)...]
            guard power.hasPrefix("10") else { return nil }
            exponentText = power.dropFirst(2).drop(while: { $0 == "^" })
        } else if let e = normalized.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissaText = normalized[..<e]
            exponentText = normalized[normalized.index(after: e)...]
        } else {
            return nil
        }
        guard let mantissa = DecimalNumber(digits: mantissaText.utf8),
              let exponent = Int(exponentText.hasPrefix("+") ? exponentText.dropFirst() : exponentText), abs(exponent) <= 30 else { return nil }
        return Reading(value: mantissa.scaled(byPowerOfTen: exponent))
    }
}
