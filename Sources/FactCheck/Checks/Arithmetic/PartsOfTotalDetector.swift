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
                    // A list that states its own sum ("two firms - 46 workers and 18 contractors, 64 people in all") is read by that sum.
                    let parts = Array(sentence[(position + 1)...])
                    guard !parts.indices.contains(where: { isTotalOfItsOwn(prose, sentence, position + 1 + $0) }) else { continue }
                    if let mismatch = check(prose, sentence, total: total, parts: parts, whole: true) { found.append(mismatch) }
                } else if position >= 2, endsClause(prose, sentence, position, after: after) || cues.sumsBefore.contains(where: { before.ends(with: $0) }) {
                    let parts = listBefore(prose, sentence, position)
                    if sameMeasure(prose, total: total, parts: parts), let mismatch = check(prose, sentence, total: total, parts: parts, whole: true) {
                        found.append(mismatch)
                    }
                }
            }
        }
        found += followingSentenceMismatches(prose)
        return found
    }

    /// "The 14 victims were …. Eight were women, four were children and three were men.": a total
    /// alone in its sentence, and the next sentence opening with a list of parts that name no noun
    /// of their own (or the total's). The parts may leave some out, so only a sum beyond the total is flagged.
    private func followingSentenceMismatches(_ prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for (first, next) in zip(prose.sentences, prose.sentences.dropFirst()) {
            let totals = first.filter { isSummable(prose.quantities[$0]) && prose.quantities[$0].unit.dimension != "duration" }
            guard totals.count == 1, let total = totals.first, prose.isFirm(total), let head = next.first,
                  prose.quantities[head].sentence == prose.quantities[total].sentence + 1,
                  prose.sentenceRange(of: head).lowerBound == prose.quantities[head].proseSpan.lowerBound else { continue }
            let noun = headNoun(prose.quantities[total])
            guard noun != nil, next.allSatisfy({ prose.quantities[$0].noun == nil || headNoun(prose.quantities[$0]) == noun }) else { continue }
            if let mismatch = check(prose, next, total: total, parts: next, whole: false) { found.append(mismatch) }
        }
        return found
    }

    /// The parts a sum right after them adds up: the list that ends right before the total, walked
    /// back while its figures are joined as a list ("186 passengers and six crew, a total of 192"),
    /// so an earlier figure of the clause ("flight SV 417 from …, was carrying 186 …") or a figure
    /// that is a total of its own ("…, 64 people in all") is not swallowed.
    private func listBefore(_ prose: ArithmeticProse, _ sentence: [Int], _ position: Int) -> [Int] {
        var parts: [Int] = []
        var index = position - 1
        while index >= 0 {
            let part = sentence[index]
            if !parts.isEmpty, !Self.isJoined(prose, part, parts[0]) { break }
            if isTotalOfItsOwn(prose, sentence, index) || isDuration(prose.quantities[part]) { break }
            parts.insert(part, at: 0)
            index -= 1
        }
        return parts
    }

    /// Two figures of one list: the first's noun (a few words), then a comma, "and" or "plus", then
    /// at most two words that name the next part ("and the city 145", "and Kessel 95"), none a verb.
    static func isJoined(_ prose: ArithmeticProse, _ previous: Int, _ next: Int) -> Bool {
        let between = prose.quantities[previous].proseSpan.upperBound..<prose.quantities[next].proseSpan.lowerBound
        let text = prose.text(between)
        let words = Self.joiningWords(prose.words(between))
        let label: ArraySlice<String>
        if let joiner = words.lastIndex(where: { $0 == "and" || $0 == "plus" }) {
            label = words[(joiner + 1)...]
            if joiner > 5 { return false }
        } else if let comma = text.lastIndex(of: ",") {
            label = ArraySlice(prose.words(prose.quantities[previous].proseSpan.upperBound + text[..<comma].utf8.count + 1..<between.upperBound))
            if words.count - label.count > 5 { return false }
        } else {
            return false
        }
        return label.count <= 2 && !label.contains(where: Self.isVerbForm)
    }

    /// "carrying", "carried", "made", "was": a word that starts a clause, not a part's label.
    static func isVerbForm(_ word: String) -> Bool {
        if ["is", "are", "was", "were", "be", "been", "has", "have", "had"].contains(word) { return true }
        let lexicon = WordNetLexicon.builtin
        guard let lemma = lexicon.lemma(word), lemma != word, lexicon.isVerb(lemma) else { return false }
        // "passengers" is a plural noun, not "passenger" the verb.
        return !(lexicon.isNoun(lemma) && word.hasSuffix("s"))
    }

    /// A figure with a sum word of its own right after it ("64 people in all"): a total, not a part.
    private func isTotalOfItsOwn(_ prose: ArithmeticProse, _ sentence: [Int], _ position: Int) -> Bool {
        // "64 people in all": the phrase within the figure's noun's few words.
        let after = prose.wordsAfter(sentence[position], in: sentence)
        return after.indices.prefix(3).contains { start in cues.sumsAfter.contains { Array(after[start...]).starts(with: $0) } }
    }

    /// "two days", "three nights": a span of time is no part of a count.
    private func isDuration(_ quantity: Quantity) -> Bool {
        if quantity.unit.dimension == "duration" || quantity.unit.dimension == "time-of-day" { return true }
        guard quantity.unit == .count, let noun = headNoun(quantity) else { return false }
        return cues.periodSeconds[noun] != nil
    }

    /// The lemma of the last word of a figure's noun: "authority workers" → "worker", "days" → "day".
    private func headNoun(_ quantity: Quantity) -> String? {
        guard let word = quantity.noun?.lowercased().split(separator: " ").last.map(String.init) else { return nil }
        return WordNetLexicon.builtin.lemma(word) ?? word
    }

    /// Whether a total and its parts count one thing: when WordNet knows every noun, at least one
    /// part must share the total's measure ("passengers" and "people"; not "firms" and "workers").
    private func sameMeasure(_ prose: ArithmeticProse, total: Int, parts: [Int]) -> Bool {
        guard let totalNoun = headNoun(prose.quantities[total]), WordNetLexicon.builtin.isNoun(totalNoun) else { return true }
        let nouns = parts.compactMap { headNoun(prose.quantities[$0]) }
        guard nouns.count == parts.count, nouns.allSatisfy(WordNetLexicon.builtin.isNoun) else { return true }
        return nouns.contains { WordNetLexicon.builtin.sameMeasure($0, totalNoun) }
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
            // Itself an item of a list ("45 were Ostravians, nine Castrians, three …"): no total.
            if position > 0, Self.isJoined(prose, sentence[position - 1], sentence[position]) { return false }
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
        // "64 people in all": past the figure's own noun.
        let quantity = prose.quantities[sentence[position]]
        let noun = (quantity.noun?.lowercased() ?? "").split(separator: " ").map(String.init)
        let skipped = noun.isEmpty || !after.starts(with: noun.joined(separator: " ")) ? 0 : noun.count
        let after = Array(after.dropFirst(skipped))
        guard let phrase = cues.sumsAfter.first(where: { after.starts(with: $0) }) else { return false }
        let words = phrase.split(separator: " ").count
        if after.count == words { return true }
        // Something follows in the sentence: the phrase must end at a comma ("in all, the agency said"), not run on ("in all competitions").
        let rest = prose.text(quantity.proseSpan.upperBound..<prose.sentenceRange(of: sentence[position]).upperBound)
        var lowered = Substring(rest.lowercased()).drop { $0 == " " }
        if skipped > 0, let nounEnd = lowered.range(of: noun.joined(separator: " "))?.upperBound {
            lowered = lowered[nounEnd...].drop { $0 == " " }
        }
        guard lowered.hasPrefix(phrase) else { return false }
        return lowered.dropFirst(phrase.count).first.map { ",;:.)".contains($0) } ?? true
    }

    /// The words between two parts without a trailing article: "viaducts and a" ends with "and".
    static func joiningWords(_ words: [String]) -> [String] {
        var words = words
        while let last = words.last, ["a", "an", "the", "another"].contains(last) { words.removeLast() }
        return words
    }

    private func isSummable(_ quantity: Quantity) -> Bool { ArithmeticProse.isAmount(quantity) }

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
        // A round total is read to three digits: "40 ships" made of 22 and 16 is not within ±5.
        let rounding = ([totalQuantity] + partQuantities).reduce(0) { $0 + ArithmeticProse.baseHalfWidth($1, approximateSlack: approximateSlack) }
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
