import Foundation

/// How precisely a figure was written and how computed figures are printed: the one place every
/// check reads a figure's rounding step, half step and interval, and formats a number.
enum NumberPrecision {
    /// A written value with its trailing zeros taken off: 48,200 → (482, 2), 5.10 → (51, -1).
    static func significant(_ value: DecimalNumber) -> (digits: UInt64, exponent: Int) {
        var significand = value.significand.magnitude
        var exponent = value.exponent
        guard significand != 0 else { return (0, exponent) }
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return (significand, exponent)
    }

    /// How many significant digits a figure is written with: "48,200" 3, "300" 1, "5.10" 2.
    static func significantDigitCount(_ value: DecimalNumber) -> Int {
        let digits = significant(value).digits
        return digits == 0 ? 1 : String(digits).count
    }

    /// Half the place value of the last non-zero digit: "48,200" is good to ±50, "5.1" to ±0.05, "301" to ±0.5.
    static func halfStep(_ value: DecimalNumber) -> Double {
        let (digits, exponent) = significant(value)
        guard digits != 0 else { return value.precision / 2 }
        return pow10(exponent) / 2
    }

    /// Half the rounding step of a quantity: a count written in full ("214", "1,516") is exact.
    static func halfStep(of quantity: Quantity) -> Double {
        let value = quantity.value
        if quantity.unit == .count, value.exponent == 0, value.significand % 10 != 0 { return 0 }
        return halfStep(value)
    }

    /// How a figure was rounded, read from how it is written: "17,000" to the thousand,
    /// "295" to the nearest 5, "62" to the unit, "51.5" to the tenth.
    static func roundingStep(of value: DecimalNumber) -> Double {
        let (digits, exponent) = significant(value)
        guard digits != 0 else { return value.precision }
        return digits % 5 == 0 && exponent >= value.exponent ? 5 * pow10(exponent) : pow10(exponent)
    }

    /// The rounding step of a figure read as having at least `digits` significant digits: a round
    /// "300" read to two digits is good to the ten, "17,000" stays good to the thousand.
    static func step(of value: DecimalNumber, atLeastDigits digits: Int) -> Double {
        let step = roundingStep(of: value)
        let magnitude = abs(value.doubleValue)
        guard magnitude > 0 else { return step }
        let finest = pow10(Int(log10(magnitude).rounded(.down)) - digits + 1)
        return max(min(step, finest), value.precision)
    }

    /// The interval a written figure stands for, widened for "about"; with `atLeastDigits`, a round
    /// figure is read to that many significant digits ("1,200" to the ten with three).
    static func interval(_ quantity: Quantity, approximateSlack: Double, atLeastDigits digits: Int? = nil) -> ClosedRange<Double> {
        let value = quantity.value.doubleValue
        var half = halfStep(of: quantity)
        if let digits, half > 0 { half = min(half, step(of: quantity.value, atLeastDigits: digits) / 2) }
        if quantity.bound == .approximate { half = max(half * 2, abs(value) * approximateSlack) }
        return (value - half)...(value + half)
    }

    /// A figure for messages with `decimals` places and thousands commas: "8.4", "1,536", "18.0".
    static func format(_ value: Double, decimals: Int) -> String {
        let places = max(0, min(decimals, 6))
        let scaled = (abs(value) * pow10(places)).rounded()
        let text = DigitNumberReader.grouped(DecimalNumber(significand: Int64(scaled), exponent: -places))
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    /// A figure to `significantDigits` with thousands commas and no trailing zeros after the point: "7.743", "1,659,000,000".
    static func format(_ value: Double, significantDigits: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        if value < 0 { return "-" + format(-value, significantDigits: significantDigits) }
        guard value > 0 else { return "0" }
        // Past what an Int64 significand holds, scientific notation ("1.235e+21").
        guard value < 1e15 else { return String(format: "%.\(significantDigits)g", value) }
        let magnitude = Int(log10(value).rounded(.down))
        let decimals = max(0, significantDigits - 1 - magnitude)
        let number = DecimalNumber(significand: Int64((value * pow10(decimals)).rounded()), exponent: -decimals)
        return trimmed(DigitNumberReader.grouped(number))
    }

    /// A value cut to `digits` significant digits: 56,074,766 → 56,070,000 for a message.
    static func roundedToSignificant(_ value: Double, digits: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let unit = pow10(Int(log10(abs(value)).rounded(.down)) - digits + 1)
        return (value / unit).rounded() * unit
    }

    /// "18.50" → "18.5", "7.0" → "7": a computed figure printed without zeros that say nothing.
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = text
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The expected figure rounded as the written one was, keeping at least two significant digits.
    static func rounded(_ expected: Double, like written: DecimalNumber) -> String {
        guard expected.isFinite, abs(expected) < 1e15 else { return format(expected, significantDigits: 4) }
        var step = max(roundingStep(of: written), written.precision)
        if step == 5 * pow10(Int(log10(step / 5))) { step /= 5 }
        while step > written.precision, abs(expected) / step < 10 { step /= 10 }
        let decimals = max(0, -Int(log10(step).rounded(.down)))
        return format((expected / step).rounded() * step, decimals: decimals)
    }

    /// A sum or difference in the unit and scale of the figures it came from: "$420m", "18.0 km", "1,536".
    static func format(_ value: Double, like figures: [Quantity]) -> String {
        let exponent = figures.map(\.value.exponent).min() ?? 0
        let unit = figures.first?.unit ?? .count
        var scale = 0
        if unit.dimension == "currency" || unit == .count {
            let magnitude = figures.map { abs($0.value.doubleValue) }.max() ?? abs(value)
            if magnitude >= 1e9, exponent >= 7 { scale = 9 } else if magnitude >= 1e6, exponent >= 4 { scale = 6 }
        }
        let number = format(value / pow10(scale), decimals: max(0, scale - exponent))
        let word = scale == 9 ? " billion" : scale == 6 ? " million" : ""
        switch unit.dimension {
        case "currency": return "\(number)\(word) \(unit.id)"
        case "count": return number + word
        case "percent": return number + "%"
        default: return "\(number)\(word) \(unit.id)"
        }
    }
}
