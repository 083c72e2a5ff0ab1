import Foundation

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

    /// Every period phrase of identity.yml, and every comparison word, in one pattern each.
    let periodPattern: Pattern
    let comparisonPattern: Pattern
    /// Lower-cased phrase → (kind, period).
    let periodByPhrase: [String: [(kind: String, period: String)]]
    /// Lower-cased comparison word → the kinds it applies to.
    let comparisonKinds: [String: Set<String>]
    let frameReader: ClaimFrameReader
    /// Each word's content stem (nil: none), shared by the documents of a run.
    let contentStems = WordMemo<String?>()

    init(rules: RuleSet) throws(RegexError) {
        identity = rules.identity
        var byPhrase: [String: [(kind: String, period: String)]] = [:]
        for (kind, phrase, period) in rules.identity.periods { byPhrase[phrase, default: []].append((kind, period)) }
        periodByPhrase = byPhrase
        var kinds: [String: Set<String>] = [:]
        for (kind, words) in rules.identity.comparisonWords { for word in words { kinds[word, default: []].insert(kind) } }
        comparisonKinds = kinds
        periodPattern = try Pattern("(?i)(?<![\\p{L}])" + RegexText.alternation(byPhrase.keys) + "(?![\\p{L}])",
                                    origin: PatternOrigin(file: "rules/identity.yml", line: 1))
        comparisonPattern = try Pattern("(?i)(?<![\\p{L}])" + RegexText.alternation(kinds.keys) + "(?![\\p{L}])",
                                        origin: PatternOrigin(file: "rules/identity.yml", line: 1))
        // Unit words say how a thing is measured, not what: "30 km" and "35 km" share no subject.
        let unitWords = rules.units.flatMap { $0.names + $0.symbols }.flatMap { $0.lowercased().split(separator: " ").map(String.init) }
        stopWords = rules.nouns.stopWords.union(rules.identity.ignoredWords).union(unitWords)
        synonyms = rules.nouns.synonyms
        months = Set(rules.dates.months.keys)
        weekdays = Set(rules.dates.weekdays.keys)
        monthNames = rules.dates.months.mapValues { "month\($0)" }
        weekdayNames = rules.dates.weekdays.mapValues { "weekday\($0)" }
        // A month or weekday dates a figure; it is never what it measures ("sentenced on Friday to 153 months").
        frameReader = ClaimFrameReader(rules: rules.claims, stopWords: stopWords.union(months).union(weekdays), synonyms: synonyms,
                                       boundPhrases: rules.bounds.flatMap(\.phrases).map { $0.lowercased().split(separator: " ").map(String.init) })
    }

    func facts(in document: Document, quantities: [Quantity], scratch: MatchScratch) -> [Fact] {
        var wordsBySentence: [Int: SentenceWords] = [:]
        var classifiedBySentence: [Int: [ClassifiedWord]] = [:]
        var phrasesBySentence: [Int: SentencePhrases] = [:]
        var sharedBySentence: [Int: SentenceSets] = [:]
        var figureClausesBySentence: [Int: Set<Range<Int>>] = [:]
        // Each sentence's own quantities: per-clause work looks only at these, so a long document stays linear.
        var quantitiesBySentence: [Int: [Quantity]] = [:]
        for quantity in quantities { quantitiesBySentence[quantity.sentence, default: []].append(quantity) }
        // With a known publication date, "last year" is a year ("date: 2023-03-25" in front matter).
        let published = document.prose.metadata["date"].flatMap(PublicationDate.init)
        var figuresBySentence: [Int: [(span: Range<Int>, key: String)]] = [:]
        for quantity in quantities where Self.isDistinctive(quantity) {
            figuresBySentence[quantity.sentence, default: []].append((quantity.span, "\(quantity.unit.id) \(quantity.value)"))
        }
        var clauseCache: [Range<Int>: ClauseTimes] = [:]
        var clausesBySentence: [Int: [Range<Int>]] = [:]
        return quantities.map { quantity in
            let sentenceRange = document.sentenceRange(atProseOffset: quantity.proseSpan.lowerBound)
            let words = wordsBySentence[quantity.sentence] ?? SentenceWords(document.prose.bytes, sentenceRange)
            wordsBySentence[quantity.sentence] = words
            let classified = classifiedBySentence[quantity.sentence] ?? classify(words)
            classifiedBySentence[quantity.sentence] = classified
            let phrases = phrasesBySentence[quantity.sentence] ?? self.phrases(in: sentenceRange, document: document, scratch: scratch)
            phrasesBySentence[quantity.sentence] = phrases
            let clauses = clausesBySentence[quantity.sentence] ?? Self.clauses(of: sentenceRange, prose: document.prose.bytes)
            clausesBySentence[quantity.sentence] = clauses
            func readTimes(of clause: Range<Int>) -> ClauseTimes {
                if let cached = clauseCache[clause] { return cached }
                let read = clauseTimes(in: words, range: clause, document: document, quantities: quantitiesBySentence[quantity.sentence] ?? [],
                                       phrases: phrases)
                clauseCache[clause] = read
                return read
            }
            // A time belongs to the clause it stands in ("1,248,300 on census night, … since the last count in 2015");
            // a clause that names none takes the sentence's.
            let clause = Self.clause(containing: quantity.proseSpan.lowerBound, in: clauses)
                ?? Self.clause(around: quantity.proseSpan, in: sentenceRange, prose: document.prose.bytes)
            var times = readTimes(of: clause).times(excluding: quantity.proseSpan)
            let ownKinds = Set(times.keys)
            let sentenceQuantities = quantitiesBySentence[quantity.sentence] ?? []
            let figureClauses = figureClausesBySentence[quantity.sentence] ?? Set(sentenceQuantities.filter { $0.unit.dimension != "date" }
                .compactMap { Self.clause(containing: $0.proseSpan.lowerBound, in: clauses) })
            figureClausesBySentence[quantity.sentence] = figureClauses
            // Borrow from the other clauses: when the figure's clause names no time, all the times of clauses with
            // no figure of their own ("In 2019, the port handled …": a date is a time, not a figure); a
            // sentence-wide period ("last season") reaches every clause that does not name its kind.
            // A sentence of dozens of clauses is a list, not prose: its clauses lend nothing.
            for other in clauses where other != clause && clauses.count <= 16 {
                let borrowed = readTimes(of: other).times(excluding: quantity.proseSpan)
                let figureFree = !figureClauses.contains(other)
                for (kind, periods) in borrowed where !ownKinds.contains(kind) {
                    if (ownKinds.isEmpty && figureFree) || identity.sentenceWideKinds.contains(kind) {
                        times[kind, default: []].formUnion(periods)
                    }
                }
            }
            if let published { published.resolve(&times) }
            // A date is itself a day: the other dates of its clause are other events ("ran aground on March 23
            // and was freed on Friday, March 28").
            if quantity.unit.dimension == "date" { times["day"] = nil }
            // A figure placed in a calendar year needs no default "now".
            for (kind, period) in identity.periodDefaults where times[kind] == nil && times["year"] == nil { times[kind] = [period] }
            if quantity.unit.dimension == "time-of-day" {
                // "11:40 p.m. local" and "04:40 UTC" are the same instant in two zones, not two times; a time
                // with no zone is local, as news writes it ("came ashore at 4:40 a.m." is "4:04 a.m. local time").
                let written = document.source.text(quantity.span).lowercased()
                times["zone"] = [written.contains("utc") || written.contains("gmt") ? "utc" : "local"]
            }
            // Sets that are the same for every figure of a sentence are built once and shared (copy-on-write).
            let shared = sharedBySentence[quantity.sentence] ?? {
                var topic: Set<String> = []
                if quantity.sentence > 0, quantity.sentence - 1 < document.prose.sentences.count {
                    let previous = classifiedBySentence[quantity.sentence - 1]
                        ?? classify(SentenceWords(document.prose.bytes, document.prose.sentences[quantity.sentence - 1]))
                    topic = Set(previous.filter { !$0.isName }.map(\.stem))
                }
                return SentenceSets(context: Set(classified.filter { !$0.isName }.map(\.stem)),
                                    names: Set(classified.filter(\.isName).map(\.stem)), topic: topic)
            }()
            sharedBySentence[quantity.sentence] = shared
            var fact = fact(for: quantity, words: classified, sentence: shared, times: times, document: document)
            fact.frame = frameReader.frame(for: quantity, words: words.words,
                                           stretch: Self.stretch(of: quantity, in: clause, among: sentenceQuantities))
            // "96 deaths" counts what its event says: it is the same measure as "killed 69 people".
            if fact.frame.event != nil, let measure = fact.frame.measure, frameReader.rules.eventByWord[measure] != nil {
                fact.frame.measure = nil
                fact.measure = nil
            }
            fact.source = document.prose.metadata["source"]
            fact.datesAnotherFigure = quantity.unit.dimension == "date" && figureClauses.contains(clause)
            // The nearest few distinctive figures of the sentence, found by position: a sentence of a thousand figures
            // must not give each a thousand companions.
            let figures = figuresBySentence[quantity.sentence] ?? []
            var at = 0, high = figures.count
            while at < high {
                let mid = (at + high) / 2
                if figures[mid].span.lowerBound < quantity.span.lowerBound { at = mid + 1 } else { high = mid }
            }
            fact.companions = Set(figures[max(0, at - Self.companionReach)..<min(figures.count, at + Self.companionReach + 1)]
                .filter { $0.span != quantity.span }.map(\.key))
            return fact
        }
    }

    /// "2% of GDP by 2027": a year after "by", "until" or "before" is a deadline, not when the figure holds.
    static func isDeadline(_ date: Quantity, _ prose: [UInt8]) -> Bool {
        let start = date.proseSpan.lowerBound
        let lead = String(decoding: prose[max(0, start - 8)..<start], as: UTF8.self).lowercased()
        // "the coldest since 1987": a year after "since" is the start of a comparison, not when the figure holds.
        return ["by ", "until ", "before ", "through ", "since "].contains { lead.hasSuffix($0) }
    }

    /// The part of a figure's clause that is its own: up to the neighbouring figures of its sentence
    /// (a bracketed conversion is no neighbour), found by binary search over them in order.
    static func stretch(of quantity: Quantity, in clause: Range<Int>, among neighbours: [Quantity]) -> Range<Int> {
        var low = 0, high = neighbours.count
        while low < high {
            let mid = (low + high) / 2
            if neighbours[mid].proseSpan.lowerBound < quantity.proseSpan.lowerBound { low = mid + 1 } else { high = mid }
        }
        var left = clause.lowerBound, right = clause.upperBound
        if let previous = neighbours[..<low].last(where: { $0.conversionOf == nil && $0.proseSpan.upperBound <= quantity.proseSpan.lowerBound }) {
            left = max(left, previous.proseSpan.upperBound)
        }
        if let next = neighbours[low...].first(where: { $0.conversionOf == nil && $0.proseSpan.lowerBound >= quantity.proseSpan.upperBound }) {
            right = min(right, next.proseSpan.lowerBound)
        }
        return left..<max(left, right)
    }

    /// How many distinctive figures either side of a fact count as its companions.
    static let companionReach = 3

    /// A figure distinctive enough to identify an event: three or more significant digits, or a decimal.
    static func isDistinctive(_ quantity: Quantity) -> Bool {
        guard quantity.unit.dimension != "date", quantity.bound == .exact else { return false }
        var significand = quantity.written.significand.magnitude
        while significand > 0, significand % 10 == 0 { significand /= 10 }
        return significand >= 100 || quantity.written.exponent < 0
    }

    /// A word of a sentence as fact identity sees it: a name, or a content word's stem.
    struct ClassifiedWord {
        var range: Range<Int>
        var stem: String
        var isName: Bool
    }

    /// Each word classified once per sentence: names (canonical), content stems; other words dropped.
    private func classify(_ words: SentenceWords) -> [ClassifiedWord] {
        words.words.enumerated().compactMap { index, word in
            if let name = name(word, index: index, words: words.words) {
                // A bracketed name is an aside (an outlet, an affiliation), not whose figure it is.
                return word.isParenthesized ? nil : ClassifiedWord(range: word.range, stem: name, isName: true)
            }
            return contentStems.value(of: word.lower, compute: contentStem(lowercased:)).map { ClassifiedWord(range: word.range, stem: $0, isName: false) }
        }
    }

    /// A sentence's content stems, names, and the stems of the sentence before it.
    struct SentenceSets {
        var context: Set<String>
        var names: Set<String>
        var topic: Set<String>
    }

    private func fact(for quantity: Quantity, words: [ClassifiedWord], sentence: SentenceSets, times: [String: Set<String>],
                      document: Document) -> Fact {
        let source = document.source
        var near: Set<String> = []
        // Content words in order, each with which side of the number it stands on; only a window around the
        // number is looked at (a binary search finds it), so a sentence of many figures stays linear.
        var sides: [(stem: String, isName: Bool, before: Bool)] = []
        var split = 0, upper = words.count
        while split < upper {
            let mid = (split + upper) / 2
            if words[mid].range.lowerBound < quantity.proseSpan.lowerBound { split = mid + 1 } else { upper = mid }
        }
        let reach = max(identity.nearWords, identity.nearNameWords) + 4
        for word in words[max(0, split - reach)..<min(words.count, split + reach)] {
            if word.range.upperBound <= quantity.proseSpan.lowerBound {
                sides.append((word.stem, word.isName, true))
            } else if word.range.lowerBound >= quantity.proseSpan.upperBound {
                sides.append((word.stem, word.isName, false))
            }
        }
        // "Near" counts content words only: "the new US command in Japan will be headed by a three-star" is near "command".
        let nearest = sides.filter(\.before).suffix(identity.nearWords) + sides.filter { !$0.before }.prefix(identity.nearWords)
        near.formUnion(nearest.filter { !$0.isName }.map(\.stem))
        let nearestNames = sides.filter(\.before).suffix(identity.nearNameWords) + sides.filter { !$0.before }.prefix(identity.nearNameWords)
        let nearNames = Set(nearestNames.filter(\.isName).map(\.stem))
        return Fact(quantity: quantity, path: source.path, line: source.lines.line(of: quantity.span.lowerBound),
                    text: source.text(quantity.span), sentence: quantity.sentence, measure: measure(of: quantity),
                    near: near, context: sentence.context, names: sentence.names, nearNames: nearNames, companions: [], times: times,
                    topic: sentence.topic)
    }

    /// A word's stem when it can say what is measured: not a stop word, a number, a month or weekday.
    private func contentStem(lowercased lower: String) -> String? {
        guard lower.utf8.count >= 2, !stopWords.contains(lower), !months.contains(lower), !weekdays.contains(lower),
              lower.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else { return nil }
        // Synonyms meet: "deal" and "contract", "sailors" and "crew".
        if let canonical = synonyms[lower] { return Stemmer.stem(canonical) }
        let stem = Stemmer.stem(lower)
        return stopWords.contains(stem) ? nil : stem
    }

    /// A capitalised word that names something, canonical ("U.S." → "united states"); the
    /// sentence's first word counts only when it is a known name.
    private func name(_ word: SentenceWords.Word, index: Int, words: [SentenceWords.Word]) -> String? {
        var lower = word.lower
        for apostrophe in ["'s", "’s"] where lower.hasSuffix(apostrophe) { lower.removeLast(2) }
        // Names are capitalised: "told us" is not the United States.
        guard word.isCapitalized else { return nil }
        if index + 1 < words.count, let pair = identity.names["\(lower) \(words[index + 1].lower)"] { return pair }
        if let known = identity.names[lower] { return known }
        // The sentence's first word is a name when a capitalised word follows it ("Civic Union won"), it is possessive,
        // or it is no English word at all ("Kestria: nine gold, five silver").
        let startsName = index == 0 && (word.text.hasSuffix("'s") || word.text.hasSuffix("’s") || (words.count > 1 && words[1].isCapitalized)
            || !frameReader.lexicon.knows(frameReader.lemma(lower)))
        guard word.isCapitalized, index > 0 || startsName, !stopWords.contains(lower), !months.contains(lower), !weekdays.contains(lower),
              lower.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else { return nil }
        return Self.nameRoot(lower)
    }

    /// Endings that make a place's people or adjective of it, and what to cut to reach the place:
    /// "Kestrian" → "Kestria", "Kenyans" → "Kenya", "Japanese" → "Japan". ("-i" is left out: "Helsinki".)
    private static let demonymEndings: [(ending: String, cut: Int)] = [("ians", 2), ("ian", 1), ("eans", 2), ("ean", 1), ("ans", 2), ("an", 1),
                                                                        ("ese", 3)]

    /// A place and its people as one name, the place's: a word with a demonym ending loses what makes it
    /// one, when five letters remain (four for "-ese"): "Kestrian" and "Kestria" meet; "Iran" and "Brian" stay.
    static func nameRoot(_ name: String) -> String {
        guard let (ending, cut) = demonymEndings.first(where: { name.hasSuffix($0.ending) }), name.count - cut >= (ending == "ese" ? 4 : 5) else { return name }
        return String(name.dropLast(cut))
    }

    /// The clause holding `offset`, by binary search over a sentence's sorted clauses.
    static func clause(containing offset: Int, in clauses: [Range<Int>]) -> Range<Int>? {
        var low = 0, high = clauses.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if clauses[mid].upperBound <= offset { low = mid + 1 } else if clauses[mid].lowerBound > offset { high = mid - 1 } else { return clauses[mid] }
        }
        return nil
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

    /// What a clause says of time, read once and shared by every figure in its sentence.
    struct ClauseTimes {
        /// Capitalised weekday and month words with where they stand.
        var words: [(range: Range<Int>, kind: String, value: String)] = []
        /// Years of the dates in the clause (not deadlines), with where each date stands.
        var years: [(span: Range<Int>, year: String)] = []
        /// Days ("03-19") of the dates in the clause that give month and day.
        var days: [(span: Range<Int>, day: String)] = []
        /// Periods named by phrases ("last year", "Q3"), by kind.
        var periods: [String: Set<String>] = [:]

        /// The times, leaving out the asking figure's own words (a date's month is its value, not its time).
        func times(excluding own: Range<Int>) -> [String: Set<String>] {
            var times = periods
            for word in words where !own.contains(word.range.lowerBound) { times[word.kind, default: []].insert(word.value) }
            for date in years where date.span != own { times["year", default: []].insert(date.year) }
            for date in days where date.span != own { times["day", default: []].insert(date.day) }
            return times
        }
    }

    /// The period phrases and comparison words of one sentence, found by one scan each.
    struct SentencePhrases {
        /// In order of `start`.
        var periods: [(start: Int, kind: String, period: String)] = []
        /// Where the first comparison word of each kind ends: a period after it is a comparison's base.
        var firstComparisonEnd: [String: Int] = [:]
    }

    private func phrases(in sentence: Range<Int>, document: Document, scratch: MatchScratch) -> SentencePhrases {
        var result = SentencePhrases()
        document.prose.bytes.withUnsafeBufferPointer { prose in
            let window = UnsafeBufferPointer(rebasing: prose[0..<sentence.upperBound])
            for match in (try? periodPattern.allMatches(in: window, from: sentence.lowerBound, scratch: scratch)) ?? [] {
                let phrase = RegexText.key(String(decoding: UnsafeBufferPointer(rebasing: prose[match.range]), as: UTF8.self))
                for named in periodByPhrase[phrase] ?? [] { result.periods.append((match.range.lowerBound, named.kind, named.period)) }
            }
            for match in (try? comparisonPattern.allMatches(in: window, from: sentence.lowerBound, scratch: scratch)) ?? [] {
                let word = RegexText.key(String(decoding: UnsafeBufferPointer(rebasing: prose[match.range]), as: UTF8.self))
                for kind in comparisonKinds[word] ?? [] where result.firstComparisonEnd[kind] == nil {
                    result.firstComparisonEnd[kind] = match.range.upperBound
                }
            }
        }
        return result
    }

    private func clauseTimes(in words: SentenceWords, range: Range<Int>, document: Document, quantities: [Quantity],
                             phrases: SentencePhrases) -> ClauseTimes {
        // Only the clause's own words, quantities and periods are visited (each list is in order): a sentence of
        // thousands of clauses must not read the whole sentence once per clause.
        var result = ClauseTimes()
        let clauseWords = words.words[Self.firstIndex(in: words.words, from: range.lowerBound) { $0.range.lowerBound }...]
        for word in clauseWords.prefix(while: { $0.range.lowerBound < range.upperBound }) where word.isCapitalized {
            let lower = word.lower
            if weekdays.contains(lower) { result.words.append((word.range, "weekday", weekdayNames[lower] ?? lower)) }
            if months.contains(lower) { result.words.append((word.range, "month", monthNames[lower] ?? lower)) }
        }
        let clauseQuantities = quantities[Self.firstIndex(in: quantities, from: range.lowerBound) { $0.proseSpan.lowerBound }...]
            .prefix { $0.proseSpan.lowerBound < range.upperBound }
        for quantity in clauseQuantities where quantity.unit.dimension == "date" && !Self.isDeadline(quantity, document.prose.bytes) {
            if let year = quantity.date?.year { result.years.append((quantity.proseSpan, "\(year)")) }
            if let month = quantity.date?.month, let day = quantity.date?.day {
                result.days.append((quantity.proseSpan, String(format: "%02d-%02d", month, day)))
            }
        }
        // "rose 6.2% compared with the previous election": after a comparison word anywhere earlier in the
        // sentence, a period names the comparison's base, not the figure's time.
        let clausePeriods = phrases.periods[Self.firstIndex(in: phrases.periods, from: range.lowerBound) { $0.start }...]
        for period in clausePeriods.prefix(while: { $0.start < range.upperBound }) {
            let comparison = phrases.firstComparisonEnd[period.kind].map { $0 <= period.start } ?? false
            if !comparison { result.periods[period.kind, default: []].insert(period.period) }
        }
        return result
    }

    /// The first index of `items` (in order of `position`) whose position is at least `offset`.
    private static func firstIndex<Item>(in items: [Item], from offset: Int, position: (Item) -> Int) -> Int {
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if position(items[mid]) < offset { low = mid + 1 } else { high = mid }
        }
        return low
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
