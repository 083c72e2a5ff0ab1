/// Reads what a number counts or measures from the words after it: "54,000 ↓U.S. military
/// personnel based in Japan" → "U.S. military personnel".
struct NounPhraseReader: Sendable {
    let stopWords: Set<String>
    let maxWords: Int

    init(rules: NounRules) {
        stopWords = rules.stopWords
        maxWords = rules.maxWords
    }

    /// The phrase starting at prose offset `start` (after white space), or nil.
    /// With `afterOf`, the phrase must be introduced by "of" ("2% of GDP", "3,800 tonnes of fuel").
    func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, afterOf: Bool) -> String? {
        var position = start
        var words: [String] = []
        if afterOf {
            guard let of = nextToken(bytes, from: position, limit: limit), of.word.lowercased() == "of" else { return nil }
            position = of.end
            if let article = nextToken(bytes, from: position, limit: limit), ["the", "a", "an", "its", "their"].contains(article.word.lowercased()) {
                position = article.end
            }
        }
        // "a 26,400-person trial": a hyphenated compound counts its first word, and only that.
        let compound = !afterOf && position < limit && bytes[position] == UInt8(ascii: "-")
        if compound { position += 1 }
        while words.count < (compound ? 1 : maxWords), let token = nextToken(bytes, from: position, limit: limit) {
            let lower = token.word.lowercased()
            guard !stopWords.contains(lower), let first = token.word.unicodeScalars.first, !CharacterClass.isDigit(first) else { break }
            // A participle after the noun starts a new clause: "personnel based in Japan".
            if !words.isEmpty, lower.hasSuffix("ed") || lower.hasSuffix("ing") { break }
            words.append(token.word)
            position = token.end
            if token.endsPhrase { break }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    private struct Token {
        var word: String
        var end: Int
        /// Punctuation right after the word ends the phrase.
        var endsPhrase: Bool
    }

    /// The next word after single spaces; punctuation other than inner '-', '.', '’' ends it.
    private func nextToken(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Token? {
        var index = start
        var spaces = 0
        while index < limit, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0xC2 && index + 1 < limit && bytes[index + 1] == 0xA0 {
            index += bytes[index] == 0xC2 ? 2 : 1
            spaces += 1
        }
        guard spaces <= 2, index < limit else { return nil }
        let wordStart = index
        while index < limit {
            let byte = bytes[index]
            if byte >= 0x80 || CharacterClass.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "&") {
                index += 1
            } else if byte == UInt8(ascii: "."), index + 1 < limit, CharacterClass.isLetterByte(bytes[index + 1]) {
                index += 1 // "U.S": a dot inside an abbreviation
            } else {
                break
            }
        }
        // Keep the closing dot of an abbreviation like "U.S." but not a full stop after a word.
        var wordEnd = index
        if index < limit, bytes[index] == UInt8(ascii: "."), wordEnd - wordStart >= 2, bytes[wordEnd - 2] == UInt8(ascii: ".") {
            wordEnd += 1
            index += 1
        }
        // Curly apostrophes and quotes are multi-byte: trim trailing non-letters.
        while wordEnd > wordStart, bytes[wordEnd - 1] == UInt8(ascii: "-") || bytes[wordEnd - 1] == UInt8(ascii: "'") { wordEnd -= 1 }
        guard wordEnd > wordStart else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]), as: UTF8.self)
        guard word.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else { return nil }
        let endsPhrase = index >= limit || bytes[index] != UInt8(ascii: " ")
        return Token(word: word, end: index, endsPhrase: endsPhrase)
    }
}

/// ASCII byte classes used when stepping through prose.
enum CharacterClass {
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }
    static func isDigitByte(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetterByte(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isWordByte(_ byte: UInt8) -> Bool { isLetterByte(byte) || isDigitByte(byte) || byte == UInt8(ascii: "_") }
}
