/// Pairs a quantity with the conversion written after it in brackets: "100 km (62 miles)",
/// "a 400-metre (1,312-foot) vessel", "€85m (£72m)"; and joins "between 30 and 40" into a range.
enum ConversionLinker {
    static func link(_ quantities: inout [Quantity], prose: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index + 1 < quantities.count {
            let first = quantities[index], second = quantities[index + 1]
            let gapStart = first.proseSpan.upperBound, gapEnd = second.proseSpan.lowerBound
            // "(about 70,000 short tons)": the bound words the extractor read inside the bracket may stand before the figure.
            if isOpeningBracket(gapStart, gapEnd, prose, allowingWords: second.bound != .exact), first.unit.dimension == second.unit.dimension,
               first.unit.id != second.unit.id, !["count", "date", "rank"].contains(first.unit.dimension) {
                quantities[index + 1].conversionOf = index
            } else if isWord(" and ", gapStart, gapEnd, prose), first.upperValue == nil, second.upperValue == nil, endsWithBetween(before: first.proseSpan.lowerBound, prose),
                      first.unit == second.unit || first.unit == .count {
                // "between 30 and 40 people": one range.
                quantities[index].upperValue = second.value
                quantities[index].unit = second.unit
                quantities[index].bound = .range
                quantities[index].span = first.span.lowerBound..<second.span.upperBound
                quantities[index].proseSpan = first.proseSpan.lowerBound..<second.proseSpan.upperBound
                quantities[index].noun = second.noun ?? first.noun
                quantities.remove(at: index + 1)
                continue
            }
            index += 1
        }
    }

    /// Whether the prose between two quantities is an opening bracket, with spaces around it (and,
    /// with `allowingWords`, words after the bracket: the bound phrase of the figure that follows).
    private static func isOpeningBracket(_ start: Int, _ end: Int, _ prose: UnsafeBufferPointer<UInt8>, allowingWords: Bool) -> Bool {
        guard start < end, end - start <= (allowingWords ? 28 : 8) else { return false }
        var brackets = 0
        for index in start..<end {
            switch prose[index] {
            case UInt8(ascii: "("): brackets += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default:
                guard allowingWords, brackets == 1, prose[index].isASCIILetter || prose[index] == UInt8(ascii: ".") else { return false }
            }
        }
        return brackets == 1
    }

    private static func isWord(_ word: StaticString, _ start: Int, _ end: Int, _ prose: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        for index in 0..<word.utf8CodeUnitCount where prose[start + index] != word.utf8Start[index] { return false }
        return true
    }

    private static func endsWithBetween(before offset: Int, _ prose: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = Array("between ".utf8)
        guard offset >= word.count else { return false }
        for (index, byte) in word.enumerated() where prose[offset - word.count + index] | 0x20 != byte | 0x20 { return false }
        return true
    }
}
