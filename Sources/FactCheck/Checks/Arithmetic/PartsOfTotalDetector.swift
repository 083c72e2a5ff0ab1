/// Parts that do not add up to the total they are given as, in one sentence, where the wording
/// says the figures are a total and its parts:
///
/// - "Of the 1,516 dead, 1,012 were in Tal Sera, 386 in Barin and 138 in Kesh": a breakdown that
///   may be partial, so only parts that exceed the total are flagged.
/// - "The $410m budget breaks down into $265m for …, $118m for … and $37m for …" and "a 2.9 km
///   bridge, 8.9 km of viaducts and a 6.2 km tunnel, 18.6 km in all": the whole, so any difference.
///
/// Parts must have the total's unit, be at least two, and be written as a list (joined by commas,
/// "and" or "plus"); a nested breakdown ("including", "of whom") stops the check. Each figure is
/// taken as precise to its last non-zero digit. Tables and figures that merely sit together are
/// never added up.
struct PartsOfTotalDetector: ArithmeticDetector {
    let approximateSlack: Double
    /// Breakdown, sum and nesting phrases (arithmetic.yml `breakdown`, `sum_after`, `sum_before`, `nesting`).
    let cues: ArithmeticCues

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            // A list opened after a total ("13 medals, four gold, three silver …") holds no totals of its own.
            var listStart: Int?
            for (position, total) in sentence.enumerated() where prose.isFirm(total) && isSummable(prose.quantities[total]) {
                if let listStart, position > listStart { break }
                let before = prose.wordsBefore(total, in: sentence)
                let after = prose.wordsAfter(total, in: sentence)
                if position == 0, opensWithOf(prose, total) {
                    // "Of the 301 structures destroyed, 214 were homes and 97 were outbuildings"
                    if let mismatch = check(prose, sentence, total: total, parts: Array(sentence[(position + 1)...]), whole: false) { found.append(mismatch) }
                } else if after.count <= 6, cues.breakdowns.contains(where: { after.ends(with: $0) }) || opensEnumeration(prose, sentence, position) {
                    listStart = position
                    if let mismatch = check(prose, sentence, total: total, parts: Array(sentence[(position + 1)...]), whole: true) { found.append(mismatch) }
                } else if position >= 2, endsClause(prose, sentence, position, after: after) || cues.sumsBefore.contains(where: { before.ends(with: $0) }) {
                    if let mismatch = check(prose, sentence, total: total, parts: Array(sentence[..<position]), whole: true) { found.append(mismatch) }
                }
            }
        }
        return found
    }

    /// "Of the 301 structures …": a capitalised "Of" (the sentence's opening) right before the total.
    private func opensWithOf(_ prose: ArithmeticProse, _ total: Int) -> Bool {
        let start = prose.quantities[total].proseSpan.lowerBound
        let before = prose.text(max(prose.sentenceRange(of: total).lowerBound, start - 16)..<start)
        return ["Of the ", "Of ", "Of its ", "Of their "].contains { before.hasSuffix($0) && !before.dropLast($0.count).hasSuffix("-") }
    }

    /// "24 aircraft: 18 …", "41 survived - 36 … and four …", "13 medals, four gold, three silver and
    /// five bronze.", "6.4 billion, of which 2.5 billion … and 3.65 billion …": right after the total
    /// (and its noun), a colon, a dash, or a comma (with "of which", "of whom" or nothing) opens the
    /// list; a bare comma only when the list ends the sentence, so it is the whole apposition.
    private func opensEnumeration(_ prose: ArithmeticProse, _ sentence: [Int], _ position: Int) -> Bool {
        guard position + 1 < sentence.count else { return false }
        let total = prose.quantities[sentence[position]], next = prose.quantities[sentence[position + 1]]
        let gap = prose.text(total.proseSpan.upperBound..<next.proseSpan.lowerBound)
        guard let mark = gap.firstIndex(where: { ":,-–—".contains($0) }) else { return false }
        // Before the mark, only the total's noun ("aircraft", "medals", "survived").
        let head = gap[..<mark].split(separator: " ")
        guard head.count <= (gap[mark] == "," ? 2 : 5), head.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        if gap[mark] == "-", !gap[..<mark].hasSuffix(" ") { return false }
        let tail = gap[gap.index(after: mark)...].lowercased().split(separator: " ").map(String.init)
        switch gap[mark] {
        case ",":
            if tail == ["of", "which"] || tail == ["of", "whom"] { return true }
            guard tail.isEmpty, let last = sentence.last else { return false }
            // The total names what it counts in one plural noun ("13 medals, …"); a figure with a
            // singular or no noun is an item of a list ("four gold, three silver …", "51.02, 50.44 …").
            guard head.count == 1, let noun = head.first, noun.hasSuffix("s"), !noun.hasSuffix("ss") else { return false }
            // The list closes the sentence: nothing but the last part's noun after it.
            let rest = prose.text(prose.quantities[last].proseSpan.upperBound..<prose.sentenceRange(of: last).upperBound)
            guard rest.split(separator: " ").count <= 3 && !rest.contains(",") else { return false }
            // A sentence that names its own sum ("…, 18.6 km in all") is read by that sum, not as an apposition.
            // Read last: it lower-cases the whole sentence, which a sentence of thousands of figures must not do per figure.
            let sentenceText = prose.text(prose.sentenceRange(of: sentence[position])).lowercased()
            return !(cues.sumsAfter + cues.sumsBefore).contains(where: { sentenceText.contains($0) })
        default: return tail.isEmpty
        }
    }

    /// "18.6 km in all." or "18.6 km in all, officials said": the sum word closes the clause.
    private func endsClause(_ prose: ArithmeticProse, _ sentence: [Int], _ position: Int, after: [String]) -> Bool {
        guard let phrase = cues.sumsAfter.first(where: { after.starts(with: $0) }) else { return false }
        let words = phrase.split(separator: " ").count
        if after.count == words { return true }
        // Something follows in the sentence: the phrase must end at a comma ("in all, the agency said"), not run on ("in all competitions").
        let quantity = prose.quantities[sentence[position]]
        let rest = prose.text(quantity.proseSpan.upperBound..<prose.sentenceRange(of: sentence[position]).upperBound)
        let trimmed = rest.drop { $0 == " " }
        let lowered = trimmed.lowercased()
        guard lowered.hasPrefix(phrase) else { return false }
        return lowered.dropFirst(phrase.count).first.map { ",;:.)".contains($0) } ?? true
    }

    /// The words between two parts without a trailing article: "viaducts and a" ends with "and".
    static func joiningWords(_ words: [String]) -> [String] {
        var words = words
        while let last = words.last, ["a", "an", "the", "another"].contains(last) { words.removeLast() }
        return words
    }

    private func isSummable(_ quantity: Quantity) -> Bool {
        !["date", "rank", "percent", "percentage_point", "temperature"].contains(quantity.unit.dimension) && quantity.value.doubleValue > 0
    }

    private func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit.dimension == "currency" || a.unit == .count || b.unit == .count { return a.unit == b.unit }
        return a.unit.dimension == b.unit.dimension
    }

    private func check(_ prose: ArithmeticProse, _ sentence: [Int], total: Int, parts candidates: [Int], whole: Bool) -> ArithmeticMismatch? {
        let totalQuantity = prose.quantities[total]
        let parts = candidates.filter { sameUnit(prose.quantities[$0], totalQuantity) && prose.quantities[$0].conversionOf == nil }
        guard parts.count >= 2, parts.allSatisfy({ prose.isFirm($0) && prose.quantities[$0].value.doubleValue > 0 }) else { return nil }
        // A list: each part joined to the one before by a comma, "and" or "plus", with no nested breakdown.
        for (previous, part) in zip(parts, parts.dropFirst()) {
            let between = prose.quantities[previous].proseSpan.upperBound..<prose.quantities[part].proseSpan.lowerBound
            let words = Self.joiningWords(prose.words(between))
            // "… 386 in Barin and 138 …", "212 prisoners and Tovaria 175": a comma, or "and"/"plus" among a few words.
            guard prose.text(between).contains(",") || words.last == "and" || words.last == "plus"
                    || (words.count <= 4 && (words.contains("and") || words.contains("plus"))) else { return nil }
            // "…, including 120 …" opens a subset wherever it stands; "plus" only joins when it comes last.
            let nested = words.enumerated().contains { cues.nesting.contains($1) && !($0 == words.count - 1 && $1 == "plus") }
            if nested || words.count > 12 { return nil }
        }
        if !whole {
            // The list ends with "and": "… 386 in Barin and 138 in Kesh".
            let last = parts[parts.count - 1], beforeLast = parts[parts.count - 2]
            let joining = Self.joiningWords(prose.words(prose.quantities[beforeLast].proseSpan.upperBound..<prose.quantities[last].proseSpan.lowerBound))
            guard joining.last == "and" else { return nil }
        }
        let partQuantities = parts.map { prose.quantities[$0] }
        let sum = partQuantities.reduce(0) { $0 + $1.baseValue }
        let totalBase = totalQuantity.baseValue
        let rounding = ([totalQuantity] + partQuantities).reduce(0) { slack, quantity in
            // A round total is read to three digits: "40 ships" made of 22 and 16 is not within ±5.
            let interval = NumberPrecision.interval(quantity, approximateSlack: approximateSlack, atLeastDigits: 3)
            return slack + abs(quantity.unit.toBase(interval.upperBound) - quantity.unit.toBase(interval.lowerBound)) / 2
        }
        let difference = sum - totalBase
        guard abs(difference) > rounding * 1.0001, whole || difference > 0 else { return nil }
        let terms = parts.map { "'\(prose.written($0))'" }.joined(separator: " + ")
        let sumText = NumberPrecision.format(totalQuantity.unit.fromBase(sum), like: [totalQuantity] + partQuantities.filter { $0.unit == totalQuantity.unit })
        let message = whole
            ? "\(terms) = \(sumText), not the stated total '\(prose.written(total))'"
            : "\(terms) = \(sumText), more than the total '\(prose.written(total))' they are part of"
        return ArithmeticMismatch(message: message, stated: totalQuantity, operands: partQuantities)
    }
}
