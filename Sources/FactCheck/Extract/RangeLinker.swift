/// Joins two figures written as one range into one quantity whose ends share the unit and scale:
/// "between 30 and 50 others", "15 to 22 miles per hour", "US$89 to $93 billion", "aged 18 to 34",
/// "ranging from 252 to 287 miles". ("12–24 months" is read whole by the quantity pattern.)
///
/// "from X to Y" after any other word is a change ("rose from 48,200 to 61,400") that arithmetic
/// checks read as two figures: it stays two, but a bare low end takes the unit and scale of the
/// high end, so "from 3 to 4 million tonnes" is 3 million tonnes, not a count of 3.
struct RangeLinker {
    /// Words before "from" that make "from X to Y" a range (qualifiers.yml `ranges`).
    let rangeWordsBeforeFrom: Set<String>
    /// Words that make the figure after them a change (arithmetic.yml `rise`, `fall`): "rose 20 to 150" is no range.
    let changeWords: Set<String>

    init(rules: RuleSet) {
        rangeWordsBeforeFrom = Set(rules.ranges.wordsBeforeFrom.map { $0.lowercased() })
        changeWords = rules.arithmetic.rises.union(rules.arithmetic.falls)
    }

    /// Dimensions whose two figures are two points, never the ends of one amount ("2010 to 2015", "9am to 5pm").
    private static let pointDimensions: Set<String> = ["date", "time-of-day", "position", "rank"]

    func link(_ quantities: inout [Quantity], prose: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index + 1 < quantities.count {
            let first = quantities[index], second = quantities[index + 1]
            // Most neighbours are far apart: look at the gap's length before reading any word.
            let gapLength = second.proseSpan.lowerBound - first.proseSpan.upperBound
            guard gapLength == 4 || gapLength == 5 else { index += 1; continue }
            let gap = Self.lowercased(prose, first.proseSpan.upperBound, second.proseSpan.lowerBound)
            let joinable = first.upperValue == nil && second.upperValue == nil && first.malformation == nil && second.malformation == nil
                && !Self.pointDimensions.contains(first.unit.dimension) && !Self.pointDimensions.contains(second.unit.dimension)
            guard joinable, gap == " and " || gap == " to " else { index += 1; continue }
            let before = Self.wordBefore(first.proseSpan.lowerBound, prose)
            let isRange: Bool
            if gap == " and " {
                isRange = before == "between"
            } else if before == "from" {
                isRange = rangeWordsBeforeFrom.contains(Self.wordBefore(Self.start(ofWordBefore: first.proseSpan.lowerBound, prose), prose))
            } else {
                isRange = !changeWords.contains(before)
            }
            guard let unit = Self.sharedUnit(first, second) else { index += 1; continue }
            let low = Self.scaledLike(first, second)
            if isRange, Self.spanOneAmount(low.value.doubleValue, second.value.doubleValue) {
                quantities[index] = Self.joined(low, second, unit: unit)
                quantities.remove(at: index + 1)
                continue
            }
            if gap == " to ", before == "from", first.unit == .count, second.unit != .count {
                quantities[index] = low
                quantities[index].unit = unit
            }
            index += 1
        }
    }

    /// Ends of one amount rise, and not tenfold: "improved 2.1% to 47.3%" is a change and a new level,
    /// "won 5 to 4" a score. (Below zero only the order counts: "-5 to 3C".)
    private static func spanOneAmount(_ low: Double, _ high: Double) -> Bool {
        low < high && (low <= 0 || high <= 10 * low)
    }

    /// The unit both ends have: the same, or the high end's when the low end is a bare number. A bare high end
    /// takes the low end's unit only after an age or a currency ("aged 18 to 34", "$5 to 10"): after a percent it
    /// is a new level ("2% to 3,400").
    private static func sharedUnit(_ first: Quantity, _ second: Quantity) -> Unit? {
        if first.unit == second.unit || first.unit == .count { return second.unit }
        if second.unit == .count, second.noun == nil, ["age", "currency"].contains(first.unit.dimension) { return first.unit }
        return nil
    }

    /// The low end with the high end's scale when it has none of its own ("89" in "US$89 to $93 billion").
    private static func scaledLike(_ first: Quantity, _ second: Quantity) -> Quantity {
        // A scale word only moves the exponent: "93 billion" is 93 × 10⁹ with the digits as written.
        let power = second.value.exponent - second.written.exponent
        guard first.value.exponent == first.written.exponent, power > 0, second.value.significand.magnitude == second.written.significand.magnitude else { return first }
        var low = first
        low.value = first.value.scaled(byPowerOfTen: power)
        return low
    }

    private static func joined(_ low: Quantity, _ high: Quantity, unit: Unit) -> Quantity {
        var range = low
        range.upperValue = high.value
        range.unit = unit
        range.bound = .range
        range.span = low.span.lowerBound..<high.span.upperBound
        range.proseSpan = low.proseSpan.lowerBound..<high.proseSpan.upperBound
        range.noun = high.noun ?? low.noun
        range.per = high.per ?? low.per
        range.hedge = low.hedge ?? high.hedge
        range.rangeEnds = [low, high].map { end in
            var end = end
            end.unit = unit
            return end
        }
        return range
    }

    private static func lowercased(_ prose: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard start < end, end - start <= 5 else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: prose[start..<end]), as: UTF8.self).lowercased()
    }

    /// Where the word before `offset` starts (past the spaces before `offset`).
    private static func start(ofWordBefore offset: Int, _ prose: UnsafeBufferPointer<UInt8>) -> Int {
        var end = offset
        while end > 0, prose[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, CharacterClass.isLetterByte(prose[start - 1]) { start -= 1 }
        return start
    }

    /// The ASCII word right before `offset`, lower-cased ("" when there is none).
    private static func wordBefore(_ offset: Int, _ prose: UnsafeBufferPointer<UInt8>) -> String {
        var end = offset
        while end > 0, prose[end - 1] == UInt8(ascii: " ") { end -= 1 }
        let start = start(ofWordBefore: offset, prose)
        return String(decoding: UnsafeBufferPointer(rebasing: prose[start..<end]), as: UTF8.self).lowercased()
    }
}
