import Foundation

/// A decimal number in a report: `significand × 10^exponent`, written as Foundation's `Decimal`
/// writes it (plain digits, no exponent, no trailing zeros after the point) without building a
/// `Decimal` or a `String`: formatting `Decimal` was 9% of `factcheck facts` (issue 13).
public struct JSONNumber: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Kept without trailing zeros, so equal numbers compare equal.
    public private(set) var significand: Int64
    public private(set) var exponent: Int

    public init(significand: Int64, exponent: Int) {
        var significand = significand, exponent = exponent
        while significand != 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        self.significand = significand
        self.exponent = significand == 0 ? 0 : exponent
    }

    public init(_ number: DecimalNumber) {
        self.init(significand: number.significand, exponent: number.exponent)
    }

    /// A double from unit conversion, kept to 10 significant digits so output is stable and readable.
    public init(_ value: Double) {
        guard value.isFinite, value != 0 else {
            self.init(significand: 0, exponent: 0)
            return
        }
        let exponent = Int(log10(abs(value)).rounded(.down)) - 9
        let significand = Int64((abs(value) / pow10(exponent)).rounded())
        self.init(significand: value < 0 ? -significand : significand, exponent: exponent)
    }

    /// The digits, as `write(to:)` writes them.
    public var description: String {
        var bytes: [UInt8] = []
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the number's plain decimal digits: "6200", "2.15", "0.005", "-3".
    public func write(to output: inout [UInt8]) {
        if significand < 0 { output.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        var rest = significand.magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        let places = -exponent
        if places <= 0 {
            output.append(contentsOf: digits.reversed())
            if significand != 0 { output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent)) }
            return
        }
        if digits.count <= places {
            output.append(UInt8(ascii: "0"))
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: places - digits.count))
            output.append(contentsOf: digits.reversed())
            return
        }
        output.append(contentsOf: digits[places...].reversed())
        output.append(UInt8(ascii: "."))
        output.append(contentsOf: digits[..<places].reversed())
    }

    /// As a JSON number, through `Decimal`: what JSONEncoder and JSONDecoder read and write.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand.magnitude)))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(Decimal.self).description
        let negative = text.hasPrefix("-")
        var digits = text.utf8.dropFirst(negative ? 1 : 0)
        // A whole number's trailing zeros go into the exponent, so 9.2e20 fits the significand.
        var zeros = 0
        while !digits.contains(UInt8(ascii: ".")), digits.count > 1, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            zeros += 1
        }
        guard let number = DecimalNumber(digits: digits) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(text) is not a decimal number FactCheck writes"))
        }
        self.init(significand: negative ? -number.significand : number.significand, exponent: number.exponent + zeros)
    }
}
