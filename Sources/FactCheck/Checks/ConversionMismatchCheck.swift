import Foundation

/// `conversion-mismatch`: an inline conversion that does not agree with the figure it converts.
public struct ConversionMismatchCheck: DocumentCheck {
    public static let description = CheckDescription(
        id: "conversion-mismatch",
        name: "ConversionMismatch",
        summary: "An inline conversion disagrees with the figure it converts.",
        details: "Compares \"A (B)\" pairs of the same dimension, such as \"100 km (62 miles)\", \"1.83 m (6 ft 0 in)\", \"-8C (18F)\" or \"€85m (£72m)\". The bracketed figure agrees when it is the exact conversion rounded to about the precision of the figure it converts: a round \"300\" is not read as good to the hundred when it converts a three-digit \"165\". \"about\" widens that by a few percent, not more. A currency conversion uses the rate the same document states (\"at 10.7 crowns to the dollar\", \"150 yen per dollar\"), else approximate exchange rates with a wide tolerance, since rates move.",
        helpMarkdown: """
        Recompute the conversion and round it to about as many digits as the figure it converts:
        `100 km (62 miles)`, `185 mph (295 km/h)`, `27,000 km/h (17,000 mph)` agree; `165 mph (300 km/h)` does
        not (265.5 km/h), nor does `42,000 sq km (26,100 sq miles)` (the linear factor applied to an area).

        Feet and inches are read together (`6 ft 4 in`); "tons" may be short, long or metric; a rate the
        document states itself (`at 10.7 crowns to the dollar`) decides a currency conversion.
        FactCheck offers the corrected figure as a fix for units (not for currencies, whose rate depends on the day).
        """,
        defaultLevel: .warning, precision: "high", tags: ["numbers", "units", "conversion"])

    let relativeTolerance: Double
    let approximateTolerance: Double
    let currencyTolerance: Double
    let currencyNames: [String: Unit]
    /// Change words (arithmetic.yml `rise`, `fall`, `change_qualifiers`, `difference_after`): a
    /// temperature after "risen by" or before "warmer" is a difference.
    let cues: ArithmeticCues
    /// Clock-time zones (zones.yml): "1:30 p.m. IST (0800 GMT)".
    let zones: ClockZones

    public init(settings: CheckSettings, currencies: [CurrencyRule] = [], cues: ArithmeticCues, zones: ClockZones) {
        self.cues = cues
        self.zones = zones
        relativeTolerance = settings.conversionRelativeTolerance
        approximateTolerance = settings.conversionApproximateTolerance
        currencyTolerance = settings.currencyTolerance
        var names: [String: Unit] = [:]
        for currency in currencies {
            for name in currency.names + currency.symbols { names[name.lowercased()] = currency.unit }
        }
        currencyNames = names
    }

    public func findings(in document: Document, quantities: [Quantity]) -> [Finding] {
        let figures = ConversionFigures(document: document, quantities: ConversionFigures.endForEnd(quantities))
        let rates = StatedExchangeRates(figures: figures, currencyNames: currencyNames)
        let clockTimes = ConversionClockTimes(document: document, quantities: quantities, zones: zones).mismatches().map { pair in
            Finding(ruleId: Self.description.id, level: Self.description.defaultLevel, message: pair.message,
                    claims: [pair.original, pair.converted].map { claim(document, quantities[$0].span) })
        }
        return figures.pairs(rates: rates).compactMap { pair in finding(document, figures, rates, pair) } + clockTimes
    }

    private func finding(_ document: Document, _ figures: ConversionFigures, _ rates: StatedExchangeRates,
                         _ pair: (original: Int, converted: Int)) -> Finding? {
        let original = figures.figure(pair.original), converted = figures.figure(pair.converted)
        let isCurrency = converted.unit.dimension == "currency"
        var note = ""
        let expected: Double
        let rateSlack: Double
        if let stated = rates.rate(from: original, to: converted, sentence: figures.quantities[pair.converted].sentence) {
            expected = original.value * stated.factor
            rateSlack = stated.relativeHalfStep
            note = " at the rate stated in the text ('\(document.source.text(stated.span))')"
        } else if isCurrency {
            guard original.unit.dimension == "currency" else { return nil }
            let rough = converted.unit.fromBase(original.unit.toBase(original.value))
            guard rough.isFinite, rough > 0, abs(converted.value - rough) > currencyTolerance * rough else { return nil }
            return report(document, original, converted, expected: rough, note: " at the usual exchange rate (rates move: check the day's rate)", fix: false)
        } else if original.unit.dimension == "temperature", figures.isDifference(pair, cues: cues) {
            // "risen by 1.4C (2.5F)": a difference scales, without the offset of the scale's zero.
            let slope = Self.slope(original.unit, converted.unit)
            let change = original.value * slope
            if agrees(original, converted, expected: change, slope: slope, rateSlack: 0) { return nil }
            return report(document, original, converted, expected: change, note: " (a change in temperature: no +32)", fix: true)
        } else {
            let candidates = Self.alternatives(original.unit).flatMap { from in Self.alternatives(converted.unit).map { (from, $0) } }
            let results = candidates.map { from, to in (to.fromBase(from.toBase(original.value)), from, to) }
            guard let best = results.min(by: { abs($0.0 - converted.value) < abs($1.0 - converted.value) }), best.0.isFinite else { return nil }
            if agrees(original, converted, expected: best.0, slope: Self.slope(best.1, best.2), rateSlack: 0) { return nil }
            return report(document, original, converted, expected: results[0].0, note: "", fix: true)
        }
        guard expected.isFinite, expected > 0 else { return nil }
        let slope = expected / original.value
        if agrees(original, converted, expected: expected, slope: slope, rateSlack: rateSlack) { return nil }
        return report(document, original, converted, expected: expected, note: note, fix: !isCurrency)
    }

    /// Within the rounding the writer's precision allows: the converted figure's own digits, or (for
    /// a round figure such as "300") about as many digits as the figure it converts has; plus the
    /// original's own rounding (none for a round "100"), a small relative floor, and a few percent for "about".
    func agrees(_ original: ConversionFigure, _ converted: ConversionFigure, expected: Double, slope: Double, rateSlack: Double) -> Bool {
        let difference = abs(converted.value - expected)
        // A round original ("100 km") is converted as written: its rounding is the writer's own choice, not slack.
        let originalHalf = original.isRound ? 0 : original.step / 2 * abs(slope)
        var convertedStep = converted.step
        if converted.isRound, converted.unit.dimension != "temperature", original.value != 0 {
            // A round "300" or "100": read to the step the original's precision calls for.
            let wanted = 2 * original.step / abs(original.value) * abs(expected)
            convertedStep = converted.candidateSteps.last { $0 <= max(wanted, converted.finestStep) } ?? converted.finestStep
        }
        var allowed = convertedStep / 2 + originalHalf + (relativeTolerance + rateSlack) * abs(expected)
        if original.bound == .approximate || converted.bound == .approximate { allowed += approximateTolerance * abs(expected) }
        return difference <= allowed * 1.000001
    }

    private func report(_ document: Document, _ original: ConversionFigure, _ converted: ConversionFigure, expected: Double, note: String, fix: Bool) -> Finding {
        // "minus 8C": the sign is read from the word before the figure, so the message says it.
        let written = document.source.text(original.span)
        let originalText = original.value < 0 && !written.hasPrefix("-") && !written.hasPrefix("−") && !written.lowercased().hasPrefix("minus") ? "minus " + written : written
        let convertedText = document.source.text(converted.span)
        var exact = NumberPrecision.format(NumberPrecision.roundedToSignificant(expected, digits: 4), significantDigits: 4) + " " + converted.unit.id
        if converted.isFeetAndInches {
            let inches = expected / 12
            let feet = Int(inches.rounded(.down))
            exact = "\(feet) ft \(NumberPrecision.format((inches - Double(feet)) * 12, decimals: 1)) in"
        }
        let message = "'\(originalText)' is about \(exact), not '\(convertedText)'\(note)"
        // A fix only where the number is written in full ("164 feet", not "2.6 million tons").
        let corrected = NumberPrecision.rounded(expected, like: converted.decimal)
        let writtenInFull = DigitNumberReader.read(Substring(document.source.text(converted.numberSpan)), countsWholeThings: false)?.value == converted.decimal
        let proposed = fix && writtenInFull && !converted.isFeetAndInches
            ? Fix(path: document.source.path, span: converted.numberSpan, replacement: corrected, description: "Write '\(corrected)'") : nil
        return Finding(ruleId: Self.description.id, level: Self.description.defaultLevel, message: message,
                       claims: [claim(document, original.span, normalized: "\(original.value) \(original.unit.id)"),
                                claim(document, converted.span, normalized: "\(converted.value) \(converted.unit.id)")],
                       fix: proposed)
    }

    /// Other base factors an unqualified unit may be meant with: "tons" long or metric as well as
    /// short, "gallons" imperial as well as US (units.yml gives each the US reading).
    static let looseReadings: [String: [Double]] = ["ton": [1016.0469088, 1000], "gal": [0.00454609]]

    /// The units a written unit may mean.
    static func alternatives(_ unit: Unit) -> [Unit] {
        [unit] + (looseReadings[unit.id] ?? []).map { Unit(id: unit.id, dimension: unit.dimension, factor: $0, baseId: unit.baseId) }
    }

    /// Converted units per original unit.
    static func slope(_ from: Unit, _ to: Unit) -> Double {
        to.fromBase(from.toBase(1)) - to.fromBase(from.toBase(0))
    }

    /// Kept for the fact listing's normalized values until it moves to ``NumberPrecision``.
    static func format(_ value: Double, significantDigits: Int) -> String {
        NumberPrecision.format(value, significantDigits: significantDigits)
    }
}
