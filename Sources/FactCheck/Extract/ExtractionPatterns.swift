/// The PCRE2 patterns the extractor runs, generated from the rule set and compiled once.
struct ExtractionPatterns: Sendable {
    /// Numbers with scale, range and unit after them.
    let quantity: Pattern
    /// A currency symbol or code that ends right where a number starts ("$", "US$ ", "EUR ").
    let currencyBefore: Pattern
    /// The unit of a rate after a quantity, past up to three words: "people per square kilometre", "a day".
    let perUnit: Pattern
    /// "April 10", "10 April 2025", "Friday, March 28", "March 2025".
    let date: Pattern
    /// "three-star", "lieutenant general".
    let rank: Pattern
    /// Race and clock durations: "2:04:37", "14:31"; with a.m./p.m. or a zone, times of day.
    let clock: Pattern
    /// Times of day by the hour: "3 a.m.", "9.30pm".
    let hourOfDay: Pattern
    /// Finishing positions: "finished third", "a fourth-place finish".
    let position: Pattern
    /// The exclusion rules, each compiled with its own origin so an error names its file and line.
    let exclusions: [Pattern]
    /// A bound phrase that ends right where the quantity starts ("more than ").
    let bound: Pattern
    /// A hedge phrase in the clause before a quantity.
    let hedge: Pattern
    /// Where a clause starts within a sentence (a hedge does not reach across it).
    let clauseBreak: Pattern

    static let notWordBefore = #"(?<![\p{L}\p{N}_])"#
    static let notWordAfter = #"(?![\p{L}\p{N}_])"#

    init(rules: RuleSet) throws(RegexError) {
        let units = rules.units
        let currencies = rules.currencies

        // ASCII [0-9], not \d: under UCP \d is every Unicode digit, which denies PCRE2 its first-byte map.
        let digitNumber = [
            #"[0-9]{1,3}(?:\.[0-9]{3}){1,8},[0-9]+"#,                               // 1.234,5 (European)
            // 1.3e6, 12.32e+14, 6.23x10^-4, 2.48×10−5
            // Possessive: a long run of digits with no exponent must fail once, not backtrack through every digit.
            #"[0-9]++(?:\.[0-9]++)?(?:[eE][-+]?[0-9]{1,2}|\h?[x×]\h?10(?:\^[-+−]?|[-−])[0-9]{1,2})(?![\p{L}0-9])"#,
            #"(?:[0-9]{1,3}\h+)?[0-9]{1,3}/[0-9]{1,3}(?![0-9/])"#,                   // 3/4, 10 1/2 (not 3/14/2025)
            // ½ standing alone; "8¾" stays the digits' (conversion checks read "7 ft 8¾ in" as feet and inches).
            #"(?<![0-9])[\x{BC}-\x{BE}\x{2150}-\x{215E}]"#,
            // 1 234 567 and 40 000 with a (narrow) no-break space; not "4 400-metre relays"
            #"[0-9]{1,3}(?:[\h][0-9]{3}(?![0-9])){1,4}(?![-‐/][\p{L}0-9])(?:\.[0-9]+)?"#,
            #"[0-9]{1,3}(?:,,?[0-9]{1,4}(?![0-9])|, [0-9]{3}(?![0-9,])){1,8}(?:\.[0-9]+)?"#, // 6,200 and its typos (at most 8 groups)
            #"[0-9]+(?:\.[0-9]+){0,8}"#,                                            // 6200, 6.2, 3.5.1
            #"(?<![0-9.,])\.[0-9]+"#,                                               // .08, a .500 average
        ].joined(separator: "|")
        // A minus sign counts only where a word would start ("-18 °C", not the "-" of "30-40");
        // "minus" and "negative" sign a number too ("minus five degrees").
        let sign = "(?<sign>(?<![\\p{L}\\p{N}])[-−]|(?<![\\p{L}\\p{N}])(?i:minus|negative)\\h+)?"

        let words = rules.numberWords
        let unitWords = words.filter { $0.value < 20 }.map(\.key)
        let onesWords = words.filter { (1...9).contains($0.value) }.map(\.key)
        let tensWords = words.filter { $0.value >= 20 && $0.value % 10 == 0 && $0.value < 100 }.map(\.key)
        let basic = "(?:\(RegexText.alternation(tensWords))(?:\\s*-\\s*|\\s+)\(RegexText.alternation(onesWords))|\(RegexText.alternation(tensWords))|\(RegexText.alternation(unitWords)))"
        let fractionWords = RegexText.alternation(rules.fractions.flatMap(\.words))
        // A group ends in a scale or multiplier word ("two hundred", "twenty-one thousand", "half a
        // dozen"); groups and a last basic number join into one compound, with or without "and".
        let multiplierWords = RegexText.alternation(rules.scales.flatMap(\.words).map { $0.lowercased() } + rules.numberMultipliers.keys)
        let group = "(?:\(basic)|(?:half\\h+)?an?|half)(?:(?:\\h*-\\h*|\\h+)\(multiplierWords))+"
        let andThen = "(?:\\h+and)?\\h+"
        let wordNumber = Self.notWordBefore + "(?i:"
            + "(?:\(basic)|an?)(?:\\s*-\\s*|\\s+)\(fractionWords)"
            + "|\(group)(?:\(andThen)\(group))*(?:\(andThen)\(basic))?(?:\\s+and\\s+a\\s+half)?"
            + "|half"
            + "|\(basic)(?:\\s+and\\s+a\\s+half)?"
            + ")(?![\\p{L}])"
        let number = "\(sign)(?:\(digitNumber)|\(wordNumber))"
        let unsignedNumber = "(?:\(digitNumber)|\(wordNumber))"

        let currencySymbols = RegexText.alternation(currencies.flatMap(\.symbols))
        let suffixes = RegexText.alternation(rules.scales.flatMap(\.suffixes))
        let scaleWords = "(?i:" + RegexText.alternation(rules.scales.flatMap(\.words).map { $0.lowercased() }) + ")"
        let symbols = RegexText.alternation(units.flatMap(\.symbols) + currencies.flatMap(\.symbols).filter(Lexicon.currencySymbolMayFollow))
        let gluedSymbols = RegexText.alternation(units.flatMap(\.gluedSymbols))
        let names = "(?i:" + RegexText.alternation((units.flatMap(\.names) + currencies.flatMap(\.names)).map { $0.lowercased() }) + ")"

        let scalePart = { (n: String) in "(?:(?<suffix\(n)>\(suffixes))\(Self.notWordAfter)|[\\h-](?<scale\(n)>\(scaleWords))\(Self.notWordAfter))?" }
        // Number first: the currency before it and the left boundary are checked around each hit,
        // so PCRE2 can skip straight to digits and number words.
        // "several hundred", "tens of thousands": a vague amount, tried before a plain number.
        let quantifiers = RegexText.alternation(rules.vague.quantifiers.keys)
        let plurals = RegexText.alternation(rules.vague.plurals)
        let vague = Self.notWordBefore + "(?i:\(quantifiers)(?:\\h+\(multiplierWords))+|\(plurals)(?:\\h+of\\h+\(plurals))*)" + Self.notWordAfter
        let quantity = "(?<num>(?<vague>\(vague))|\(number))" + scalePart("")
            + "(?:(?<rsep>\\h?[-–]\\h?)(?:(?<cur2>\(currencySymbols))\\h?)?(?<num2>\(unsignedNumber))" + scalePart("2") + ")?"
            // Horizontal space only: a unit never stands on the next line ("Total 426\nMinutes").
            + "(?:(?<usep>\\h+of\\h+an?\\h+|\\h+an?\\h+|\\h?-\\h?|\\h|)(?<unit>\(symbols)|\(names))\(Self.notWordAfter)|(?<unit2>\(gluedSymbols))\(Self.notWordAfter))?"
        self.quantity = try Pattern(quantity, origin: PatternOrigin(file: "rules/units.yml", line: 1))
        let perNames = "(?i:" + RegexText.alternation(units.flatMap(\.names).map { $0.lowercased() }) + ")"
        // "per" may stand a few words on ("people per square kilometre"); "a"/"an" only right after
        // the quantity or its noun ("$9.6bn a day"), or "for the first time in a decade" would be a rate.
        let perUnitName = "(?:\(symbols)|\(perNames))\(Self.notWordAfter)"
        self.perUnit = try Pattern("(?:[^\\S\\n]+[\\p{L}'’-]+){0,3}?(?:[^\\S\\n]+(?i:per)[^\\S\\n]+|/)(?<unit>\(perUnitName))"
                                   + "|(?:[^\\S\\n]+[\\p{L}'’-]+)?[^\\S\\n]+(?i:a|an|every|each)[^\\S\\n]+(?<unit2>\(perUnitName))"
                                   // "$455m a year earlier" is a time, not a rate.
                                   + "(?![^\\S\\n]+(?i:earlier|ago|before|later|after|previously|on|from|since)\\b)",
                                   origin: PatternOrigin(file: "rules/units.yml", line: 1))
        self.currencyBefore = try Pattern(Self.notWordBefore + "(?<cur>\(currencySymbols))\\s?\\z", origin: PatternOrigin(file: "rules/currencies.yml", line: 1))

        let months = RegexText.alternation(rules.dates.months.keys.map(Self.capitalized))
        let weekdays = RegexText.alternation(rules.dates.weekdays.keys.map(Self.capitalized))
        let day = #"[0-3]?[0-9](?:st|nd|rd|th)?(?![0-9\p{L}])"#
        let year = #"[0-9]{4}(?![0-9]|,[0-9])"#
        let date = Self.notWordBefore + "(?:"
            + "(?:(?<wd1>\(weekdays)),?\\s+)?(?<m1>\(months))\\.?\\s+(?<d1>\(day))(?:,?\\s+(?<y1>\(year)))?"
            + "|(?:(?<wd2>\(weekdays)),?\\s+)?(?<d2>\(day))\\s+(?:of\\s+)?(?<m2>\(months))\\.?(?:,?\\s+(?<y2>\(year)))?"
            + "|(?<m3>\(months))\\.?,?\\s+(?<y3>\(year))"
            + ")" + Self.notWordAfter
        self.date = try Pattern(date, origin: PatternOrigin(file: "rules/dates.yml", line: 1))

        let starWords = RegexText.alternation(rules.ranks.starWords)
        let titles = RegexText.alternation(rules.ranks.titles.keys.map { $0.lowercased() })
        let rank = Self.notWordBefore + "(?:(?:(?<stars>(?i:\(RegexText.alternation(rules.ranks.starWords.map { $0.lowercased() }))))|[1-5])[-\\s]star|(?i:(?<title>\(titles))))" + Self.notWordAfter
        self.rank = try Pattern(rank, origin: PatternOrigin(file: "rules/ranks.yml", line: 1))

        let ordinals = RegexText.alternation(rules.ranks.ordinals.keys.map { $0.lowercased() })
        let verbs = RegexText.alternation(rules.ranks.positionVerbs)
        let ordinal = "(?<ord>(?i:\(ordinals))|[0-9]{1,2}(?:st|nd|rd|th))"
        self.position = try Pattern(Self.notWordBefore + "(?:(?i:\(verbs))\\s+(?:in\\s+)?\(ordinal)(?![\\p{L}\\p{N}])(?!-(?!place))(?!\\s+(?i:time|times|day|half|quarter|round|leg|stage|of|to|in\\s+line|such))"
                                    + "|\(ordinal.replacingOccurrences(of: "<ord>", with: "<ord2>"))[-\\s](?i:place)\\b)", origin: PatternOrigin(file: "rules/ranks.yml", line: 1))
        self.hourOfDay = try Pattern(#"\b(?<hour>[0-9]{1,2})(?:[.:](?<minute>[0-9]{2}))?\s?(?<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b)"#)
        self.clock = try Pattern(#"(?<![0-9:.,])(?<first>[0-9]{1,2}):(?<second>[0-9]{1,2})(?::(?<third>[0-9]{1,2}))?(?<fraction>\.[0-9]+)?(?![0-9:])(?:\s?(?<ampm>[ap]\.?m\.?|[AP]M\b))?(?:\s?(?<zone>GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|local(?:\s+time)?)\b)?"#)

        // One scan per exclusion: a combined alternation would lose each pattern's own start optimization.
        var exclusions: [Pattern] = []
        for rule in rules.exclusions { exclusions.append(try Pattern(rule.pattern, origin: rule.origin)) }
        self.exclusions = exclusions

        let boundPhrases = RegexText.alternation(rules.bounds.flatMap(\.phrases).map { $0.lowercased() })
        self.bound = try Pattern("(?i)" + Self.notWordBefore + "(?<phrase>\(boundPhrases))\\s+(?:(?:a|an|the)\\s+)?\\z",
                                 origin: PatternOrigin(file: "rules/qualifiers.yml", line: 1))
        self.hedge = try Pattern("(?i)" + Self.notWordBefore + "(?<phrase>\(RegexText.alternation(rules.hedges.map { $0.lowercased() })))" + Self.notWordAfter + #"(?!\s+\d)"#,
                                 origin: PatternOrigin(file: "rules/qualifiers.yml", line: 1))
        self.clauseBreak = try Pattern(#"[;—]|(?i)\b(?:however|but|whereas|while|although|though)\b"#)
    }

    /// Month and weekday names are matched capitalised as written ("May", "Mar."), never as the verbs "may" or "march".
    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
