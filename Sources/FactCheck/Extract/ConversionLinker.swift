/// Pairs a quantity with the conversion written after it in brackets: "100 km (62 miles)",
/// "a 400-metre (1,312-foot) vessel", "€85m (£72m)".
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
}
