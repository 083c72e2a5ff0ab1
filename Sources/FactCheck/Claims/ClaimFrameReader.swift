/// Reads a figure's claim frame from the words of its sentence: the measure from its counted noun
/// or the noun it stands with, the event from the nearest event word of its own stretch of the
/// clause, the role from the cue words right before or after it.
struct ClaimFrameReader: Sendable {
    let rules: ClaimRules
    /// Parsed on first use: a run that reads no frames (`facts` without `--frames`) never pays for it.
    var lexicon: WordNetLexicon { .builtin }
    /// Words that say nothing of what is measured (nouns.yml stop words, identity.yml ignored words, unit words, months, weekdays).
    let stopWords: Set<String>
    /// Counted-noun phrases and their canonical measure (nouns.yml synonyms).
    let synonyms: [String: String]
    /// Bound phrases (qualifiers.yml), as word arrays: "more than ↓120" is a bound, not a comparison's base.
    let boundPhrases: [[String]]

    /// Words skipped between a cue and its number: "a capacity of ↓60,000", "rose by a ↓third".
    private static let articles: Set<String> = ["a", "an", "the"]

    /// The frame of `quantity`, whose sentence's words are `words`; `stretch` is the part of its clause
    /// that belongs to it (up to the neighbouring figures).
    func frame(for quantity: Quantity, words: [SentenceWords.Word], stretch: Range<Int>) -> ClaimFrame {
        var split = 0, upper = words.count
        while split < upper {
            let mid = (split + upper) / 2
            if words[mid].range.lowerBound < quantity.proseSpan.lowerBound { split = mid + 1 } else { upper = mid }
        }
        // An event may be named well before its figure ("the number of people killed when the dam burst rose to 23");
        // cues and measures stand right next to it.
        let wideBefore = words[..<split].reversed().prefix(12).filter { stretch.contains($0.range.lowerBound) }.reversed().map { $0.lower }
        let before = Array(wideBefore.suffix(6))
        let following = words[split...].drop { $0.range.lowerBound < quantity.proseSpan.upperBound }
        let after = following.prefix(8).filter { stretch.contains($0.range.lowerBound) }.map { $0.lower }
        // The words that end the figure's stretch, right before the next figure ("from 1,200 tonnes to ↓900").
        let ending = following.prefix { $0.range.lowerBound < stretch.upperBound }.suffix(3).map { $0.lower }
        let nounWords = quantity.noun.map { $0.lowercased().split(separator: " ").map(String.init) } ?? []
        var frame = ClaimFrame()
        (frame.measure, frame.scope) = measure(of: quantity, nounWords: nounWords, before: before, after: after)
        if let measure = frame.measure, rules.dimensions.contains(measure) { frame.dimension = measure }
        frame.role = role(before: before, after: after, ending: ending, nounWords: nounWords)
        (frame.event, frame.eventWord) = event(before: wideBefore, after: after) ?? (nil, nil)
        return frame
    }

    /// The counted noun's head and modifiers; for a measured figure, the noun it stands with: a
    /// dimension word right after it, the noun after it ("30 inches of rain"), the noun before "of",
    /// else the nearest noun before.
    private func measure(of quantity: Quantity, nounWords: [String], before: [String], after: [String]) -> (String?, [String]) {
        if !nounWords.isEmpty {
            let phrase = nounWords.joined(separator: " ")
            if let canonical = synonyms[phrase] { return (canonical, []) }
            for start in nounWords.indices.dropFirst() {
                if let canonical = synonyms[nounWords[start...].joined(separator: " ")] {
                    return (canonical, scopeWords(nounWords[..<start]))
                }
            }
            // Counted nouns after a number are plural: the first plural noun is the head, and what follows
            // it is another clause ("11 countries put their names"); with none, the last word is.
            let headIndex = nounWords.firstIndex { word in
                let base = lemma(word)
                return base != word && word.hasSuffix("s") && lexicon.isNoun(base)
            } ?? nounWords.count - 1
            return (lemma(nounWords[headIndex]), scopeWords(nounWords[..<headIndex]))
        }
        // "10 km deep", "10 miles from the town": a dimension word right after (claims.yml).
        if let word = after.first, let dimension = rules.dimensionByWord[word] { return (dimension, []) }
        // "30 inches of rain", "a 985-foot ship": the noun right after.
        var rest = after[...]
        if rest.first == "of" { rest = rest.dropFirst() }
        while let word = rest.first, Self.articles.contains(word) { rest = rest.dropFirst() }
        if let word = rest.first, let noun = contentNoun(word) { return (noun, []) }
        // "a depth of 10 km": the noun before "of" is stated; else the nearest noun before is a guess.
        var trimmed = before[...]
        while let last = trimmed.last, Self.articles.contains(last) { trimmed = trimmed.dropLast() }
        if trimmed.last == "of", let word = trimmed.dropLast().last, let noun = contentNoun(word) {
            return (rules.dimensionByWord[noun] ?? noun, [])
        }
        for word in before.reversed().prefix(4) where !isInflectedVerb(word) { if let noun = contentNoun(word) { return (noun, []) } }
        return (nil, [])
    }

    /// "rose", "killed", "stood": a verb form, not the noun the figure stands with ("rose to 23" measures no rise).
    private func isInflectedVerb(_ word: String) -> Bool {
        let base = lemma(word)
        return base != word && lexicon.isVerb(base) && !(word.hasSuffix("s") && lexicon.isNoun(base))
    }

    private func scopeWords(_ words: ArraySlice<String>) -> [String] {
        words.filter { !stopWords.contains($0) && $0.unicodeScalars.first.map { $0.properties.isAlphabetic } == true }.map(lemma)
    }

    private func contentNoun(_ word: String) -> String? {
        guard !stopWords.contains(word), !Self.articles.contains(word) else { return nil }
        let lemma = lemma(word)
        return lexicon.isNoun(lemma) && !stopWords.contains(lemma) ? lemma : nil
    }

    /// Each word's lemma, shared by the documents of a run.
    let lemmas = WordMemo<String>()

    func lemma(_ word: String) -> String { lemmas.value(of: word) { lexicon.lemma($0) ?? $0 } }

    /// The longest role cue that ends right before the number or begins right after the quantity (or its noun).
    private func role(before: [String], after: [String], ending: [String], nounWords: [String]) -> String {
        var before = before[...]
        var trimmed = true
        while trimmed {
            trimmed = false
            while let last = before.last, Self.articles.contains(last) { before = before.dropLast(); trimmed = true }
            if let bound = boundPhrases.first(where: { before.count >= $0.count && before.suffix($0.count).elementsEqual($0) }) {
                before = before.dropLast(bound.count)
                trimmed = true
            }
        }
        let afterNoun = after.starts(with: nounWords) ? after.dropFirst(nounWords.count) : after[...]
        var best: (name: String, length: Int)?
        for role in rules.roles {
            for cue in role.before where before.count >= cue.count && before.suffix(cue.count).elementsEqual(cue) && cue.count > (best?.length ?? 0) {
                best = (role.name, cue.count)
            }
            for cue in role.paired where before.count >= cue.before.count && before.suffix(cue.before.count).elementsEqual(cue.before)
                && ending.count >= cue.end.count && ending.suffix(cue.end.count).elementsEqual(cue.end) && cue.before.count > (best?.length ?? 0) {
                best = (role.name, cue.before.count)
            }
            if let particle = before.last, role.particles.contains(particle), best == nil {
                let verb = before.dropLast().last.map(lemma)
                if verb.map({ $0 == "be" || !lexicon.isVerb($0) }) ?? true { best = (role.name, 1) }
            }
            for cue in role.after where (after.starts(with: cue) || afterNoun.starts(with: cue)) && cue.count > (best?.length ?? 0) {
                best = (role.name, cue.count)
            }
        }
        return best?.name ?? "level"
    }

    /// The event named by the nearest event word of the figure's stretch (on a tie the one after the
    /// number), and that word.
    private func event(before: [String], after: [String]) -> (event: String, word: String)? {
        // Only an inflected word needs its lemma looked up ("drowned", "bodies"): most words are neither.
        func event(_ word: String) -> String? {
            if let event = rules.eventByWord[word] { return event }
            guard word.hasSuffix("s") || word.hasSuffix("ed") || word.hasSuffix("ing") else { return nil }
            return rules.eventByWord[lemma(word)]
        }
        for distance in 0..<max(before.count, after.count) {
            if distance < after.count, let found = event(after[distance]) { return (found, after[distance]) }
            if distance < before.count, let found = event(before[before.count - 1 - distance]) { return (found, before[before.count - 1 - distance]) }
        }
        return nil
    }
}
