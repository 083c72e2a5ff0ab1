/// A rate restated per another period, or multiplied by a stated duration, that does not follow:
/// "a weekly wage of £250,000, or about £16m a year" (£13m), "At $9.6bn a day, the six-day
/// blockage held up around $48bn" ($57.6bn).
///
/// The rate must say its period ("a day", "per week", "weekly wage of"); a restatement follows it
/// as "or (about) B a year"; a product needs exactly one duration and exactly one other figure of
/// the rate's unit in the sentence, after the duration. Ranges and hedged figures are left alone.
struct RateDetector: ArithmeticDetector {
    let approximateSlack: Double
    /// Periods and their adjectives, and the words between a rate and its restatement (arithmetic.yml `periods`, `change_qualifiers`).
    let cues: ArithmeticCues

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            for (position, rate) in sentence.enumerated() where prose.isFirm(rate) && Self.isAmount(prose.quantities[rate]) {
                guard let period = period(prose, sentence, rate) else { continue }
                if position + 1 < sentence.count, let mismatch = restatement(prose, sentence, rate: rate, period: period, other: sentence[position + 1]) {
                    found.append(mismatch)
                } else if let mismatch = product(prose, sentence, rate: rate, period: period) {
                    found.append(mismatch)
                }
            }
        }
        return found
    }

    static func isAmount(_ quantity: Quantity) -> Bool {
        quantity.unit.dimension == "currency" && quantity.value.doubleValue > 0
    }

    /// "a day", "per week", "an hour" right after the figure; or "weekly wage of" right before it.
    private func period(_ prose: ArithmeticProse, _ sentence: [Int], _ index: Int) -> String? {
        let after = prose.wordsAfter(index, in: sentence)
        if after.count >= 2, ["a", "an", "per", "each", "every"].contains(after[0]), cues.periodSeconds[after[1]] != nil { return after[1] }
        let before = prose.wordsBefore(index, in: sentence)
        if before.last == "of", let adjective = before.suffix(4).compactMap({ cues.periodAdjectives[$0] }).last { return adjective }
        return nil
    }

    /// "£250,000 a week, or about £16m a year".
    private func restatement(_ prose: ArithmeticProse, _ sentence: [Int], rate: Int, period: String, other: Int) -> ArithmeticMismatch? {
        var between = prose.wordsBefore(other, in: sentence)
        while let last = between.last, cues.changeQualifiers.contains(last) { between.removeLast() }
        guard between.last == "or", prose.isFirm(other), prose.quantities[other].unit == prose.quantities[rate].unit,
              let otherPeriod = self.period(prose, sentence, other), otherPeriod != period else { return nil }
        let factor = cues.periodSeconds[otherPeriod]! / cues.periodSeconds[period]!
        return compare(prose, stated: other, rate: rate, duration: nil, factor: factor,
                       description: "'\(prose.written(rate))' a \(period) is %@ a \(otherPeriod)")
    }

    /// "At $9.6bn a day, the six-day blockage held up around $48bn".
    private func product(_ prose: ArithmeticProse, _ sentence: [Int], rate: Int, period: String) -> ArithmeticMismatch? {
        let durations = sentence.filter { prose.quantities[$0].unit.dimension == "duration" }
        guard durations.count == 1, let duration = durations.first, prose.isFirm(duration) else { return nil }
        let amounts = sentence.filter { $0 != rate && prose.quantities[$0].unit == prose.quantities[rate].unit }
        guard amounts.count == 1, let total = amounts.first, total > duration, prose.isFirm(total),
              self.period(prose, sentence, total) == nil else { return nil }
        let factor = prose.quantities[duration].baseValue / cues.periodSeconds[period]!
        return compare(prose, stated: total, rate: rate, duration: duration, factor: factor,
                       description: "'\(prose.written(rate))' a \(period) for '\(prose.written(duration))' is %@")
    }

    private func compare(_ prose: ArithmeticProse, stated: Int, rate: Int, duration: Int?, factor: Double, description: String) -> ArithmeticMismatch? {
        let rateInterval = NumberPrecision.interval(prose.quantities[rate], approximateSlack: approximateSlack)
        let expected = (rateInterval.lowerBound * factor)...(rateInterval.upperBound * factor)
        let statedInterval = NumberPrecision.interval(prose.quantities[stated], approximateSlack: approximateSlack)
        guard !expected.overlaps(statedInterval) else { return nil }
        let value = prose.quantities[rate].value.doubleValue * factor
        let statedQuantity = prose.quantities[stated], rateQuantity = prose.quantities[rate]
        // Printed at the stated figure's scale ("13 million"), or the rate's when it is as coarse ("57.6 billion").
        let figures = rateQuantity.value.exponent >= statedQuantity.value.exponent - 1 ? [rateQuantity, statedQuantity] : [statedQuantity]
        let result = NumberPrecision.format(value, like: figures)
        let message = description.replacingOccurrences(of: "%@", with: result) + ", not '\(prose.written(stated))'"
        let operands = [prose.quantities[rate]] + (duration.map { [prose.quantities[$0]] } ?? [])
        return ArithmeticMismatch(message: message, stated: prose.quantities[stated], operands: operands)
    }
}
