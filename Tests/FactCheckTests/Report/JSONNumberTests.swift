import Foundation
import Testing
@testable import FactCheck

/// Numbers in reports are written without Foundation's `Decimal`, and must read exactly as it wrote them.
@Suite struct JSONNumberTests {
    static let significands: [Int64] = [0, 1, 5, 7, 10, 62, 100, 250, 1234, 6200, 3853, 100_000, 987_654_321, 1_000_000_007,
                                        Int64.max / 10, -1, -18, -250, -6200]

    @Test(arguments: -12...12)
    func decimalsReadAsFoundationWritesThem(exponent: Int) throws {
        for significand in Self.significands {
            let number = JSONNumber(DecimalNumber(significand: significand, exponent: exponent))
            let foundation = Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand.magnitude))
            #expect(number.description == foundation.description, "\(significand)e\(exponent)")
            #expect(try JSONDecoder().decode(JSONNumber.self, from: Data(number.description.utf8)) == number)
        }
    }

    @Test func doublesKeepTenSignificantDigits() {
        #expect(JSONNumber(1_000_000.0).description == "1000000")
        #expect(JSONNumber(1.609344).description == "1.609344")
        #expect(JSONNumber(1.0 / 3.0).description == "0.3333333333")
        #expect(JSONNumber(-0.000_012_5).description == "-0.0000125")
        #expect(JSONNumber(123_456_789_012_345.0).description == "123456789000000")
        #expect(JSONNumber(0.0).description == "0")
        #expect(JSONNumber(Double.nan).description == "0")
    }

    @Test func equalValuesAreEqual() {
        #expect(JSONNumber(significand: 6200, exponent: 0) == JSONNumber(significand: 62, exponent: 2))
        #expect(JSONNumber(significand: 0, exponent: -3) == JSONNumber(significand: 0, exponent: 0))
    }
}
