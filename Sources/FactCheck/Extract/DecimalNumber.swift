/// An exact decimal as written: `significand × 10^exponent`.
///
/// "6,200" is 6200×10⁰ and "6.2 thousand" is 62×10² — equal in value, but the second was written
/// with less precision. ``precision`` is the place value of the last written digit.
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var significand: Int64
    public var exponent: Int

    public init(significand: Int64, exponent: Int) {
        self.significand = significand
        self.exponent = exponent
    }

    public init(_ integer: Int) { self.init(significand: Int64(integer), exponent: 0) }

    /// A fraction as a decimal rounded to `places` places, trailing zeros trimmed: "0.333333", "10.5".
    init(fraction value: Double, places: Int) {
        var power: Double = 1
        for _ in 0..<places { power *= 10 }
        var significand = Int64((value * power).rounded())
        var exponent = -places
        while exponent < 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        self.init(significand: significand, exponent: exponent)
    }

    /// Parses plain digits with an optional decimal point ("6200", "2.15"); separators must be removed first.
    public init?(digits: some Collection<UInt8>) {
        var significand: Int64 = 0
        var exponent = 0
        var seenPoint = false
        var seenDigit = false
        for byte in digits {
            if byte == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let (times, overflow1) = significand.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                significand = sum
                if seenPoint { exponent -= 1 }
                seenDigit = true
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        self.init(significand: significand, exponent: exponent)
    }

    public var doubleValue: Double {
        var value = Double(significand)
        if exponent > 0 {
            for _ in 0..<exponent { value *= 10 }
        } else if exponent < 0 {
            for _ in 0..<(-exponent) { value /= 10 }
        }
        return value
    }

    /// The place value of the last written digit: 1 for "6,200", 0.1 for "6.2", 100,000 for "6.2 million".
    public var precision: Double { pow10(exponent) }

    /// This number times a power of ten, exactly ("6.2" million → 62×10⁵).
    public func scaled(byPowerOfTen power: Int) -> DecimalNumber {
        DecimalNumber(significand: significand, exponent: exponent + power)
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.doubleValue < rhs.doubleValue }

    public static func == (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.doubleValue == rhs.doubleValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(doubleValue) }

    /// Plain decimal notation with no exponent and no separators: "6200", "2.15", "0.5".
    public var description: String {
        let negative = significand < 0
        var digits = String(significand.magnitude)
        if exponent >= 0 {
            if significand != 0 { digits += String(repeating: "0", count: exponent) }
        } else {
            let places = -exponent
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return negative ? "-" + digits : digits
    }
}

func pow10(_ exponent: Int) -> Double {
    var value = 1.0
    if exponent >= 0 { for _ in 0..<exponent { value *= 10 } } else { for _ in 0..<(-exponent) { value /= 10 } }
    return value
}
