import Foundation

/// One side of an inline conversion as the writer gave it: a signed value ("minus 8C"), feet and
/// inches read as one figure ("6 ft 4 in"), and how finely it was rounded.
struct ConversionFigure {
    var span: Range<Int>
    var numberSpan: Range<Int>
    var proseEnd: Int
    /// The value in `unit`, signed.
    var value: Double
    /// The number as written (for the fix).
    var decimal: DecimalNumber
    var unit: Unit
    var bound: Bound
    /// The rounding step the figure carries: its last significant digit (a 5 counts only from three
    /// digits on: "295" is good to the 5, "3.5" to the tenth), and a round "300" read to two digits.
    var step: Double
    /// A figure with one significant digit and trailing zeros ("300", "100", "70,000"): how far it was rounded is a guess.
    var isRound: Bool
    /// The steps a round figure may have been rounded to, finest first (1, 5, 10, 50, 100 for "300").
    var candidateSteps: [Double]
    var finestStep: Double
    var isFeetAndInches = false
    /// For a figure in a currency the document names itself ("600 million crowns"): that noun.
    var currencyNoun: String?

    init(_ quantity: Quantity, negative: Bool) {
        span = quantity.span
        numberSpan = quantity.numberSpan
        proseEnd = quantity.proseSpan.upperBound
        let written = quantity.value.doubleValue
        value = negative && written > 0 ? -written : written
        decimal = quantity.value
        unit = quantity.unit
        bound = quantity.bound
        let digits = NumberPrecision.significantDigitCount(quantity.value)
        let last = pow10(NumberPrecision.significant(quantity.value).exponent)
        finestStep = quantity.value.precision
        isRound = digits == 1 && last > finestStep
        if isRound {
            step = NumberPrecision.step(of: quantity.value, atLeastDigits: 2)
        } else {
            step = digits >= 3 ? NumberPrecision.roundingStep(of: quantity.value) : max(last, finestStep)
        }
        var steps: [Double] = []
        var candidate = finestStep
        while candidate <= last * 1.000001 {
            for multiple in [1.0, 5.0] where (abs(written) / (candidate * multiple)).rounded() * candidate * multiple == abs(written) {
                steps.append(candidate * multiple)
            }
            candidate *= 10
        }
        candidateSteps = steps.sorted()
    }
}

/// The quantities of one document read as conversion figures, and the "A (B)" pairs among them.
struct ConversionFigures {
    let document: Document
    let quantities: [Quantity]

    /// The quantities with every joined range ("2C to 8C") back as its two figures, so that "2C to 8C
    /// (36F to 46F)" is compared end for end; a bracket converts the figure right before it, as `pairs` expects.
    static func endForEnd(_ quantities: [Quantity]) -> [Quantity] {
        guard quantities.contains(where: { !$0.rangeEnds.isEmpty }) else { return quantities }
        var figures: [Quantity] = []
        var lastPiece: [Int] = []
        for quantity in quantities {
            figures += quantity.rangeEnds.isEmpty ? [quantity] : quantity.rangeEnds
            lastPiece.append(figures.count - 1)
        }
        for (index, quantity) in quantities.enumerated() {
            guard let original = quantity.conversionOf else { continue }
            figures[lastPiece[index] - max(0, quantity.rangeEnds.count - 1)].conversionOf = lastPiece[original]
        }
        return figures
    }

    /// Quantity `index` as a figure, with the inches that follow a figure in feet.
    func figure(_ index: Int) -> ConversionFigure {
        let quantity = quantities[index]
        var figure = ConversionFigure(quantity, negative: wordBefore(quantity.proseSpan.lowerBound) == "minus")
        if quantity.unit.id == "ft", let inches = inchesAfter(index) {
            let inch = Unit(id: "in", dimension: "length", factor: 0.0254, baseId: quantity.unit.baseId)
            figure.value = figure.value * 12 + inches.value
            figure.unit = inch
            figure.step = inches.step
            figure.isRound = false
            figure.span = quantity.span.lowerBound..<inches.sourceEnd
            figure.proseEnd = inches.proseEnd
            figure.isFeetAndInches = true
        }
        if quantity.unit == .count, let noun = quantity.noun?.lowercased().split(separator: " ").first {
            figure.currencyNoun = String(noun)
        }
        return figure
    }

    /// "4 in", "8¾ in", "4 inches" right after a figure in feet.
    private func inchesAfter(_ index: Int) -> (value: Double, step: Double, sourceEnd: Int, proseEnd: Int)? {
        guard index + 1 < quantities.count else { return nil }
        let feet = quantities[index], next = quantities[index + 1]
        guard next.sentence == feet.sentence, next.upperValue == nil,
              text(feet.proseSpan.upperBound..<next.proseSpan.lowerBound).allSatisfy({ $0 == " " }) else { return nil }
        if next.unit.id == "in" { return (next.value.doubleValue, next.value.precision, next.span.upperBound, next.proseSpan.upperBound) }
        guard next.unit == .count, next.value.exponent == 0 else { return nil }
        // The extractor reads "4 in" as a bare count: the inch is read here, with a vulgar fraction glued to it.
        let after = text(next.proseSpan.upperBound..<min(document.prose.bytes.count, next.proseSpan.upperBound + 12))
        let fractions: [Character: Double] = ["¼": 0.25, "½": 0.5, "¾": 0.75]
        var value = next.value.doubleValue, step = 1.0, rest = Substring(after)
        if let first = rest.first, let fraction = fractions[first] {
            value += fraction
            step = 0.25
            rest = rest.dropFirst()
        }
        let trimmed = rest.drop { $0 == " " }
        guard trimmed.hasPrefix("in"), trimmed.dropFirst(2).first.map({ !$0.isLetter }) ?? true else { return nil }
        let proseEnd = next.proseSpan.upperBound + (after.utf8.count - trimmed.utf8.count) + 2
        return (value, step, document.prose.offsets.sourceRange(next.proseSpan.lowerBound..<proseEnd).upperBound, proseEnd)
    }

    /// The conversions written in the document: the linker's "A (B)" pairs, feet and inches on
    /// either side, and a figure in a currency the text names ("600 million crowns ($65 million)")
    /// when the text states that currency's rate.
    func pairs(rates: StatedExchangeRates) -> [(original: Int, converted: Int)] {
        var pairs: [(original: Int, converted: Int)] = []
        for (index, quantity) in quantities.enumerated() {
            if let original = quantity.conversionOf {
                // "2C to 8C (36F to 46F)": the bracket converts the range end for end, not "8C" into "36F".
                if original > 0, index + 1 < quantities.count, joinsRange(original - 1, original), joinsRange(index, index + 1) {
                    pairs += [(original - 1, index), (original, index + 1)]
                } else {
                    pairs.append((original, index))
                }
                continue
            }
            guard index > 0 else { continue }
            // "6 ft 4 in (1.93 m)": the inches stand between the feet and the bracket.
            if index >= 2, quantities[index - 2].unit.id == "ft", quantity.unit.dimension == "length", quantity.unit.id != "ft",
               figure(index - 2).isFeetAndInches, isOpeningBracket(figure(index - 2).proseEnd, quantity.proseSpan.lowerBound) {
                pairs.append((index - 2, index))
                continue
            }
            let previous = quantities[index - 1]
            if quantity.unit.dimension == "currency", previous.unit == .count, let noun = figure(index - 1).currencyNoun,
               rates.knows(noun: noun, with: quantity.unit), isOpeningBracket(previous.proseSpan.upperBound, quantity.proseSpan.lowerBound, skipping: noun) {
                pairs.append((index - 1, index))
            }
        }
        return pairs
    }

    /// Whether a conversion states a difference rather than a level: a change word before it,
    /// past words such as "by" ("risen by 1.4C (2.5F)"), or a difference word right after it ("2C (3.6F) warmer").
    func isDifference(_ pair: (original: Int, converted: Int), cues: ArithmeticCues) -> Bool {
        let original = quantities[pair.original], converted = quantities[pair.converted]
        let sentence = document.sentenceRange(atProseOffset: original.proseSpan.lowerBound)
        let previousEnd = pair.original > 0 ? quantities[pair.original - 1].proseSpan.upperBound : 0
        var before = words(max(sentence.lowerBound, previousEnd, original.proseSpan.lowerBound - 40)..<original.proseSpan.lowerBound)
        while let last = before.last, cues.changeQualifiers.contains(last) { before.removeLast() }
        if let last = before.last, cues.rises.contains(last) || cues.falls.contains(last) { return true }
        let end = max(original.proseSpan.upperBound, converted.proseSpan.upperBound)
        let after = words(end..<min(sentence.upperBound, end + 24))
        return after.first.map(cues.differenceAfter.contains) ?? false
    }

    private func words(_ range: Range<Int>) -> [String] {
        text(range).lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// "2C to 8C", "36F-46F": two figures of one sentence and dimension joined as a range.
    private func joinsRange(_ first: Int, _ second: Int) -> Bool {
        let a = quantities[first], b = quantities[second]
        guard a.sentence == b.sentence, a.unit.dimension == b.unit.dimension, a.proseSpan.upperBound <= b.proseSpan.lowerBound else { return false }
        let gap = text(a.proseSpan.upperBound..<b.proseSpan.lowerBound).trimmingCharacters(in: .whitespaces)
        return ["to", "-", "–", "and"].contains(gap)
    }

    /// Whether the prose between two offsets is one opening bracket (after `skipping`, a currency noun), with spaces around it.
    func isOpeningBracket(_ start: Int, _ end: Int, skipping noun: String? = nil) -> Bool {
        guard start < end, end - start <= 40 else { return false }
        var gap = Substring(text(start..<end).lowercased())
        if let noun { gap = gap.drop { $0 == " " }; guard gap.hasPrefix(noun) else { return false }; gap = gap.dropFirst(noun.count) }
        return gap.filter { $0 == "(" }.count == 1 && gap.allSatisfy { $0 == " " || $0 == "(" }
    }

    /// The lower-cased word right before a prose offset ("minus" in "minus 8C").
    func wordBefore(_ offset: Int) -> String {
        let before = text(max(0, offset - 12)..<offset).lowercased()
        return String(before.dropLast(before.hasSuffix(" ") ? 1 : 0).reversed().prefix { $0.isLetter }.reversed())
    }

    func text(_ range: Range<Int>) -> String {
        let bytes = document.prose.bytes
        let clamped = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        return String(decoding: bytes[clamped], as: UTF8.self)
    }
}
