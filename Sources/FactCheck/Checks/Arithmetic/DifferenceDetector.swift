/// A stated difference between two figures of one sentence that does not follow from them:
/// "With 162 seats, Civic Union is 16 seats short of the 176 it needs" (14), "2:04:37 took 43
/// seconds off the course record of 2:05:11" (34 seconds), "41 more than the 121 …".
///
/// The difference stands between its operands: one figure of its unit before it (exactly one in the
/// sentence, so the minuend is not a guess) and the figure right after "short of", "more than",
/// "off the record of", …. All three must be firm; each is taken as precise to its last non-zero digit.
struct DifferenceDetector: ArithmeticDetector {
    /// The phrases after a stated difference (arithmetic.yml `more_than`, `less_than`, `off_record`).
    let cues: ArithmeticCues

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            for (position, stated) in sentence.enumerated() where position > 0 {
                if position + 1 < sentence.count, let mismatch = check(prose, sentence, position: position, stated: stated) {
                    found.append(mismatch)
                } else if position >= 2, let mismatch = gap(prose, sentence, position: position) {
                    found.append(mismatch)
                }
            }
        }
        return found
    }

    /// "at 23,000 feet and 22,400 feet, just 400 feet apart", "scored 86 and conceded 31, a goal
    /// difference of +45": a gap stated right after the two figures it separates, with nothing
    /// between them that dates either one ("86 in 2023 and 71 in 2024" are no pair).
    private func gap(_ prose: ArithmeticProse, _ sentence: [Int], position: Int) -> ArithmeticMismatch? {
        let stated = sentence[position], first = sentence[position - 2], second = sentence[position - 1]
        let difference = prose.quantities[stated]
        guard prose.isFirm(stated), difference.bound == .exact, ArithmeticProse.isAmount(difference) || PercentChangeDetector.isPoints(difference) else { return nil }
        let words = prose.wordsAfter(stated, in: sentence)
        let nounWords = Set((difference.noun?.lowercased() ?? "").split(separator: " ").map(String.init))
        let isApart = cues.apart.contains { phrase in Array(words.drop(while: nounWords.contains)).starts(with: phrase) }
        let before = prose.wordsBefore(stated, in: sentence)
        let margin = cues.marginOf.first { before.ends(with: $0) }
        guard isApart || margin != nil else { return nil }
        // The gap follows the second figure at once ("22,400 feet, just 400 feet apart"); words between
        // say the figures measure something else ("65 km from the coast, lie 30 km apart").
        let between = before.dropLast(margin.map { $0.split(separator: " ").count } ?? 0)
        guard between.allSatisfy(["just", "only", "some", "about", "roughly", "nearly", "almost", "with", "for"].contains) else { return nil }
        // A margin in points between two percentages ("38.6% … to 31.9%, a lead of 6.7 points").
        let pointsOfPercent = PercentChangeDetector.isPoints(difference) && prose.quantities[first].unit.id == "%"
        guard [first, second].allSatisfy({ prose.isFirm($0) && prose.quantities[$0].bound == .exact
                  && (pointsOfPercent ? prose.quantities[$0].unit.id == "%" : Self.sameUnit(prose.quantities[$0], difference)) }) else { return nil }
        if sentence[..<position].contains(where: { prose.quantities[$0].unit.dimension == "date" }) { return nil }
        let a = prose.quantities[first], b = prose.quantities[second]
        let actual = abs(a.baseValue - b.baseValue)
        let statedValue = pointsOfPercent ? difference.value.doubleValue : abs(difference.baseValue)
        // Round operands are read to three digits, as for parts of a total: "23,000 feet" is not ±500.
        let rounding = [difference, a, b].reduce(0) { $0 + ArithmeticProse.baseHalfWidth($1, approximateSlack: 0) }
        let statedRounding = pointsOfPercent ? NumberPrecision.halfStep(of: difference) : 0
        guard abs(actual - statedValue) > (rounding + statedRounding) * 1.0001 else { return nil }
        let (larger, smaller) = a.baseValue >= b.baseValue ? (first, second) : (second, first)
        let result = pointsOfPercent ? NumberPrecision.format(actual, decimals: 1) : NumberPrecision.format(difference.unit.fromBase(actual), like: [difference])
        let message = "'\(prose.written(larger))' − '\(prose.written(smaller))' = \(result), not '\(prose.written(stated))'"
        return ArithmeticMismatch(message: message, stated: difference, operands: [prose.quantities[larger], prose.quantities[smaller]])
    }

    /// One unit (a count or a currency exactly; a measure by dimension).
    static func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit == .count || b.unit == .count || a.unit.dimension == "currency" { return a.unit == b.unit }
        return a.unit.dimension == b.unit.dimension
    }

    private func check(_ prose: ArithmeticProse, _ sentence: [Int], position: Int, stated: Int) -> ArithmeticMismatch? {
        let difference = prose.quantities[stated]
        guard prose.isFirm(stated), difference.bound == .exact, ArithmeticProse.isAmount(difference) else { return nil }
        // "16 seats short of the", "43 seconds off the course record of": the noun may stand between.
        let words = prose.wordsAfter(stated, in: sentence)
        let nounWords = Set((difference.noun?.lowercased() ?? "").split(separator: " ").map(String.init))
        var match: (after: ArraySlice<String>, relation: (phrase: String, sign: Double))?
        for skip in 0...min(2, words.count) where words.prefix(skip).allSatisfy(nounWords.contains) {
            let after = words.dropFirst(skip)
            if let relation = cues.differences.first(where: { Array(after).starts(with: $0.phrase) }) { match = (after, relation); break }
        }
        guard let (after, relation) = match else { return nil }
        // After the phrase, only "the …" words leading to the figure: "short of the 176", "off the course record of 2:05:11",
        // or an owner's name: "behind Aeschi's 21".
        let rest = after.dropFirst(relation.phrase.split(separator: " ").count)
        guard rest.count <= 4, rest.isEmpty || rest.first == "the" || rest.first == "its" || (rest.count == 1 && rest.first!.hasSuffix("'s")) else { return nil }
        if cues.offRecord.contains(relation.phrase), !rest.contains("record") && !rest.contains("time") && !rest.contains("best") { return nil }

        let later = sentence[position + 1]
        let sameUnit = { (index: Int) -> Bool in
            let other = prose.quantities[index]
            if difference.unit == .count || other.unit == .count || difference.unit.dimension == "currency" { return other.unit == difference.unit }
            return other.unit.dimension == difference.unit.dimension
        }
        let earlier = sentence[..<position].filter(sameUnit)
        // "40 more than the 210": the extractor may read "more than" as the later figure's bound; here it is the relation.
        guard earlier.count == 1, let first = earlier.first, sameUnit(later), prose.isFirm(first), prose.isFirm(later, ignoringBound: true),
              prose.quantities[first].bound == .exact, prose.quantities[later].bound != .approximate else { return nil }

        let a = prose.quantities[first].baseValue, b = prose.quantities[later].baseValue
        let actual = relation.sign * (a - b)
        let rounding = [difference, prose.quantities[first], prose.quantities[later]].reduce(0) {
            $0 + abs($1.unit.toBase(NumberPrecision.halfStep(of: $1)) - $1.unit.toBase(0))
        }
        guard actual > 0, abs(actual - difference.baseValue) > rounding * 1.0001 else { return nil }
        let (minuend, subtrahend) = relation.sign > 0 ? (first, later) : (later, first)
        let result = NumberPrecision.format(difference.unit.fromBase(actual), like: [difference])
        let message = "'\(prose.written(minuend))' − '\(prose.written(subtrahend))' = \(result), not '\(prose.written(stated))'"
        return ArithmeticMismatch(message: message, stated: difference, operands: [prose.quantities[minuend], prose.quantities[subtrahend]])
    }
}
