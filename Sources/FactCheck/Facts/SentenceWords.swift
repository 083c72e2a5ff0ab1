/// The words of one sentence with their prose byte ranges.
struct SentenceWords {
    struct Word {
        var range: Range<Int>
        var text: String
        var isCapitalized: Bool
    }

    let words: [Word]

    /// Words are runs of letters and digits, with inner dots and apostrophes ("U.S.", "Kiptoo's"); hyphens split words.
    init(_ prose: [UInt8], _ sentence: Range<Int>) {
        let scalars = Array(String(decoding: prose[sentence], as: UTF8.self).unicodeScalars)
        var words: [Word] = []
        var offset = sentence.lowerBound
        var start: Int?
        var text = String.UnicodeScalarView()
        func finish() {
            if let begin = start {
                var word = String(text)
                if word.hasSuffix("."), !(word.count >= 3 && word.dropLast().contains(".")) { word.removeLast() }
                let first = word.unicodeScalars.first
                words.append(Word(range: begin..<(begin + word.utf8.count), text: word, isCapitalized: first.map { $0.properties.isUppercase } ?? false))
            }
            start = nil
            text = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
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
