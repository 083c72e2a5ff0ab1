/// Turns a document's quantities into facts by reading what identifies each: the words around
/// the number, the names and times in its sentence, its counted noun.
struct FactBuilder: Sendable {
    let identity: IdentityRules
    let stopWords: Set<String>
    let synonyms: [String: String]
    let months: Set<String>
    let weekdays: Set<String>

    init(rules: RuleSet) {
        identity = rules.identity
        stopWords = rules.nouns.stopWords.union(rules.identity.ignoredWords)
        synonyms = rules.nouns.synonyms
        months = Set(rules.dates.months.keys)
        weekdays = Set(rules.dates.weekdays.keys)
    }

    func facts(in document: Document, quantities: [Quantity]) -> [Fact] {
        var wordsBySentence: [Int: SentenceWords] = [:]
        var timesBySentence: [Int: Set<String>] = [:]
        return quantities.map { quantity in
            let sentenceRange = document.sentenceRange(atProseOffset: quantity.proseSpan.lowerBound)
            let words = wordsBySentence[quantity.sentence] ?? SentenceWords(document.prose.bytes, sentenceRange)
            wordsBySentence[quantity.sentence] = words
            let sentenceTimes = timesBySentence[quantity.sentence] ?? times(in: words, sentence: sentenceRange, document: document, quantities: quantities)
            timesBySentence[quantity.sentence] = sentenceTimes
            return fact(for: quantity, words: words, sentenceTimes: sentenceTimes, document: document)
        }
    }

    private func fact(for quantity: Quantity, words: SentenceWords, sentenceTimes: Set<String>, document: Document) -> Fact {
        let source = document.source
        var near: Set<String> = []
        var context: Set<String> = []
        var names: Set<String> = []
        // Content words in order, each with which side of the number it stands on.
        var sides: [(stem: String, before: Bool)] = []
        for (index, word) in words.words.enumerated() {
            if let name = name(word, index: index, words: words.words) {
                names.insert(name)
                continue
            }
            guard let stem = contentStem(word.text) else { continue }
            context.insert(stem)
            if word.range.upperBound <= quantity.proseSpan.lowerBound {
                sides.append((stem, true))
            } else if word.range.lowerBound >= quantity.proseSpan.upperBound {
                sides.append((stem, false))
            }
        }
        // "Near" counts content words only: "the new US command in Japan will be headed by a three-star" is near "command".
        near.formUnion(sides.filter(\.before).suffix(identity.nearWords).map(\.stem))
        near.formUnion(sides.filter { !$0.before }.prefix(identity.nearWords).map(\.stem))
        var times = sentenceTimes
        // A date's own year, month and weekday are its value, not its time.
        if let date = quantity.date {
            times.subtract(timeTokens(of: date))
            for word in words.words where quantity.proseSpan.contains(word.range.lowerBound) { times.remove(word.text.lowercased()) }
        }
        return Fact(quantity: quantity, path: source.path, line: source.lines.line(of: quantity.span.lowerBound),
                    text: source.text(quantity.span), sentence: quantity.sentence, measure: measure(of: quantity),
                    near: near, context: context, names: names, times: times)
    }

    /// A word's stem when it can say what is measured: not a stop word, a number, a month or weekday.
    private func contentStem(_ word: String) -> String? {
        let lower = word.lowercased()
        guard lower.count >= 2, !stopWords.contains(lower), !months.contains(lower), !weekdays.contains(lower),
              lower.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else { return nil }
        let stem = Stemmer.stem(lower)
        return stopWords.contains(stem) ? nil : stem
    }

    /// A capitalised word that names something, canonical ("U.S." → "united states"); the
    /// sentence's first word counts only when it is a known name.
    private func name(_ word: SentenceWords.Word, index: Int, words: [SentenceWords.Word]) -> String? {
        var lower = word.text.lowercased()
        for apostrophe in ["'s", "’s"] where lower.hasSuffix(apostrophe) { lower.removeLast(2) }
        if index + 1 < words.count, let pair = identity.names["\(lower) \(words[index + 1].text.lowercased())"] { return pair }
        if let known = identity.names[lower] { return known }
        guard word.isCapitalized, index > 0, !stopWords.contains(lower), !months.contains(lower), !weekdays.contains(lower),
              lower.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else { return nil }
        return lower
    }

    private func times(in words: SentenceWords, sentence: Range<Int>, document: Document, quantities: [Quantity]) -> Set<String> {
        var times: Set<String> = []
        for word in words.words {
            let lower = word.text.lowercased()
            if weekdays.contains(lower) || months.contains(lower) { times.insert(lower) }
        }
        for quantity in quantities where quantity.unit.dimension == "date" && sentence.contains(quantity.proseSpan.lowerBound) {
            if let date = quantity.date { times.formUnion(timeTokens(of: date)) }
        }
        let text = String(decoding: document.prose.bytes[sentence], as: UTF8.self).lowercased()
        for (phrase, period) in identity.periods {
            guard let range = text.range(of: phrase) else { continue }
            let beforeOK = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if beforeOK, afterOK { times.insert(period) }
        }
        return times
    }

    private func timeTokens(of date: CalendarDate) -> Set<String> {
        var tokens: Set<String> = []
        if let year = date.year { tokens.insert("\(year)") }
        return tokens
    }

    /// The counted-noun class of a count: the synonym class of its phrase or head noun, else the head's stem.
    private func measure(of quantity: Quantity) -> String? {
        guard quantity.unit == .count, let noun = quantity.noun?.lowercased() else { return nil }
        if let canonical = synonyms[noun] { return canonical }
        let words = noun.split(separator: " ")
        for start in words.indices {
            if let canonical = synonyms[words[start...].joined(separator: " ")] { return canonical }
        }
        return words.last.map { Stemmer.stem(String($0)) }
    }
}
