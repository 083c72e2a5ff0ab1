/// Turns a document's quantities into facts by reading what identifies each: the words around
/// the number, the names and times in its sentence, its counted noun.
struct FactBuilder: Sendable {
    let identity: IdentityRules
    let stopWords: Set<String>
    let synonyms: [String: String]
    let months: Set<String>
    let weekdays: Set<String>
    /// "Sept" and "September" are one month, "Sat" and "Saturday" one weekday.
    let monthNames: [String: String]
    let weekdayNames: [String: String]

    init(rules: RuleSet) {
        identity = rules.identity
        // Unit words say how a thing is measured, not what: "30 km" and "35 km" share no subject.
        let unitWords = rules.units.flatMap { $0.names + $0.symbols }.flatMap { $0.lowercased().split(separator: " ").map(String.init) }
        stopWords = rules.nouns.stopWords.union(rules.identity.ignoredWords).union(unitWords)
        synonyms = rules.nouns.synonyms
        months = Set(rules.dates.months.keys)
        weekdays = Set(rules.dates.weekdays.keys)
        monthNames = rules.dates.months.mapValues { "month\($0)" }
        weekdayNames = rules.dates.weekdays.mapValues { "weekday\($0)" }
    }

    func facts(in document: Document, quantities: [Quantity]) -> [Fact] {
        var wordsBySentence: [Int: SentenceWords] = [:]
        // With a known publication date, "last year" is a year ("date: 2023-03-25" in front matter).
        let publicationYear = document.prose.metadata["date"].flatMap { Int($0.prefix(4)) }.flatMap { (1800...2200).contains($0) ? $0 : nil }
        var figuresBySentence: [Int: [(span: Range<Int>, key: String)]] = [:]
        for quantity in quantities where Self.isDistinctive(quantity) {
            figuresBySentence[quantity.sentence, default: []].append((quantity.span, "\(quantity.unit.id) \(quantity.value)"))
        }
        return quantities.map { quantity in
            let sentenceRange = document.sentenceRange(atProseOffset: quantity.proseSpan.lowerBound)
            let words = wordsBySentence[quantity.sentence] ?? SentenceWords(document.prose.bytes, sentenceRange)
            wordsBySentence[quantity.sentence] = words
            // A time belongs to the clause it stands in ("1,248,300 on census night, … since the last count in 2015");
            // a clause that names none takes the sentence's.
            let clause = Self.clause(around: quantity.proseSpan, in: sentenceRange, prose: document.prose.bytes)
            var times = times(in: words, range: clause, document: document, quantities: quantities, excluding: quantity, sentence: sentenceRange)
            if times.isEmpty {
                // Borrow from the other clauses: all their times when they hold no figure, else only periods.
                for other in Self.clauses(of: sentenceRange, prose: document.prose.bytes) where other != clause {
                    var borrowed = self.times(in: words, range: other, document: document, quantities: quantities, excluding: quantity,
                                              sentence: sentenceRange)
                    // A clause with a figure of its own keeps its dates; its period ("last season") covers the sentence.
                    if quantities.contains(where: { other.contains($0.proseSpan.lowerBound) }) {
                        borrowed = borrowed.filter { identity.sentenceWideKinds.contains($0.key) }
                    }
                    times.merge(borrowed) { $0.union($1) }
                }
            }
            if let year = publicationYear { Self.resolve(&times, publishedIn: year) }
            // A figure placed in a calendar year needs no default "now".
            for (kind, period) in identity.periodDefaults where times[kind] == nil && times["year"] == nil { times[kind] = [period] }
            if quantity.unit.dimension == "time-of-day" {
                // "11:40 p.m. local" and "04:40 UTC" are the same instant in two zones, not two times.
                let written = document.source.text(quantity.span).lowercased()
                times["zone"] = [written.contains("utc") || written.contains("gmt") ? "utc" : written.contains("local") ? "local" : "unstated"]
            }
            var fact = fact(for: quantity, words: words, times: times, document: document)
            fact.companions = Set((figuresBySentence[quantity.sentence] ?? []).filter { $0.span != quantity.span }.map(\.key))
            return fact
        }
    }

    /// "2% of GDP by 2027": a year after "by", "until" or "before" is a deadline, not when the figure holds.
    static func isDeadline(_ date: Quantity, _ prose: [UInt8]) -> Bool {
        let start = date.proseSpan.lowerBound
        let lead = String(decoding: prose[max(0, start - 8)..<start], as: UTF8.self).lowercased()
        return ["by ", "until ", "before ", "through "].contains { lead.hasSuffix($0) }
    }

    /// Relative years become calendar years once the report's year is known; unknown stays unresolved.
    static func resolve(_ times: inout [String: Set<String>], publishedIn year: Int) {
        guard let relative = times["relative"] else { return }
        let offsets = ["last year": -1, "this year": 0, "now": 0, "next year": 1]
        var resolved = relative
        for period in relative {
            guard let offset = offsets[period] else { continue }
            times["year", default: []].insert("\(year + offset)")
            resolved.remove(period)
        }
        times["relative"] = resolved.isEmpty ? nil : resolved
    }

    /// A figure distinctive enough to identify an event: three or more significant digits, or a decimal.
    static func isDistinctive(_ quantity: Quantity) -> Bool {
        guard quantity.unit.dimension != "date", quantity.bound == .exact else { return false }
        var significand = quantity.written.significand.magnitude
        while significand > 0, significand % 10 == 0 { significand /= 10 }
        return significand >= 100 || quantity.written.exponent < 0
    }

    private func fact(for quantity: Quantity, words: SentenceWords, times: [String: Set<String>], document: Document) -> Fact {
        let source = document.source
        var near: Set<String> = []
        var context: Set<String> = []
        var names: Set<String> = []
        // Content words in order, each with which side of the number it stands on.
        var sides: [(stem: String, isName: Bool, before: Bool)] = []
        for (index, word) in words.words.enumerated() {
            let stem: String
            let isName: Bool
            if let name = name(word, index: index, words: words.words) {
                names.insert(name)
                (stem, isName) = (name, true)
            } else if let content = contentStem(word.text) {
                context.insert(content)
                (stem, isName) = (content, false)
            } else {
                continue
            }
            if word.range.upperBound <= quantity.proseSpan.lowerBound {
                sides.append((stem, isName, true))
            } else if word.range.lowerBound >= quantity.proseSpan.upperBound {
                sides.append((stem, isName, false))
            }
        }
        // "Near" counts content words only: "the new US command in Japan will be headed by a three-star" is near "command".
        let nearest = sides.filter(\.before).suffix(identity.nearWords) + sides.filter { !$0.before }.prefix(identity.nearWords)
        near.formUnion(nearest.filter { !$0.isName }.map(\.stem))
        let nearestNames = sides.filter(\.before).suffix(identity.nearNameWords) + sides.filter { !$0.before }.prefix(identity.nearNameWords)
        let nearNames = Set(nearestNames.filter(\.isName).map(\.stem))
        return Fact(quantity: quantity, path: source.path, line: source.lines.line(of: quantity.span.lowerBound),
                    text: source.text(quantity.span), sentence: quantity.sentence, measure: measure(of: quantity),
                    near: near, context: context, names: names, nearNames: nearNames, companions: [], times: times)
    }

    /// A word's stem when it can say what is measured: not a stop word, a number, a month or weekday.
    private func contentStem(_ word: String) -> String? {
        let lower = word.lowercased()
        guard lower.count >= 2, !stopWords.contains(lower), !months.contains(lower), !weekdays.contains(lower),
              lower.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else { return nil }
        // Synonyms meet: "deal" and "contract", "sailors" and "crew".
        if let canonical = synonyms[lower] { return Stemmer.stem(canonical) }
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
        // The sentence's first word is a name when a capitalised word follows it ("Civic Union won") or it is possessive.
        let startsName = index == 0 && (word.text.hasSuffix("'s") || word.text.hasSuffix("’s") || (words.count > 1 && words[1].isCapitalized))
        guard word.isCapitalized, index > 0 || startsName, !stopWords.contains(lower), !months.contains(lower), !weekdays.contains(lower),
              lower.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else { return nil }
        return lower
    }

    /// A sentence cut at its clause breaks.
    static func clauses(of sentence: Range<Int>, prose: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = sentence.lowerBound
        while start < sentence.upperBound {
            let clause = clause(around: start..<start, in: sentence, prose: prose)
            if !clause.isEmpty { result.append(clause) }
            start = max(clause.upperBound + 1, start + 1)
        }
        return result
    }

    /// The clause around a span: from the last comma, semicolon, colon, dash or bracket before it to the next after it.
    static func clause(around span: Range<Int>, in sentence: Range<Int>, prose: [UInt8]) -> Range<Int> {
        func isBreak(_ index: Int) -> Bool {
            let byte = prose[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                // A comma between digits is a thousands separator, not a clause break.
                return !(byte == UInt8(ascii: ",") && index > 0 && index + 1 < prose.count && CharacterClass.isDigitByte(prose[index - 1]) && CharacterClass.isDigitByte(prose[index + 1]))
            }
            return byte == 0xE2 && index + 2 < prose.count && prose[index + 1] == 0x80 && (prose[index + 2] == 0x94 || prose[index + 2] == 0x93) // — –
        }
        var start = max(sentence.lowerBound, min(span.lowerBound, sentence.upperBound))
        while start > sentence.lowerBound, !isBreak(start - 1) { start -= 1 }
        var end = min(max(span.upperBound, sentence.lowerBound), sentence.upperBound)
        while end < sentence.upperBound, !isBreak(end) { end += 1 }
        return start..<end
    }

    /// The times stated in `range`, by kind; the quantity's own date is its value, not its time.
    private func times(in words: SentenceWords, range: Range<Int>, document: Document, quantities: [Quantity],
                       excluding own: Quantity, sentence: Range<Int>) -> [String: Set<String>] {
        var times: [String: Set<String>] = [:]
        for word in words.words where range.contains(word.range.lowerBound) && word.isCapitalized
            && !own.proseSpan.contains(word.range.lowerBound) {
            let lower = word.text.lowercased()
            if weekdays.contains(lower) { times["weekday", default: []].insert(weekdayNames[lower] ?? lower) }
            if months.contains(lower) { times["month", default: []].insert(monthNames[lower] ?? lower) }
        }
        for quantity in quantities where quantity.unit.dimension == "date" && range.contains(quantity.proseSpan.lowerBound)
            && quantity.proseSpan != own.proseSpan && !Self.isDeadline(quantity, document.prose.bytes) {
            if let year = quantity.date?.year { times["year", default: []].insert("\(year)") }
        }
        // The text from the sentence start, so a comparison word in an earlier clause is seen
        // ("rose to $612m … from $455m …, a year earlier").
        let text = String(decoding: document.prose.bytes[sentence.lowerBound..<range.upperBound], as: UTF8.self).lowercased()
        let clauseStart = text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound - sentence.lowerBound)
        for (kind, phrase, period) in identity.periods {
            guard let found = text.range(of: phrase, range: clauseStart..<text.endIndex) else { continue }
            let beforeOK = found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter
            let afterOK = found.upperBound == text.endIndex || !text[found.upperBound].isLetter
            // "rose 6.2% compared with the previous election": the period of the comparison, not of the figure.
            let lead = text[..<found.lowerBound]
            let comparison = identity.comparisonWords[kind, default: []].contains { word in
                lead.range(of: word).map { range in
                    (range.lowerBound == lead.startIndex || !lead[lead.index(before: range.lowerBound)].isLetter)
                        && (range.upperBound == lead.endIndex || !lead[range.upperBound].isLetter)
                } ?? false
            }
            if beforeOK, afterOK, !comparison { times[kind, default: []].insert(period) }
        }
        return times
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
