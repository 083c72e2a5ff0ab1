/// Reads a number written in digits, including the typos a copy editor would catch.
///
/// The value is the most likely reading ("6, 200" → 6200, "54.000" → 54000 when thousands are
/// meant); `malformation` says what was wrong and, when it is sure, the fix.
enum DigitNumberReader {
    struct Reading {
        var value: DecimalNumber
        var malformation: Malformation?
        /// The denominator of a slash fraction standing alone ("3/4"), which could also be a date.
        var bareSlashDenominator: Int?
    }

    /// `countsWholeThings`: the number counts people or things, so three decimals after a period
    /// ("54.000 troops") must be a thousands separator.
    static func read(_ text: Substring, countsWholeThings: Bool) -> Reading? {
        // Most numbers are plain ("54", "2.15"): read those straight from the bytes.
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var dots = 0
            for byte in bytes {
                if byte == UInt8(ascii: ".") { dots += 1 } else if !CharacterClass.isDigitByte(byte) { return false }
            }
            return dots == 0 || (dots == 1 && !(bytes.count - (bytes.firstIndex(of: UInt8(ascii: "."))! + 1) == 3))
        }
        if plain == true, let value = DecimalNumber(digits: text.utf8) { return Reading(value: value, malformation: nil) }
        if let written = WrittenFormNumberReader.read(text) {
            return Reading(value: written.value, malformation: nil, bareSlashDenominator: written.bareSlashDenominator)
        }
        let hasComma = text.contains(",")
        let dots = text.filter { $0 == "." }.count

        if hasComma, dots > 0, let comma = text.firstIndex(of: ","), let dot = text.firstIndex(of: "."), dot < comma {
            // "1.234,5": the European way round.
            let european = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            guard let value = DecimalNumber(digits: european.utf8) else { return nil }
            let english = Self.grouped(value)
            return Reading(value: value, malformation: Malformation(kind: .mixedSeparators, fix: nil, readings: [english]))
        }

        if hasComma {
            let parts = text.split(separator: ".", maxSplits: 1)
            let integerPart = parts[0]
            let fraction = parts.count > 1 ? "." + parts[1] : ""
            let plain = integerPart.filter(\.isNumber) + fraction
            guard let value = DecimalNumber(digits: plain.utf8) else { return nil }
            let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let fixed = groups.filter { !$0.isEmpty }.joined(separator: ",") + fraction
            if integerPart.contains(",,") {
                return Reading(value: value, malformation: Malformation(kind: .doubledSeparator, fix: fixed))
            }
            let tail = groups.dropFirst()
            if groups.count == 2, fraction.isEmpty, let last = tail.first, last.count == 1, let head = groups.first {
                // "58,2": one digit after the only comma reads as a decimal comma.
                let decimal = head + "." + last
                return Reading(value: DecimalNumber(digits: decimal.utf8) ?? value,
                               malformation: Malformation(kind: .decimalComma, fix: nil, readings: [decimal, head + last]))
            }
            if tail.contains(where: { $0.count != 3 }) {
                return Reading(value: value, malformation: Malformation(kind: .groupLength, fix: nil, readings: Self.groupReadings(groups, fraction: fraction)))
            }
            if integerPart.contains(", ") {
                return Reading(value: value, malformation: Malformation(kind: .spaceInGroup, fix: fixed))
            }
            return Reading(value: value, malformation: nil)
        }

        if dots >= 2 {
            let groups = text.split(separator: ".")
            if groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 {
                // "1.234.567": periods as thousands separators.
                guard let value = DecimalNumber(digits: text.filter(\.isNumber).utf8) else { return nil } // too long to be a quantity
                return Reading(value: value, malformation: Malformation(kind: .periodAsThousands, fix: groups.joined(separator: ",")))
            }
            // "3.5.1": no reading is sure; take the first decimal point.
            let firstTwo = groups.prefix(2).joined(separator: ".")
            guard let value = DecimalNumber(digits: firstTwo.utf8) else { return nil }
            return Reading(value: value, malformation: Malformation(kind: .multipleDecimalPoints, fix: nil, readings: [firstTwo, groups.joined()]))
        }

        if dots == 1, let dot = text.firstIndex(of: ".") {
            let decimals = text[text.index(after: dot)...]
            let whole = text[..<dot]
            // Not force-unwrapped: a suffix such as "3.4th" reaches here with non-digits in `decimals`.
            // ".500" has no whole part: a batting average or a calibre, never thousands.
            if decimals.count == 3, (1...3).contains(whole.count), whole.first != "0", countsWholeThings || decimals == "000",
               let thousands = DecimalNumber(digits: (whole + decimals).utf8) {
                let asDecimal = String(whole) + (decimals == "000" ? "" : "." + decimals)
                return Reading(value: thousands, malformation: Malformation(kind: .periodAsThousands, fix: nil,
                                                                             readings: [whole + "," + decimals, asDecimal]))
            }
        }
        guard let value = DecimalNumber(digits: text.utf8) else { return nil }
        return Reading(value: value, malformation: nil)
    }

    /// "6200" → "6,200".
    static func grouped(_ value: DecimalNumber) -> String {
        let text = value.description
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var index = integer.count - 3
        while index > 0 {
            integer.insert(",", at: integer.index(integer.startIndex, offsetBy: index))
            index -= 3
        }
        return parts.count > 1 ? integer + "." + parts[1] : integer
    }

    /// For "220,00" the candidates "220,000" and "22,000"; for "1,0312" "10,312" and "1,312".
    private static func groupReadings(_ groups: [String], fraction: String) -> [String] {
        let joined = groups.joined()
        var readings: [String] = []
        if let last = groups.last, last.count < 3 {
            let padded = groups.dropLast().joined() + last + String(repeating: "0", count: 3 - last.count)
            if let value = DecimalNumber(digits: padded.utf8) { readings.append(grouped(value) + fraction) }
        }
        if let value = DecimalNumber(digits: joined.utf8) { readings.append(grouped(value) + fraction) }
        if let last = groups.last, last.count > 3 {
            let trimmed = groups.dropLast().joined() + last.suffix(3)
            if let value = DecimalNumber(digits: trimmed.utf8) { readings.append(grouped(value) + fraction) }
        }
        var seen = Set<String>()
        return readings.filter { seen.insert($0).inserted }
    }
}
