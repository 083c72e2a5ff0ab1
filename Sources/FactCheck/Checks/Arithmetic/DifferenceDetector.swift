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
            for (position, stated) in sentence.enumerated() where position > 0 && position + 1 < sentence.count {
                if let mismatch = check(prose, sentence, position: position, stated: stated) { found.append(mismatch) }
            }
        }
        return found
    }

    private func check(_ prose: ArithmeticProse, _ sentence: [Int], position: Int, stated: Int) -> ArithmeticMismatch? {
        let difference = prose.quantities[stated]
        guard prose.isFirm(stated), difference.bound == .exact, difference.value.doubleValue > 0,
              !["date", "rank", "percent", "percentage_point", "temperature"].contains(difference.unit.dimension) else { return nil }
        // "16 seats short of the", "43 seconds off the course record of": the noun may stand between.
        let words = prose.wordsAfter(stated, in: sentence)
        let nounWords = Set((difference.noun?.lowercased() ?? "").split(separator: " ").map(String.init))
        var match: (after: ArraySlice<String>, relation: (phrase: String, sign: Double))?
        for skip in 0...min(2, words.count) where words.prefix(skip).allSatisfy(nounWords.contains) {
            let after = words.dropFirst(skip)
            if let relation = cues.differences.first(where: { Array(after).starts(with: $0.phrase) }) { match = (after, relation); break }
        }
        guard let (after, relation) = match else { return nil }
        // After the phrase, only "the …" words leading to the figure: "short of the 176", "off the course record of 2:05:11".
        let rest = after.dropFirst(relation.phrase.split(separator: " ").count)
        guard rest.count <= 4, rest.isEmpty || rest.first == "the" || rest.first == "its" else { return nil }
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
