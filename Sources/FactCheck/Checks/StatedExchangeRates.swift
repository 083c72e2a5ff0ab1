/// Exchange rates a document states itself: "at 10.7 crowns to the dollar", "1.09 dollars per
/// euro", "150 yen per dollar". A currency the rules do not know ("crowns") is named by its noun.
struct StatedExchangeRates {
    struct Rate {
        /// Units of `currency` per one `per`.
        var currency: String
        var per: String
        var value: Double
        /// Half the rate's last written digit, as a share of it.
        var relativeHalfStep: Double
        var span: Range<Int>
        var sentence: Int
    }

    /// A rate applied to one conversion: converted units per original unit.
    struct Applied {
        var factor: Double
        var relativeHalfStep: Double
        var span: Range<Int>
    }

    private(set) var rates: [Rate] = []

    init(figures: ConversionFigures, currencyNames: [String: Unit]) {
        for (index, quantity) in figures.quantities.enumerated() where quantity.value.doubleValue > 0 && quantity.upperValue == nil {
            let figure = figures.figure(index)
            guard let currency = Self.key(figure) else { continue }
            let sentenceEnd = figures.document.sentenceRange(atProseOffset: quantity.proseSpan.lowerBound).upperBound
            var words = Self.words(figures.text(quantity.proseSpan.upperBound..<min(sentenceEnd, quantity.proseSpan.upperBound + 48)))
            if let noun = figure.currencyNoun, words.first == noun { words.removeFirst() }
            guard let per = Self.perCurrency(words, currencyNames), per != currency else { continue }
            rates.append(Rate(currency: currency, per: per, value: quantity.value.doubleValue,
                              relativeHalfStep: quantity.value.precision / 2 / quantity.value.doubleValue,
                              span: quantity.span, sentence: quantity.sentence))
        }
    }

    /// "to the dollar", "per euro", "a dollar", "for each dollar", "against the euro": the currency named, as its key.
    private static func perCurrency(_ words: [String], _ names: [String: Unit]) -> String? {
        let openings: [[String]] = [["to", "the"], ["to", "one"], ["to", "a"], ["per"], ["a"], ["an"], ["for", "each"], ["for", "every"],
                                    ["for", "one"], ["against", "the"], ["against", "one"]]
        for opening in openings where words.starts(with: opening) {
            let rest = words.dropFirst(opening.count)
            for length in [2, 1] where rest.count >= length {
                if let unit = names[rest.prefix(length).joined(separator: " ")] { return unit.id }
            }
        }
        return nil
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.prefix(6).map(String.init)
    }

    /// The currency a figure is in: its unit, or the noun of a currency the text names ("crowns").
    static func key(_ figure: ConversionFigure) -> String? {
        if figure.unit.dimension == "currency" { return figure.unit.id }
        return figure.currencyNoun.map { "noun:" + $0 }
    }

    /// Whether the text states a rate between the currency named `noun` and `unit`.
    func knows(noun: String, with unit: Unit) -> Bool {
        rates.contains { Set([$0.currency, $0.per]) == Set(["noun:" + noun, unit.id]) }
    }

    /// The stated rate that converts `original` into `converted`'s currency; nil when none is stated,
    /// or when the text states more than one and none in the conversion's own sentence.
    func rate(from original: ConversionFigure, to converted: ConversionFigure, sentence: Int) -> Applied? {
        guard let from = Self.key(original), let to = Self.key(converted), from != to else { return nil }
        let matching = rates.filter { Set([$0.currency, $0.per]) == Set([from, to]) }
        let local = matching.filter { $0.sentence == sentence }
        guard let rate = local.first ?? (Set(matching.map(\.value)).count == 1 ? matching.first : nil) else { return nil }
        let factor = rate.currency == to ? rate.value : 1 / rate.value
        return Applied(factor: factor, relativeHalfStep: rate.relativeHalfStep, span: rate.span)
    }
}
