extension RuleSet {
    /// numbers.yml: scales, number words, multipliers, fractions.
    mutating func readNumbers(_ root: RuleNode) throws(RuleFileError) {
        let fields = try root.fields(allowed: ["scales", "words", "multipliers", "word_examples", "fractions", "digit_forms", "vague"])
        for (id, entry) in try fields["scales"]?.entries() ?? [] {
            let scale = try entry.fields(allowed: ["power", "words", "suffixes", "currency_only_suffixes", "examples"], required: ["power", "examples"])
            scales.upsert(ScaleRule(id: id, power: try scale["power"]!.int(), words: try scale["words"]?.strings() ?? [],
                                    suffixes: try scale["suffixes"]?.strings() ?? [],
                                    currencyOnlySuffixes: try scale["currency_only_suffixes"]?.strings() ?? [],
                                    examples: try scale["examples"]!.examples(owner: id, kind: .quantity(unit: nil)))) { $0.id }
        }
        for (word, value) in try fields["words"]?.entries() ?? [] {
            numberWords[word.lowercased()] = try value.int()
        }
        for (word, value) in try fields["multipliers"]?.entries() ?? [] {
            numberMultipliers[word.lowercased()] = try value.int()
        }
        numberWordExamples += try fields["word_examples"]?.examples(owner: "words", kind: .quantity(unit: nil)) ?? []
        if let forms = fields["digit_forms"] {
            let body = try forms.fields(allowed: ["slash_denominators", "examples", "counterexamples"], required: ["slash_denominators", "examples"])
            for number in try body["slash_denominators"]!.strings() {
                guard let denominator = Int(number), denominator > 1 else { throw body["slash_denominators"]!.error("slash_denominators are whole numbers above 1, not '\(number)'") }
                slashDenominators.insert(denominator)
            }
            numberWordExamples += try body["examples"]!.examples(owner: "digit_forms", kind: .quantity(unit: nil))
                + (body["counterexamples"]?.examples(owner: "digit_forms", kind: .counterexample) ?? [])
        }
        if let vagueNode = fields["vague"] {
            let body = try vagueNode.fields(allowed: ["quantifiers", "plurals", "examples"], required: ["examples"])
            for (phrase, value) in try body["quantifiers"]?.entries() ?? [] { vague.quantifiers[phrase.lowercased()] = try value.int() }
            for word in try body["plurals"]?.strings() ?? [] where !vague.plurals.contains(word.lowercased()) { vague.plurals.append(word.lowercased()) }
            vague.examples += try body["examples"]!.examples(owner: "vague", kind: .quantity(unit: nil))
        }
        for (id, entry) in try fields["fractions"]?.entries() ?? [] {
            let fraction = try entry.fields(allowed: ["value", "words", "examples"], required: ["value", "words", "examples"])
            fractions.upsert(FractionRule(id: id, value: try fraction["value"]!.double(), words: try fraction["words"]!.strings(),
                                          examples: try fraction["examples"]!.examples(owner: id, kind: .quantity(unit: nil)))) { $0.id }
        }
    }

    /// qualifiers.yml: bound phrases and hedge phrases.
    mutating func readQualifiers(_ root: RuleNode) throws(RuleFileError) {
        let fields = try root.fields(allowed: ["bounds", "hedges", "ranges"])
        for (name, entry) in try fields["bounds"]?.entries() ?? [] {
            let allowed: [Bound] = [.approximate, .atLeast, .atMost]
            guard let bound = Bound(rawValue: name), allowed.contains(bound) else {
                throw entry.error("unknown bound '\(name)'\(DidYouMean.hint(for: name, among: allowed.map(\.rawValue)))")
            }
            let body = try entry.fields(allowed: ["phrases", "examples"], required: ["phrases", "examples"])
            bounds.upsert(BoundRule(bound: bound, phrases: try body["phrases"]!.strings(),
                                    examples: try body["examples"]!.examples(owner: name, kind: .quantity(unit: nil)))) { $0.bound }
        }
        if let hedgeNode = fields["hedges"] {
            let body = try hedgeNode.fields(allowed: ["phrases", "examples"], required: ["phrases"])
            for phrase in try body["phrases"]!.strings() where !hedges.contains(phrase) { hedges.append(phrase) }
            hedgeExamples += try body["examples"]?.examples(owner: "hedges", kind: .quantity(unit: nil)) ?? []
        }
        if let rangeNode = fields["ranges"] {
            let body = try rangeNode.fields(allowed: ["words_before_from", "examples", "counterexamples"], required: ["words_before_from", "examples"])
            for word in try body["words_before_from"]!.strings() where !ranges.wordsBeforeFrom.contains(word) { ranges.wordsBeforeFrom.append(word) }
            ranges.examples += try body["examples"]!.examples(owner: "ranges", kind: .quantity(unit: nil))
                + (body["counterexamples"]?.examples(owner: "ranges", kind: .counterexample) ?? [])
        }
    }

    /// dates.yml: month and weekday names, the year range, examples.
    mutating func readDates(_ root: RuleNode) throws(RuleFileError) {
        let fields = try root.fields(allowed: ["months", "weekdays", "year_range", "clock_prepositions", "examples", "time_examples"])
        dates.examples += try fields["time_examples"]?.examples(owner: "times", kind: .quantity(unit: "time")) ?? []
        for word in try fields["clock_prepositions"]?.strings() ?? [] { dates.clockPrepositions.insert(word.lowercased()) }
        for (number, names) in try fields["months"]?.entries() ?? [] {
            guard let month = Int(number), (1...12).contains(month) else { throw names.error("month keys are 1 to 12, not '\(number)'") }
            for name in try names.strings() { dates.months[name.lowercased()] = month }
        }
        for (number, names) in try fields["weekdays"]?.entries() ?? [] {
            guard let day = Int(number), (1...7).contains(day) else { throw names.error("weekday keys are 1 (Monday) to 7 (Sunday), not '\(number)'") }
            for name in try names.strings() { dates.weekdays[name.lowercased()] = day }
        }
        if let range = fields["year_range"] {
            let bounds = try range.strings().compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1] else { throw range.error("year_range is [first, last], e.g. [1800, 2099]") }
            dates.yearRange = bounds[0]...bounds[1]
        }
        dates.examples += try fields["examples"]?.examples(owner: "dates", kind: .quantity(unit: "date")) ?? []
    }

    /// ranks.yml: star words and titles.
    mutating func readRanks(_ root: RuleNode) throws(RuleFileError) {
        let fields = try root.fields(allowed: ["stars", "titles", "positions", "examples"])
        if let positions = fields["positions"] {
            let body = try positions.fields(allowed: ["ordinals", "verbs", "examples"], required: ["ordinals", "verbs"])
            for (word, value) in try body["ordinals"]!.entries() { ranks.ordinals[word.lowercased()] = try value.int() }
            ranks.positionVerbs = try body["verbs"]!.strings().map { $0.lowercased() }
            ranks.examples += try body["examples"]?.examples(owner: "positions", kind: .quantity(unit: "place")) ?? []
        }
        if let stars = fields["stars"] {
            let body = try stars.fields(allowed: ["words", "examples"], required: ["words"])
            ranks.starWords = try body["words"]!.strings()
            ranks.examples += try body["examples"]?.examples(owner: "stars", kind: .quantity(unit: "star")) ?? []
        }
        for (title, stars) in try fields["titles"]?.entries() ?? [] { ranks.titles[title.lowercased()] = try stars.int() }
        ranks.examples += try fields["examples"]?.examples(owner: "titles", kind: .quantity(unit: "star")) ?? []
    }

    /// nouns.yml: stop words, phrase length, synonyms.
    mutating func readNouns(_ root: RuleNode) throws(RuleFileError) {
        let fields = try root.fields(allowed: ["stop_words", "max_words", "synonyms", "examples"])
        for word in try fields["stop_words"]?.strings() ?? [] { nouns.stopWords.insert(word.lowercased()) }
        if let maxWords = fields["max_words"] { nouns.maxWords = try maxWords.int() }
        for (canonical, phrases) in try fields["synonyms"]?.entries() ?? [] {
            for phrase in try phrases.strings() { nouns.synonyms[phrase.lowercased()] = canonical }
        }
        nouns.examples += try fields["examples"]?.examples(owner: "nouns", kind: .quantity(unit: "count")) ?? []
    }

    /// exclusions.yml: id → PCRE2 pattern, examples, counterexamples.
    mutating func readExclusions(_ root: RuleNode) throws(RuleFileError) {
        for (id, entry) in try root.entries() {
            let fields = try entry.fields(allowed: ["pattern", "examples", "counterexamples"], required: ["pattern", "counterexamples"])
            let examples = try (fields["examples"]?.examples(owner: id, kind: .quantity(unit: nil)) ?? [])
                + (fields["counterexamples"]!.examples(owner: id, kind: .counterexample))
            exclusions.upsert(ExclusionRule(id: id, pattern: try fields["pattern"]!.string(), origin: fields["pattern"]!.origin, examples: examples)) { $0.id }
        }
    }

    /// checks.yml: per check, thresholds plus examples (`↓` where a finding lands) and clean examples.
    mutating func readChecks(_ root: RuleNode) throws(RuleFileError) {
        // Every check has an entry; the catalog is the one list of them.
        let known = CheckCatalog.descriptions.map(\.id)
        for (rule, entry) in try root.entries() {
            guard known.contains(rule) else { throw entry.error("unknown check '\(rule)'\(DidYouMean.hint(for: rule, among: known))") }
            let tolerances = Self.tolerances[rule] ?? [:]
            let fields = try entry.fields(allowed: tolerances.keys.sorted() + ["examples", "clean"])
            for (key, value) in fields where tolerances[key] != nil {
                _ = setTolerance(scope: rule, key: key, to: try value.double())
            }
            checks.examples += try fields["examples"]?.examples(owner: rule, kind: .finding(rule: rule)) ?? []
            checks.examples += try fields["clean"]?.examples(owner: rule, kind: .clean(rule: rule)) ?? []
        }
    }
}
