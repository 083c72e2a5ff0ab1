/// The words of one sentence with their prose byte ranges.
struct SentenceWords {
    struct Word {
        var range: Range<Int>
        var text: String
        /// `text` lower-cased, once per sentence rather than once per figure that looks at it.
        var lower: String
        var isCapitalized: Bool
        /// Inside brackets: "(Coastline Wire)" in a dateline names the outlet, not whose figure it is.
        var isParenthesized = false
    }

    let words: [Word]

    /// Words are runs of letters and digits, with inner dots and apostrophes ("U.S.", "Kiptoo's"); hyphens split words.
    init(_ prose: [UInt8], _ sentence: Range<Int>) {
        let scalars = Array(String(decoding: prose[sentence], as: UTF8.self).unicodeScalars)
        var words: [Word] = []
        var offset = sentence.lowerBound
        var start: Int?
        var depth = 0
        var text = String.UnicodeScalarView()
        func finish() {
            if let begin = start {
                var word = String(text)
                if word.hasSuffix("."), !(word.count >= 3 && word.dropLast().contains(".")) { word.removeLast() }
                let first = word.unicodeScalars.first
                words.append(Word(range: begin..<(begin + word.utf8.count), text: word, lower: word.lowercased(), isCapitalized: first.map { $0.properties.isUppercase } ?? false,
                                  isParenthesized: depth > 0))
            }
            start = nil
            text = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" { depth += 1 }
            let isWord = Self.isWordScalar(scalar)
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            // Hyphenated compounds are split: "data-centre" shares "centre" with "Data centre".
            let joins = start != nil && (scalar == "." || scalar == "'" || scalar == "’")
                && (next.map(Self.isWordScalar) ?? false || (scalar == "." && text.contains(".")))
            if isWord || joins {
                if start == nil { start = offset }
                text.append(scalar)
            } else {
                finish()
            }
            // Closed after the word before it is finished: "(National Wire)" holds "Wire".
            if scalar == ")" { depth = max(0, depth - 1) }
            offset += UTF8.width(scalar)
        }
        finish()
        self.words = words
    }

    /// A letter or digit; ASCII is decided without Unicode property tables (most news copy is ASCII).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
