/// A stated multiple that the two figures beside it do not bear out:
///
/// - a change: "doubled from 1% to 3%", "halved, falling from 4.2 million to 2.6 million" (the
///   multiple word up to three words before "from"); "more than doubled" only has to reach it.
/// - a comparison: "127,000, almost triple the 69,000", "$9bn, three times the $2bn": the figure
///   before and the one after "the"; "almost" and "nearly" must fall short of the multiple, but by
///   no more than `tolerance`; "more than" must reach it.
///
/// Without a bound word the ratio may miss the multiple by `tolerance` of it ("doubled from 410 to
/// 790" passes, "tripled from 40 to 100" does not).
struct MultipleChangeDetector: ArithmeticDetector {
    let tolerance: Double
    /// The multiple words and their factors (arithmetic.yml `multiples`).
    let cues: ArithmeticCues

    /// How a bound word before the multiple reads it.
    private enum Bound { case exact, atLeast, atMost }

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            for (position, from) in sentence.enumerated() where position + 1 < sentence.count {
                if let mismatch = change(prose, sentence, from: from, to: sentence[position + 1]) { found.append(mismatch) }
            }
            for (position, base) in sentence.enumerated() where position > 0 {
                if let mismatch = comparison(prose, sentence, compared: sentence[position - 1], base: base) { found.append(mismatch) }
            }
        }
        return found
    }

    /// "doubled from A to B", "halved, falling from A to B".
    private func change(_ prose: ArithmeticProse, _ sentence: [Int], from: Int, to: Int) -> ArithmeticMismatch? {
        var before = prose.wordsBefore(from, in: sentence)
        guard before.last == "from" else { return nil }
        before.removeLast()
        // The multiple word, then at most two words of the verb that carries the figures ("halved, falling from").
        guard let wordIndex = (max(0, before.count - 3)..<before.count).reversed().first(where: { cues.multiples[before[$0]] != nil }) else { return nil }
        let word = before[wordIndex], factor = cues.multiples[word]!
        guard prose.wordsBefore(to, in: sentence) == ["to"], prose.isFirm(to, ignoringBound: true) else { return nil }
        let atLeast = Array(before[..<wordIndex]).ends(with: "more than")
        // "more than doubled from 4,000 to 6,500": the bound belongs to "doubled", not to the figures.
        guard prose.isFirm(from, ignoringBound: atLeast),
              atLeast || prose.quantities[to].bound == .exact || prose.quantities[to].bound == .approximate else { return nil }
        return compare(prose, stated: to, base: from, factor: factor, bound: atLeast ? .atLeast : .exact,
                       wording: (atLeast ? "more than " : "") + word, describe: "'\(prose.written(from))' to '\(prose.written(to))' is")
    }

    /// "127,000, almost triple the 69,000": the figure before the multiple against the one after it.
    private func comparison(_ prose: ArithmeticProse, _ sentence: [Int], compared: Int, base: Int) -> ArithmeticMismatch? {
        var before = prose.wordsBefore(base, in: sentence)
        guard let last = before.last, ["the", "its", "their", "his", "her"].contains(last) else { return nil }
        before.removeLast()
        guard let phrase = cues.comparedMultiples.keys.filter({ before.ends(with: $0) }).max(by: { $0.count < $1.count }) else { return nil }
        before.removeLast(phrase.split(separator: " ").count)
        var bound = Bound.exact
        var wording = phrase
        if let qualifier = ["almost", "nearly", "more than", "over"].first(where: { before.ends(with: $0) }) {
            bound = qualifier == "almost" || qualifier == "nearly" ? .atMost : .atLeast
            before.removeLast(qualifier.split(separator: " ").count)
            wording = qualifier + " " + phrase
        } else if let approximate = before.last, ["about", "around", "roughly", "some"].contains(approximate) {
            before.removeLast()
            wording = approximate + " " + phrase
        }
        // Only the compared figure's noun and a verb between it and the multiple: "127,000 visitors, almost triple the".
        guard before.count <= 3, !before.contains("and"), !before.contains("or"),
              prose.isFirm(compared), prose.isFirm(base), prose.quantities[compared].bound == .exact || prose.quantities[compared].bound == .approximate
        else { return nil }
        return compare(prose, stated: compared, base: base, factor: cues.comparedMultiples[phrase]!, bound: bound, wording: wording,
                       describe: "'\(prose.written(compared))' is", against: base)
    }

    private func compare(_ prose: ArithmeticProse, stated: Int, base: Int, factor: Double, bound: Bound, wording: String,
                         describe: String, against: Int? = nil) -> ArithmeticMismatch? {
        let first = prose.quantities[base], second = prose.quantities[stated]
        guard first.unit == second.unit, !["date", "rank"].contains(first.unit.dimension), first.value.doubleValue > 0 else { return nil }
        let ratio = second.baseValue / first.baseValue
        let tooLow = bound != .atLeast ? ratio < factor * (1 - tolerance) : ratio < factor
        let tooHigh = bound == .exact ? ratio > factor * (1 + tolerance) : bound == .atMost && ratio > factor
        guard tooLow || tooHigh else { return nil }
        let ofWhat = against.map { " '\(prose.written($0))'" } ?? ""
        let message = "\(describe) \(Self.describe(ratio, of: ofWhat)), not '\(wording)'"
        return ArithmeticMismatch(message: message, stated: second, operands: [first])
    }

    static func describe(_ ratio: Double, of base: String = "") -> String {
        ratio >= 1 ? "\(NumberPrecision.format(ratio, decimals: 2)) times\(base.isEmpty ? " as much" : base)"
                   : "\(NumberPrecision.format(ratio * 100, decimals: 1))% of\(base.isEmpty ? " it" : base)"
    }
}
