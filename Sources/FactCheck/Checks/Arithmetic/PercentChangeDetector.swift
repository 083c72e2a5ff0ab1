/// A stated change that does not follow from the figures beside it, within one sentence:
/// "rose from 1,151,200 to 1,248,300, a rise of 9.7 percent" (8.4%), "rose 31%, from 48,200 to 61,400"
/// (27.4%), "58.2 GW, 9% above the previous record of 56 GW" (3.9%), and "up 6.2 percentage points
/// from 61.2%" checked as a difference of percentages.
///
/// It needs a change word (rose, up, a rise of, fell, …) at the stated figure, a "from" figure and
/// one figure it changed to, all of one unit. The stated change is checked within the rounding it
/// is written with (half its last digit, at least `slack` points), widened for "about"; "more than
/// 8%" only has to be exceeded. The operands' own rounding ("48,200" is ±50) widens the result.
struct PercentChangeDetector: ArithmeticDetector {
    let slack: Double
    let approximateSlack: Double
    /// Change, qualifier and comparison words (arithmetic.yml `rise`, `fall`, `change_qualifiers`, `above`, `below`).
    let cues: ArithmeticCues

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            for stated in sentence where Self.isChange(prose.quantities[stated]) || Self.isAmount(prose.quantities[stated]) {
                // "30 more than the 90" compares amounts by difference (DifferenceDetector); only a percent compares by ratio.
                let compared = Self.isChange(prose.quantities[stated]) ? comparison(prose, sentence, stated) : nil
                if let mismatch = compared ?? change(prose, sentence, stated) { found.append(mismatch) }
            }
        }
        return found
    }

    /// A percent or percentage-point figure that can be a stated change.
    static func isChange(_ quantity: Quantity) -> Bool {
        guard quantity.upperValue == nil, quantity.hedge == nil, quantity.malformation == nil, quantity.value.doubleValue > 0 else { return false }
        return isPoints(quantity) || quantity.unit.id == "%"
    }

    /// A figure that can state a change in its own unit ("a fall of 24 mb", "rose by 1.9 metres").
    static func isAmount(_ quantity: Quantity) -> Bool {
        guard quantity.upperValue == nil, quantity.hedge == nil, quantity.malformation == nil, quantity.value.doubleValue > 0 else { return false }
        return (ArithmeticProse.isAmount(quantity) || quantity.unit.dimension == "temperature") && !isPoints(quantity)
    }

    static func isPoints(_ quantity: Quantity) -> Bool {
        quantity.unit.id == "pp" || (quantity.unit == .count && (quantity.noun == "points" || quantity.noun?.hasPrefix("points ") == true))
    }

    /// "58.2 GW on Monday, 9% above the previous record of 56 GW".
    private func comparison(_ prose: ArithmeticProse, _ sentence: [Int], _ stated: Int) -> ArithmeticMismatch? {
        let after = prose.wordsAfter(stated, in: sentence)
        guard let sign = cues.comparisons.first(where: { after.starts(with: $0.phrase) })?.sign else { return nil }
        let position = sentence.firstIndex(of: stated)!
        guard position > 0, position + 1 < sentence.count, !Self.isPoints(prose.quantities[stated]) else { return nil }
        let compared = sentence[position - 1], base = sentence[position + 1]
        // The stated figure stands between its two operands, close to both: "X on Monday, 9% above the record of Y".
        guard prose.wordsBefore(stated, in: sentence).count <= 6, after.count <= 8,
              operandsMatch(prose, compared, base, baseBoundIsTheComparison: true), prose.quantities[compared].unit.id != "%" else { return nil }
        guard let actual = relativeChange(prose, from: base, to: compared) else { return nil }
        let statedRange = statedInterval(prose.quantities[stated], sign: sign)
        guard !actual.overlaps(statedRange) else { return nil }
        let mid = (actual.lowerBound + actual.upperBound) / 2
        let relation = mid >= 0 ? "above" : "below"
        let message = "'\(prose.written(compared))' is \(NumberPrecision.format(abs(mid), decimals: 1))% \(relation) '\(prose.written(base))', not '\(prose.written(stated))' \(sign > 0 ? "above" : "below")"
        return ArithmeticMismatch(message: message, stated: prose.quantities[stated], operands: [prose.quantities[base], prose.quantities[compared]])
    }

    /// "rose 31%, from 48,200 to 61,400"; "was 1,248,300, up from 1,151,200 in 2015, a rise of 9.7 percent".
    private func change(_ prose: ArithmeticProse, _ sentence: [Int], _ stated: Int) -> ArithmeticMismatch? {
        guard let sign = direction(prose, sentence, stated) else { return nil }
        let points = Self.isPoints(prose.quantities[stated])
        let amount = !Self.isChange(prose.quantities[stated])
        let usable = { (index: Int) in
            index != stated && prose.isFirm(index) && (amount ? DifferenceDetector.sameUnit(prose.quantities[index], prose.quantities[stated])
                                                                  && prose.quantities[index].unit.dimension != "date"
                                                              : Self.isOperand(prose.quantities[index], points: points))
        }
        let froms = sentence.filter { usable($0) && Self.endsWithFrom(prose.wordsBefore($0, in: sentence)) }
        guard froms.count == 1, let from = froms.first else { return nil }
        guard let to = target(prose, sentence, from: from, stated: stated, usable: usable) else { return nil }

        let statedQuantity = prose.quantities[stated]
        let statedRange = statedInterval(statedQuantity, sign: sign, slack: amount ? 0 : slack)
        let operands = [prose.quantities[from], prose.quantities[to]]
        let change = "\(sign > 0 ? "a rise" : "a fall") of '\(prose.written(stated))'"
        if amount {
            // "938 mb, down from 952 mb, a fall of 24 mb": the change in the stated figure's own unit.
            let f = baseInterval(prose.quantities[from]), t = baseInterval(prose.quantities[to])
            let unit = statedQuantity.unit
            let low = unit.fromBase(t.lowerBound) - unit.fromBase(f.upperBound), high = unit.fromBase(t.upperBound) - unit.fromBase(f.lowerBound)
            guard !(low...high).overlaps(statedRange) else { return nil }
            let mid = (low + high) / 2
            let computed = NumberPrecision.format(abs(mid), like: [statedQuantity])
            let message = "'\(prose.written(from))' to '\(prose.written(to))' is a \(mid >= 0 ? "rise" : "fall") of \(computed), not \(change)"
            return ArithmeticMismatch(message: message, stated: statedQuantity, operands: operands)
        }
        // As written, for the message: the intervals above only decide.
        let fromValue = prose.quantities[from].baseValue, toValue = prose.quantities[to].baseValue
        let exactPoints = Self.describe(toValue - fromValue, unit: " percentage points")
        if points {
            guard let difference = pointDifference(prose, from: from, to: to), !difference.overlaps(statedRange) else { return nil }
            let message = "'\(prose.written(from))' to '\(prose.written(to))' is \(exactPoints), not \(change)"
            return ArithmeticMismatch(message: message, stated: statedQuantity, operands: operands)
        }
        guard let relative = relativeChange(prose, from: from, to: to), !relative.overlaps(statedRange) else { return nil }
        var message = "'\(prose.written(from))' to '\(prose.written(to))' is \(Self.describe((toValue / fromValue - 1) * 100, unit: "%")), not \(change)"
        // "rose to 64% from 58%, up 6 percent": between two percentages "percent" is relative, but
        // many writers mean points; when the points fit, the wording is ambiguous, not the arithmetic wrong.
        if prose.quantities[from].unit.id == "%", let difference = pointDifference(prose, from: from, to: to) {
            if difference.overlaps(statedRange) {
                message += "; it is \(exactPoints): write 'percentage points' if that is meant"
                return ArithmeticMismatch(message: message, stated: statedQuantity, operands: operands, level: .note)
            }
            message += " (nor \(exactPoints))"
        }
        return ArithmeticMismatch(message: message, stated: statedQuantity, operands: operands)
    }

    /// "a rise of 8.4%": a computed change, with its direction.
    private static func describe(_ value: Double, unit: String) -> String {
        "a \(value >= 0 ? "rise" : "fall") of \(NumberPrecision.format(abs(value), decimals: 1))\(unit)"
    }

    /// +1 for a rise, -1 for a fall, read from the words right before the stated figure ("rose",
    /// "up about", "a rise of") or right after it ("a 9% fall").
    private func direction(_ prose: ArithmeticProse, _ sentence: [Int], _ stated: Int) -> Double? {
        let written = prose.wordsBefore(stated, in: sentence)
        var before = written
        while let last = before.last, cues.changeQualifiers.contains(last) { before.removeLast() }
        if let last = before.last {
            if cues.rises.contains(last) { return 1 }
            if cues.falls.contains(last) { return -1 }
        }
        let after = prose.wordsAfter(stated, in: sentence)
        // "a 9% fall", "6.2 points higher", with "points" read as the figure's noun.
        let next = after.first == "points" || after.first == "percentage" ? after.dropFirst(after.first == "percentage" ? 2 : 1).first : after.first
        guard let next, written.last == "a" || written.last == "an" || Self.isPoints(prose.quantities[stated]) || next == "higher" || next == "lower" else { return nil }
        if cues.rises.contains(next), next != "up" { return 1 }
        if cues.falls.contains(next), next != "down" { return -1 }
        return nil
    }

    static func endsWithFrom(_ words: [String]) -> Bool {
        var words = words
        if let last = words.last, ["the", "a", "an", "its", "their", "his", "her"].contains(last) { words.removeLast() }
        return words.last == "from"
    }

    /// What the "from" figure changed to: the figure after "to" next to it ("from A to B"), else the
    /// one figure after "to" in the sentence ("risen to B, up 45% from A"), else the nearest figure
    /// of the same unit before both ("was B, up from A").
    private func target(_ prose: ArithmeticProse, _ sentence: [Int], from: Int, stated: Int, usable: (Int) -> Bool) -> Int? {
        let position = sentence.firstIndex(of: from)!
        if position + 1 < sentence.count {
            let next = sentence[position + 1]
            if usable(next), prose.wordsBefore(next, in: sentence) == ["to"] { return operandsMatch(prose, from, next) ? next : nil }
        }
        let afterTo = sentence.filter { $0 != from && usable($0) && operandsMatch(prose, from, $0) && prose.wordsBefore($0, in: sentence).last == "to" }
        if afterTo.count == 1 { return afterTo[0] }
        guard afterTo.isEmpty else { return nil }
        let first = min(sentence.firstIndex(of: stated)!, position)
        guard let nearest = sentence[..<first].last(where: { usable($0) && prose.quantities[$0].unit.dimension != "date" }),
              operandsMatch(prose, from, nearest) else { return nil }
        return nearest
    }

    static func isOperand(_ quantity: Quantity, points: Bool) -> Bool {
        if points { return quantity.unit.id == "%" }
        return !["date", "rank", "percentage_point"].contains(quantity.unit.dimension) && !isPoints(quantity)
    }

    /// Same unit (currencies: the same currency), both positive.
    func operandsMatch(_ prose: ArithmeticProse, _ a: Int, _ b: Int, baseBoundIsTheComparison: Bool = false) -> Bool {
        let first = prose.quantities[a], second = prose.quantities[b]
        guard first.value.doubleValue > 0, second.value.doubleValue > 0, prose.isFirm(a), prose.isFirm(b, ignoringBound: baseBoundIsTheComparison) else { return false }
        if first.unit.dimension == "currency" || first.unit.dimension == "count" || first.unit.dimension == "percent" { return first.unit == second.unit }
        return first.unit.dimension == second.unit.dimension && !["date", "rank"].contains(first.unit.dimension)
    }

    /// (to − from) / from in percent, as the interval the operands' rounding allows.
    func relativeChange(_ prose: ArithmeticProse, from: Int, to: Int) -> ClosedRange<Double>? {
        let f = baseInterval(prose.quantities[from]), t = baseInterval(prose.quantities[to])
        guard f.lowerBound > 0 else { return nil }
        return ((t.lowerBound / f.upperBound - 1) * 100)...((t.upperBound / f.lowerBound - 1) * 100)
    }

    /// to − from for two percentages, in points.
    func pointDifference(_ prose: ArithmeticProse, from: Int, to: Int) -> ClosedRange<Double>? {
        let f = baseInterval(prose.quantities[from]), t = baseInterval(prose.quantities[to])
        return (t.lowerBound - f.upperBound)...(t.upperBound - f.lowerBound)
    }

    /// An operand as written, read to at least three significant digits (``ArithmeticProse/baseInterval(_:approximateSlack:)``).
    private func baseInterval(_ quantity: Quantity) -> ClosedRange<Double> {
        ArithmeticProse.baseInterval(quantity, approximateSlack: approximateSlack)
    }

    /// The change a figure states, signed: "up 45%" is 44.5…45.5, "about 4%" 3…5, "more than 8%" 7.85…∞.
    func statedInterval(_ quantity: Quantity, sign: Double) -> ClosedRange<Double> {
        statedInterval(quantity, sign: sign, slack: slack)
    }

    /// The same with a floor of `slack` (0 for an amount: "24 mb" is 23.5…24.5).
    func statedInterval(_ quantity: Quantity, sign: Double, slack: Double) -> ClosedRange<Double> {
        let value = quantity.value.doubleValue
        var low = value, high = value
        switch quantity.bound {
        case .exact:
            let half = max(quantity.value.precision / 2, slack)
            low -= half; high += half
        case .approximate:
            let half = max(quantity.value.precision, value * approximateSlack, slack)
            low -= half; high += half
        case .atLeast: low -= slack; high = .infinity
        case .atMost: low = -.infinity; high += slack
        case .range: low = -.infinity; high = .infinity
        }
        return sign > 0 ? low...high : (-high)...(-low)
    }
}
