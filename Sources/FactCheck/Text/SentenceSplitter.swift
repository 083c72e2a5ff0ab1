/// Splits prose into sentences, in one pass over the bytes.
///
/// Policy:
/// - A newline always ends a sentence. The Markdown and HTML readers turn soft line breaks inside a
///   paragraph into spaces and emit a newline for each block end, so this holds for every format;
///   in plain text each line is a paragraph (news copy puts one paragraph on a line).
/// - ".", "!" or "?" (optionally followed by more of them and by closing quotes or brackets) ends a
///   sentence when whitespace and then an uppercase letter, digit or opening quote follows.
/// - A "." after a title, month or similar abbreviation ("Gen.", "Dr.", "Jan.", "No.", "e.g.") or a
///   single-letter initial ("John F. Kennedy") never ends one. After dotted initialisms ("U.S.",
///   "a.m.") and company or name suffixes ("Inc.", "Jr.") it ends one only when the next word is a
///   common sentence opener ("The", "It", "But", …): "U.S. military" stays whole, "…in the U.S.
///   The next day…" splits.
/// - "no.", "vol.", "p." and similar labels do not end a sentence before a number ("report no. 6").
/// - "6.2" never splits (no whitespace after the point).
///
/// Ranges exclude surrounding ASCII whitespace and together cover every other byte.
public enum SentenceSplitter {
    /// Sentence ranges of `bytes`, sorted and non-overlapping.
    public static func split(_ bytes: [UInt8]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start: Int?
        var lastNonSpace = 0
        var index = 0
        let end = bytes.count

        func close() {
            if let open = start { sentences.append(open..<lastNonSpace) }
            start = nil
        }

        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                close()
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                index += 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                if start == nil { start = index }
                let after = endOfTerminator(bytes, from: index + 1)
                lastNonSpace = after
                if let next = boundary(bytes, terminator: index, after: after) {
                    close()
                    index = next
                } else {
                    index = after
                }
            default:
                if start == nil { start = index }
                index = bytes.withUnsafeBufferPointer { buffer in
                    var index = index + 1
                    while index < end, !isBoundaryCandidate(buffer[index]) { index += 1 }
                    return index
                }
                lastNonSpace = index
            }
        }
        close()
        return sentences
    }

    /// Whitespace and terminators: the only bytes the scan stops at.
    @inline(__always)
    private static func isBoundaryCandidate(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0B, 0x0C,
             UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            true
        default:
            false
        }
    }

    /// The offset after repeated terminators and closing quotes or brackets.
    private static func endOfTerminator(_ bytes: [UInt8], from: Int) -> Int {
        var index = from
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
                 UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                index += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99 || bytes[index + 2] == 0xA6):
                index += 3 // ” ’ …
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xBB:
                index += 2 // »
            default:
                return index
            }
        }
        return index
    }

    /// Where the next sentence may start if the terminator at `terminator` ends this one, else nil.
    private static func boundary(_ bytes: [UInt8], terminator: Int, after: Int) -> Int? {
        var next = after
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") || bytes[next] == UInt8(ascii: "\r") {
            next += 1
        }
        guard next > after else { return nil }
        guard next < bytes.count else { return next }
        guard startsSentence(bytes, at: next) else { return nil }
        guard bytes[terminator] == UInt8(ascii: ".") else { return next }
        switch abbreviationKind(bytes, dotAt: terminator) {
        case .none: return next
        case .never: return nil
        case .beforeOpener: return isOpenerWord(bytes, at: next) ? next : nil
        case .beforeNumber: return bytes[next].isASCIIDigit ? nil : next
        }
    }

    private static func startsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "\n"):
            return true
        case ..<0x80:
            return false
        default:
            // “ ‘ « open quotes; otherwise a non-ASCII uppercase letter ("Élodie", "Ørsted").
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98 {
                return true
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAB { return true }
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                return scalar.properties.isUppercase
            }
            return false
        }
    }

    private enum Abbreviation { case none, never, beforeOpener, beforeNumber }

    /// What the word ending at the "." at `dot` says about a sentence boundary.
    private static func abbreviationKind(_ bytes: [UInt8], dotAt dot: Int) -> Abbreviation {
        var wordStart = dot
        while wordStart > 0 {
            let byte = bytes[wordStart - 1]
            let isWordByte = byte == UInt8(ascii: ".") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            guard isWordByte else { break }
            wordStart -= 1
        }
        // A digit or other byte right before the letters ("2019.", "km².") is not an abbreviation.
        if wordStart > 0, bytes[wordStart - 1] >= 0x80 || isAlphanumeric(bytes[wordStart - 1]) { return .none }
        let word = bytes[wordStart..<dot]
        if word.isEmpty { return .none }
        if word.count == 1, let letter = word.first, letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "Z") {
            return .never // an initial
        }
        let text = String(decoding: word, as: UTF8.self)
        if neverEnds.contains(text) { return .never }
        if endsBeforeOpener.contains(text) || word.contains(UInt8(ascii: ".")) { return .beforeOpener }
        if numberLabels.contains(text) { return .beforeNumber }
        return .none
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func isOpenerWord(_ bytes: [UInt8], at index: Int) -> Bool {
        var end = index
        while end < bytes.count, bytes[end] | 0x20 >= UInt8(ascii: "a"), bytes[end] | 0x20 <= UInt8(ascii: "z") { end += 1 }
        // A quote or digit after "U.S." is as good as an opener: "…in the U.S. 'We…'".
        if end == index { return true }
        return openers.contains(String(decoding: bytes[index..<end], as: UTF8.self))
    }

    /// Abbreviations a sentence does not end with: what follows is a name, number or example.
    private static let neverEnds: Set<String> = [
        "Gen", "Lt", "Col", "Maj", "Adm", "Sgt", "Capt", "Cpl", "Pvt", "Brig", "Cmdr", "Gov", "Sen", "Rep",
        "Rev", "Hon", "Pres", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Mt", "Ft", "No", "Nos", "Fig", "vs",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "e.g", "i.e", "cf", "approx", "est",
    ]

    /// Labels a number follows ("report no. 6", "vol. 2", "p. 14"): no boundary before that number.
    private static let numberLabels: Set<String> = ["no", "nos", "vol", "p", "pp", "art", "sec", "ch", "fig", "ed"]

    /// Suffixes that often end a sentence too ("…shares of Acme Inc. The company…").
    private static let endsBeforeOpener: Set<String> = ["Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Bros", "Plc"]

    /// Words that open a sentence far more often than they continue a name.
    private static let openers: Set<String> = [
        "The", "A", "An", "It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our", "I", "You",
        "In", "On", "At", "By", "For", "From", "To", "With", "But", "And", "Or", "So", "Yet", "As", "If",
        "This", "That", "These", "Those", "There", "Then", "Now", "When", "While", "After", "Before",
        "However", "Meanwhile", "Still", "Also", "Some", "Many", "Most", "All", "No", "Not", "Officials",
    ]
}
