/// Bare numbers that the words around them make a measure: "aged 40" (a phrase before the number,
/// units.yml `before`), and an age between commas after a name ("Moskalik, 59, said").
extension Extractor {
    /// The unit a phrase right before `offset` gives a bare number ("aged 18", "at the age of 58").
    func unitFromPhrase(before offset: Int, _ prose: UnsafeBufferPointer<UInt8>) -> Unit? {
        for (phrase, unit) in lexicon.unitsByPhraseBefore where offset >= phrase.count {
            let start = offset - phrase.count
            guard start == 0 || !CharacterClass.isLetterByte(prose[start - 1]) else { continue }
            if zip(phrase, prose[start..<offset]).allSatisfy({ $0 == $1 | ($1 >= 0x41 && $1 <= 0x5A ? 0x20 : 0) }) { return unit }
        }
        return nil
    }

    /// An age written between commas after a capitalised name: "Dvorak, 61, said". A month or a
    /// weekday before the comma is a date ("In March, 40 people"), and a number above 120 no age.
    func ageAfterName(_ span: Range<Int>, value: DecimalNumber, _ prose: UnsafeBufferPointer<UInt8>) -> Unit? {
        guard let age = lexicon.unitById[Self.ageUnitId], value.exponent >= 0, (1...120).contains(value.doubleValue),
              span.upperBound < prose.count, prose[span.upperBound] == UInt8(ascii: ","),
              span.lowerBound >= 4, prose[span.lowerBound - 1] == UInt8(ascii: " "), prose[span.lowerBound - 2] == UInt8(ascii: ",") else { return nil }
        let end = span.lowerBound - 2
        var start = end
        while start > 0, CharacterClass.isLetterByte(prose[start - 1]) || prose[start - 1] >= 0x80 { start -= 1 }
        guard start < end, prose[start] >= UInt8(ascii: "A"), prose[start] <= UInt8(ascii: "Z") else { return nil }
        let word = text(prose, start..<end).lowercased()
        guard lexicon.months[word] == nil, lexicon.weekdays[word] == nil else { return nil }
        return age
    }

    /// The unit id of ages in units.yml.
    static let ageUnitId = "age"
}
