/// Every word and symbol the extractor recognises, looked up after a pattern has matched it.
struct Lexicon: Sendable {
    var unitById: [String: Unit] = [:]
    var unitBySymbol: [String: Unit] = [:]
    var unitByName: [String: Unit] = [:]
    var currencyBySymbol: [String: Unit] = [:]
    var currencyByName: [String: Unit] = [:]
    /// Currency codes ("USD") are symbols that may also follow the number.
    var currencyCodes: Set<String> = []
    var scalePowerByWord: [String: Int] = [:]
    var scaleBySuffix: [String: (power: Int, currencyOnly: Bool)] = [:]
    var numberWords: [String: Int] = [:]
    var numberMultipliers: [String: Int] = [:]
    var fractionByWord: [String: Double] = [:]
    var slashDenominators: Set<Int> = []
    var boundByPhrase: [String: Bound] = [:]
    var months: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    var rankTitles: [String: Int] = [:]
    var ordinals: [String: Int] = [:]
    var yearRange: ClosedRange<Int> = 1800...2099
    var clockPrepositions: Set<String> = []
    var vagueQuantifiers: [String: Int] = [:]
    var vaguePlurals: Set<String> = []
    /// Lower-cased phrases (with the space after them) that give a bare number after them a unit ("aged ").
    var unitsByPhraseBefore: [(phrase: [UInt8], unit: Unit)] = []

    init(rules: RuleSet) {
        for rule in rules.units {
            unitById[rule.unit.id] = rule.unit
            for symbol in rule.symbols + rule.gluedSymbols { unitBySymbol[RegexText.symbolKey(symbol)] = rule.unit }
            for name in rule.names { unitByName[RegexText.key(name)] = rule.unit }
            for phrase in rule.before { unitsByPhraseBefore.append((Array((phrase.lowercased() + " ").utf8), rule.unit)) }
        }
        for currency in rules.currencies {
            for symbol in currency.symbols {
                currencyBySymbol[RegexText.symbolKey(symbol)] = currency.unit
                if Self.currencySymbolMayFollow(symbol) { currencyCodes.insert(symbol) }
            }
            for name in currency.names { currencyByName[RegexText.key(name)] = currency.unit }
        }
        for scale in rules.scales {
            for word in scale.words { scalePowerByWord[RegexText.key(word)] = scale.power }
            for suffix in scale.suffixes { scaleBySuffix[suffix] = (scale.power, scale.currencyOnlySuffixes.contains(suffix)) }
        }
        numberWords = rules.numberWords
        numberMultipliers = rules.numberMultipliers
        slashDenominators = rules.slashDenominators
        for fraction in rules.fractions {
            for word in fraction.words { fractionByWord[word.lowercased()] = fraction.value }
        }
        for rule in rules.bounds {
            for phrase in rule.phrases { boundByPhrase[RegexText.key(phrase)] = rule.bound }
        }
        months = rules.dates.months
        weekdays = rules.dates.weekdays
        yearRange = rules.dates.yearRange
        clockPrepositions = rules.dates.clockPrepositions
        vagueQuantifiers = rules.vague.quantifiers
        vaguePlurals = Set(rules.vague.plurals)
        rankTitles = rules.ranks.titles
        ordinals = rules.ranks.ordinals
    }

    /// Whether a currency symbol may also stand after the number: an ISO code ("5m USD") or a sign
    /// with no letters ("1.200€", "45 £"); "US$" and "C$" only lead.
    static func currencySymbolMayFollow(_ symbol: String) -> Bool {
        (symbol.count == 3 && symbol.allSatisfy(\.isUppercase)) || !symbol.contains(where: \.isLetter) && !symbol.contains(" ")
    }

    /// The unit written as `text` after a number: a symbol (exact case), else a name, else a currency.
    func unit(written text: String) -> Unit? {
        let symbol = RegexText.symbolKey(text)
        if let unit = unitBySymbol[symbol] { return unit }
        if let unit = currencyBySymbol[symbol], currencyCodes.contains(symbol) { return unit }
        let name = RegexText.key(text)
        return unitByName[name] ?? currencyByName[name]
    }
}
