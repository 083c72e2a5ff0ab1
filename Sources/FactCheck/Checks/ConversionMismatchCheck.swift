import Foundation

/// `conversion-mismatch`: an inline conversion that does not agree with the figure it converts.
public struct ConversionMismatchCheck: DocumentCheck {
    public static let description = CheckDescription(
        id: "conversion-mismatch",
        name: "ConversionMismatch",
        summary: "An inline conversion disagrees with the figure it converts.",
        details: "Compares \"A (B)\" pairs of the same dimension, such as \"100 km (62 miles)\" or \"€85m (£72m)\". The bracketed figure agrees when it is the exact conversion rounded the way it is written: to its last digit, to the nearest 5 or 10 when it ends in 5 or 0, or to the thousand for \"17,000\". Currency conversions use approximate exchange rates and a wide tolerance, since rates move.",
        helpMarkdown: """
        Recompute the conversion and round it as the copy rounds: `100 km (62 miles)`, `185 mph (295 km/h)`.

        FactCheck offers the corrected figure as a fix for units (not for currencies, whose rate depends on the day).
        """,
        defaultLevel: .warning, precision: "high", tags: ["numbers", "units", "conversion"])

    let relativeTolerance: Double
    let currencyTolerance: Double

    public init(settings: CheckSettings) {
        relativeTolerance = settings.conversionRelativeTolerance
        currencyTolerance = settings.currencyTolerance
    }

    public func findings(in document: Document, quantities: [Quantity]) -> [Finding] {
        quantities.compactMap { converted in
            guard let index = converted.conversionOf else { return nil }
            let original = quantities[index]
            let expected = converted.unit.fromBase(original.baseValue)
            guard expected.isFinite, expected > 0, !agrees(original: original, converted: converted, expected: expected) else { return nil }

            let isCurrency = converted.unit.dimension == "currency"
            let corrected = Self.rounded(expected, like: converted.value)
            let originalText = document.source.text(original.span)
            let convertedText = document.source.text(converted.span)
            let exact = Self.format(expected, significantDigits: 4)
            var message = "'\(originalText)' is about \(exact) \(converted.unit.id), not '\(convertedText)'"
            if isCurrency { message += " at the usual exchange rate (rates move: check the day's rate)" }
            // A fix only where the number is written in full ("164 feet", not "2.6 million tons"): currencies' rates move.
            let writtenInFull = DigitNumberReader.read(Substring(document.source.text(converted.numberSpan)), countsWholeThings: false)?.value == converted.value
            let fix = isCurrency || !writtenInFull ? nil : Fix(path: document.source.path, span: converted.numberSpan, replacement: corrected,
                                               description: "Write '\(corrected)'")
            return Finding(ruleId: Self.description.id, level: Self.description.defaultLevel, message: message,
                           claims: [claim(document, original.span, normalized: "\(original.value) \(original.unit.id)"),
                                    claim(document, converted.span, normalized: "\(converted.value) \(converted.unit.id)")],
                           fix: fix)
        }
    }

    /// Within the rounding the converted figure was written with, widened by the original's last digit.
    func agrees(original: Quantity, converted: Quantity, expected: Double) -> Bool {
        let written = converted.value.doubleValue
        let difference = abs(written - expected)
        if converted.unit.dimension == "currency" { return difference <= currencyTolerance * expected }
        let convertedSlack = Self.roundingStep(of: converted.value) / 2
        let originalSlack = original.value.precision / 2 * abs(converted.unit.fromBase(original.unit.toBase(1)) - converted.unit.fromBase(original.unit.toBase(0)))
        return difference <= max(convertedSlack + originalSlack, relativeTolerance * expected)
    }

    /// How a figure was rounded, read from how it is written: "17,000" to the thousand,
    /// "295" to the nearest 5, "62" to the unit, "51.5" to the tenth.
    static func roundingStep(of value: DecimalNumber) -> Double {
        var significand = value.significand.magnitude
        var exponent = value.exponent
        guard significand != 0 else { return value.precision }
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return significand % 5 == 0 && exponent >= value.exponent ? 5 * pow10(exponent) : pow10(exponent)
    }

    /// The expected figure rounded as the written one was, keeping at least two significant digits.
    static func rounded(_ expected: Double, like written: DecimalNumber) -> String {
        guard expected.isFinite, abs(expected) < 1e15 else { return format(expected, significantDigits: 4) }
        var step = max(roundingStep(of: written), written.precision)
        if step == 5 * pow10(Int(log10(step / 5))) { step /= 5 }
        while step > written.precision, expected / step < 10 { step /= 10 }
        let value = (expected / step).rounded() * step
        let decimals = max(0, -Int(log10(step).rounded(.down)))
        let number = DecimalNumber(significand: Int64((value * pow10(decimals)).rounded()), exponent: -decimals)
        return DigitNumberReader.grouped(number)
    }

    static func format(_ value: Double, significantDigits: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        if value < 0 { return "-" + format(-value, significantDigits: significantDigits) }
        guard value > 0 else { return "0" }
        // Past what an Int64 significand holds, scientific notation ("1.235e+21").
        guard value < 1e15 else { return String(format: "%.\(significantDigits)g", value) }
        let magnitude = Int(log10(value).rounded(.down))
        let decimals = max(0, significantDigits - 1 - magnitude)
        let scale = pow10(decimals)
        let number = DecimalNumber(significand: Int64((value * scale).rounded()), exponent: -decimals)
        var text = DigitNumberReader.grouped(number)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
