/// Everything FactCheck knows about how quantities are written, loaded from `rules/*.yml`.
///
/// The built-in files are embedded in the binary; `--rules DIR` files are loaded after them and
/// add entries or replace entries with the same id.
public struct RuleSet: Sendable {
    public var units: [UnitRule] = []
    public var currencies: [CurrencyRule] = []
    public var scales: [ScaleRule] = []
    /// Number words by lower-cased word ("fifty" → 50).
    public var numberWords: [String: Int] = [:]
    /// Words that multiply the number before them without being a power of ten ("two dozen" → 24).
    public var numberMultipliers: [String: Int] = [:]
    public var numberWordExamples: [RuleExample] = []
    /// numbers.yml `vague`: amounts given only roughly, read as at-least bounds.
    public var vague = VagueAmountRules()
    /// Denominators that make a lone "3/4" a fraction even though it could be written as a date.
    public var slashDenominators: Set<Int> = []
    public var fractions: [FractionRule] = []
    public var bounds: [BoundRule] = []
    public var hedges: [String] = []
    public var hedgeExamples: [RuleExample] = []
    public var ranges = RangeRules()
    public var dates = DateRules()
    public var ranks = RankRules()
    public var nouns = NounRules()
    public var exclusions: [ExclusionRule] = []
    public var checks = CheckSettings()
    public var identity = IdentityRules()
    public var claims = ClaimRules()
    public var arithmetic = ArithmeticCues()
    public var zones = ClockZones()

    public init() {}

    /// Every example of every entry, for the generic example test.
    public var allExamples: [RuleExample] {
        units.flatMap(\.examples) + currencies.flatMap(\.examples) + scales.flatMap(\.examples)
            + numberWordExamples + fractions.flatMap(\.examples) + bounds.flatMap(\.examples) + hedgeExamples + ranges.examples
            + vague.examples
            + dates.examples + ranks.examples + nouns.examples + exclusions.flatMap(\.examples) + checks.examples + identity.examples + claims.examples
            + arithmetic.examples
    }
}

/// A unit of measure and every way it is written.
public struct UnitRule: Sendable {
    public var unit: Unit
    /// Whole words, matched case-insensitively ("kilometres").
    public var names: [String]
    /// Symbols, matched case-sensitively ("km").
    public var symbols: [String]
    /// Symbols read only when glued to the number ("C" in "44.8C").
    public var gluedSymbols: [String]
    /// Phrases right before a bare number that give it this unit ("aged" in "aged 40").
    public var before: [String] = []
    public var examples: [RuleExample]
}

/// A currency: symbols before the number, names after it, and a rough rate for conversions.
public struct CurrencyRule: Sendable {
    public var id: String
    public var symbols: [String]
    public var names: [String]
    /// Units of this currency per US dollar.
    public var perUSD: Double
    public var examples: [RuleExample]

    public var unit: Unit { Unit(id: id, dimension: "currency", factor: 1 / perUSD, baseId: "USD") }
}

/// A scale word or suffix: "million", "bn", "k".
public struct ScaleRule: Sendable {
    public var id: String
    public var power: Int
    public var words: [String]
    public var suffixes: [String]
    /// Suffixes that mean this scale only after a currency symbol ("$85m" but "400m" is metres).
    public var currencyOnlySuffixes: [String]
    public var examples: [RuleExample]
}

/// A fraction word: "half", "two-thirds".
public struct FractionRule: Sendable {
    public var id: String
    public var value: Double
    public var words: [String]
    public var examples: [RuleExample]
}

/// Phrases that bound the number after them: "more than", "about".
public struct BoundRule: Sendable {
    public var bound: Bound
    public var phrases: [String]
    public var examples: [RuleExample]
}

/// numbers.yml `vague`: "several hundred" (a quantifier before scale words) and "tens of thousands"
/// (counting words in the plural), read as the least they can mean.
public struct VagueAmountRules: Sendable {
    /// Lower-cased quantifier → the least number it means ("several" → 3, "a few" → 2).
    public var quantifiers: [String: Int] = [:]
    /// Lower-cased counting words in the plural ("dozens", "hundreds", "tens"): at least two of each.
    public var plurals: [String] = []
    public var examples: [RuleExample] = []
}

/// qualifiers.yml `ranges`: when two figures are the two ends of one amount.
public struct RangeRules: Sendable {
    /// Words before "from" that make "from X to Y" a range ("ranging from 252 to 287 miles"); after any other word it is a change.
    public var wordsBeforeFrom: [String] = []
    public var examples: [RuleExample] = []
}

public struct DateRules: Sendable {
    /// Lower-cased month name or abbreviation → month number.
    public var months: [String: Int] = [:]
    /// Lower-cased weekday name or abbreviation → ISO weekday (Monday = 1).
    public var weekdays: [String: Int] = [:]
    public var yearRange: ClosedRange<Int> = 1800...2099
    /// Lower-cased words after which "14:30" is a time of day.
    public var clockPrepositions: Set<String> = []
    public var examples: [RuleExample] = []
}

public struct RankRules: Sendable {
    /// Words before "-star": "three" in "three-star".
    public var starWords: [String] = []
    /// Lower-cased title → stars.
    public var titles: [String: Int] = [:]
    /// Lower-cased ordinal word → position ("third" → 3).
    public var ordinals: [String: Int] = [:]
    /// Verbs after which an ordinal is a finishing position ("finished third").
    public var positionVerbs: [String] = []
    public var examples: [RuleExample] = []
}

public struct NounRules: Sendable {
    public var stopWords: Set<String> = []
    public var maxWords = 4
    /// Lower-cased phrase → canonical measure name.
    public var synonyms: [String: String] = [:]
    public var examples: [RuleExample] = []
}

/// A pattern for numbers that are not quantities ("F-35", "Article 9").
public struct ExclusionRule: Sendable {
    public var id: String
    public var pattern: String
    public var origin: PatternOrigin
    public var examples: [RuleExample]
}

/// Thresholds for the checks, and the checks' own examples.
public struct CheckSettings: Sendable {
    public var conversionRelativeTolerance = 0.005
    /// Share of the exact conversion an "about" figure may miss by, on top of its rounding.
    public var conversionApproximateTolerance = 0.03
    public var currencyTolerance = 0.15
    /// Points a stated percent change may miss by beyond half its last digit.
    public var arithmeticPercentSlack = 0.15
    /// Share of an "about" figure it may miss by.
    public var arithmeticApproximateTolerance = 0.05
    /// Share of the multiple a "doubled" or "halved" ratio may miss by.
    public var arithmeticMultipleTolerance = 0.1
    public var examples: [RuleExample] = []
}

/// When two quantities state the same fact: the features and thresholds of rules/identity.yml.
public struct IdentityRules: Sendable {
    public var nearWords = 4
    public var minSharedNear = 1
    public var minSharedNearForConflict = 2
    public var minSharedContext = 2
    public var maxRatio = 2.0
    public var approximateTolerance = 0.1
    public var maxPosting = 400
    /// Lower-cased words that never say what is measured.
    public var ignoredWords: Set<String> = []
    /// Lower-cased name → canonical name ("u.s." → "united states").
    public var names: [String: String] = [:]
    /// Lower-cased time phrases by kind: phrase → the period it names ("third-quarter" → "q3").
    public var periods: [(kind: String, phrase: String, period: String)] = []
    /// The period a fact takes when it states none of that kind ("relative" → "now").
    public var periodDefaults: [String: String] = [:]
    /// Kinds of period that hold for a whole sentence, not just their clause ("His 19 goals last season, which …").
    public var sentenceWideKinds: Set<String> = []
    /// Words after which a period names a comparison's base, by kind ("compared with the previous election").
    public var comparisonWords: [String: [String]] = [:]
    public var nearNameWords = 2
    /// Roles compared only among themselves (claims.yml): a capacity is never compared with a count.
    public var distinctRoles: Set<String> = []
    public var examples: [RuleExample] = []
}
