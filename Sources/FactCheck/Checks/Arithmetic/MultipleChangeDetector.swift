/// "doubled from 1% to 3%": a stated multiple (doubled, tripled, halved, …) that the two figures
/// beside it do not bear out. The ratio may miss the multiple by `tolerance` of it ("doubled from
/// 410 to 790" passes); "more than doubled" only has to reach it.
struct MultipleChangeDetector: ArithmeticDetector {
    let tolerance: Double
    /// The multiple words and their factors (arithmetic.yml `multiples`).
    let cues: ArithmeticCues

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            for (position, from) in sentence.enumerated() where position + 1 < sentence.count {
                let to = sentence[position + 1]
                var before = prose.wordsBefore(from, in: sentence)
                // "doubled from A to B" (or "doubled to B from A", read the other way round).
                guard before.last == "from" else { continue }
                before.removeLast()
                guard let word = before.last, let factor = cues.multiples[word], prose.wordsBefore(to, in: sentence) == ["to"],
                      prose.isFirm(to, ignoringBound: true) else { continue }
                let atLeast = before.dropLast().ends(with: "more than")
                // "more than doubled from 4,000 to 6,500": the bound belongs to "doubled", not to the figures.
                guard prose.isFirm(from, ignoringBound: atLeast), atLeast || prose.quantities[to].bound == .exact || prose.quantities[to].bound == .approximate else { continue }
                let first = prose.quantities[from], second = prose.quantities[to]
                guard first.unit == second.unit, !["date", "rank"].contains(first.unit.dimension), first.value.doubleValue > 0 else { continue }
                let ratio = second.baseValue / first.baseValue
                let tooLow = ratio < factor * (1 - tolerance)
                let tooHigh = !atLeast && ratio > factor * (1 + tolerance)
                guard tooLow || tooHigh else { continue }
                let message = "'\(prose.written(from))' to '\(prose.written(to))' is \(Self.describe(ratio)), not '\(atLeast ? "more than " : "")\(word)'"
                found.append(ArithmeticMismatch(message: message, stated: second, operands: [first]))
            }
        }
        return found
    }

    static func describe(_ ratio: Double) -> String {
        ratio >= 1 ? "\(NumberPrecision.format(ratio, decimals: 2)) times as much" : "\(NumberPrecision.format(ratio * 100, decimals: 1))% of it"
    }
}
