import Foundation

/// One extracted quantity as written to `factcheck facts --format jsonl`.
///
/// Field meanings are documented in the README ("Fact records").
public struct FactRecord: Codable, Sendable, Equatable {
    public struct BaseValue: Codable, Sendable, Equatable {
        public var value: Decimal
        public var unit: String
    }

    public var path: String
    public var line: Int
    public var column: Int
    /// UTF-8 byte offsets of the quantity in the file: `start..<end`.
    public var start: Int
    public var end: Int
    public var text: String
    /// The value in the unit as written (for dates: yyyymmdd with unknown parts as 0).
    public var value: Decimal
    /// For ranges: the low and the high end, in the unit as written (`value` is the low end too).
    public var low: Decimal?
    public var high: Decimal?
    public var unit: String
    /// For a rate or density, the unit it is per ("km2" in "4,150 people per square kilometre").
    public var per: String?
    public var dimension: String
    public var base: BaseValue
    public var bound: String
    public var hedge: String?
    public var noun: String?
    /// For dates: ISO 8601 with unknown parts as X ("XXXX-04-10").
    public var date: String?
    /// For a bracketed conversion: the text of the figure it converts.
    public var converts: String?
    /// For a malformed number: what is wrong with it.
    public var malformed: String?
    /// With `facts --frames`: what the figure is a figure of.
    public var frame: FrameRecord?

    /// A claim frame as written to JSON: measure, scope, event, role, whose figure (names near it) and when.
    public struct FrameRecord: Codable, Sendable, Equatable {
        public var measure: String?
        public var scope: [String]
        public var event: String?
        public var role: String
        public var owner: [String]
        /// Time kind → periods ("year" → ["2025"], "relative" → ["now"]).
        public var time: [String: [String]]

        public init(_ fact: Fact) {
            measure = fact.frame.measure
            scope = fact.frame.scope
            event = fact.frame.event
            role = fact.frame.role
            owner = fact.nearNames.sorted()
            time = fact.times.mapValues { $0.sorted() }
        }

        /// "measure crew (cabin); event death; role capacity; owner japan; time year 2025".
        var summary: String {
            var parts: [String] = []
            if let measure { parts.append("measure \(measure)" + (scope.isEmpty ? "" : " (\(scope.joined(separator: " ")))")) }
            if let event { parts.append("event \(event)") }
            if role != "level" { parts.append("role \(role)") }
            if !owner.isEmpty { parts.append("owner \(owner.joined(separator: ", "))") }
            let times = time.keys.sorted().filter { time[$0] != ["now"] }.map { "\($0) \(time[$0]!.joined(separator: "/"))" }
            if !times.isEmpty { parts.append("time " + times.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        }
    }

    public init(_ quantity: Quantity, in document: Document, quantities: [Quantity]) {
        let source = document.source
        let position = source.lines.position(of: quantity.span.lowerBound)
        path = source.path
        line = position.line
        column = position.column
        start = quantity.span.lowerBound
        end = quantity.span.upperBound
        text = source.text(quantity.span)
        value = Self.decimal(quantity.value)
        high = quantity.upperValue.map(Self.decimal)
        low = high == nil ? nil : value
        unit = quantity.unit.id
        per = quantity.per?.id
        dimension = quantity.unit.dimension
        let baseValue = quantity.unit.dimension == "date" ? Self.decimal(quantity.value) : Self.decimal(quantity.baseValue)
        base = BaseValue(value: baseValue, unit: quantity.unit.baseId)
        bound = quantity.bound.rawValue
        hedge = quantity.hedge
        noun = quantity.noun
        date = quantity.date?.iso
        converts = quantity.conversionOf.map { source.text(quantities[$0].span) }
        malformed = quantity.malformation?.kind.rawValue
    }

    static func decimal(_ number: DecimalNumber) -> Decimal {
        Decimal(sign: number.significand < 0 ? .minus : .plus, exponent: number.exponent,
                significand: Decimal(number.significand.magnitude))
    }

    /// Doubles from unit conversion, kept to 10 significant digits so output is stable and readable.
    static func decimal(_ value: Double) -> Decimal {
        guard value.isFinite, value != 0 else { return 0 }
        let exponent = Int(log10(abs(value)).rounded(.down)) - 9
        var significand = (abs(value) / pow10(exponent)).rounded()
        var shift = exponent
        // Trailing zeros go into the exponent, so 1000000.0 prints as 1000000, not 1000000.000.
        while significand >= 10, significand.truncatingRemainder(dividingBy: 10) == 0 {
            significand /= 10
            shift += 1
        }
        return Decimal(sign: value < 0 ? .minus : .plus, exponent: shift, significand: Decimal(UInt64(significand)))
    }
}

extension FactRecord {
    /// This record as one line of JSON with keys in sorted order.
    func writeJSON(to output: inout String) {
        output += "{\"base\":{\"unit\":"
        JSONText.string(base.unit, to: &output)
        output += ",\"value\":\(base.value)},\"bound\":"
        JSONText.string(bound, to: &output)
        output += ",\"column\":\(column)"
        if let converts { output += ",\"converts\":"; JSONText.string(converts, to: &output) }
        if let date { output += ",\"date\":"; JSONText.string(date, to: &output) }
        output += ",\"dimension\":"
        JSONText.string(dimension, to: &output)
        output += ",\"end\":\(end)"
        if let frame { output += ",\"frame\":"; frame.writeJSON(to: &output) }
        if let hedge { output += ",\"hedge\":"; JSONText.string(hedge, to: &output) }
        if let high { output += ",\"high\":\(high)" }
        output += ",\"line\":\(line)"
        if let low { output += ",\"low\":\(low)" }
        if let malformed { output += ",\"malformed\":"; JSONText.string(malformed, to: &output) }
        if let noun { output += ",\"noun\":"; JSONText.string(noun, to: &output) }
        output += ",\"path\":"
        JSONText.string(path, to: &output)
        if let per { output += ",\"per\":"; JSONText.string(per, to: &output) }
        output += ",\"start\":\(start),\"text\":"
        JSONText.string(text, to: &output)
        output += ",\"unit\":"
        JSONText.string(unit, to: &output)
        output += ",\"value\":\(value)}"
    }
}

extension FactRecord.FrameRecord {
    /// This frame as a JSON object with keys in sorted order.
    func writeJSON(to output: inout String) {
        output += "{"
        if let event { output += "\"event\":"; JSONText.string(event, to: &output); output += "," }
        if let measure { output += "\"measure\":"; JSONText.string(measure, to: &output); output += "," }
        func list(_ items: [String]) {
            output += "["
            for (index, item) in items.enumerated() { if index > 0 { output += "," }; JSONText.string(item, to: &output) }
            output += "]"
        }
        output += "\"owner\":"
        list(owner)
        output += ",\"role\":"
        JSONText.string(role, to: &output)
        output += ",\"scope\":"
        list(scope)
        output += ",\"time\":{"
        for (index, kind) in time.keys.sorted().enumerated() {
            if index > 0 { output += "," }
            JSONText.string(kind, to: &output)
            output += ":"
            list(time[kind]!)
        }
        output += "}}"
    }
}

/// JSON string literals, escaped as JSONEncoder escapes them.
enum JSONText {
    static func string(_ text: String, to output: inout String) {
        output += "\""
        // Most values need no escape: copy them whole rather than scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

/// Writes fact records: one JSON object per line, or an aligned table for people.
public enum FactsReporter {
    /// One line per record. Written by hand rather than with JSONEncoder, which costs more than
    /// extraction itself on a large corpus; a test keeps the bytes identical to JSONEncoder's
    /// (sorted keys, absent optionals omitted).
    public static func jsonLines(_ records: [FactRecord]) -> String {
        var output = ""
        output.reserveCapacity(records.count * 320)
        for record in records { record.writeJSON(to: &output); output += "\n" }
        return output
    }

    public static func table(_ records: [FactRecord]) -> String {
        let rows = records.map { record -> [String] in
            var what = [record.bound == "exact" ? nil : record.bound, record.hedge.map { "hedged: \($0)" }, record.noun, record.frame?.summary,
                        record.converts.map { "converts \($0)" }, record.malformed.map { "malformed: \($0)" }].compactMap { $0 }.joined(separator: "; ")
            if what.isEmpty { what = "-" }
            let base = record.dimension == "date" ? (record.date ?? "") : "\(record.base.value) \(record.base.unit)"
            return ["\(record.path):\(record.line):\(record.column)", record.text, record.dimension, base, what]
        }
        let header = ["location", "as written", "dimension", "normalized", "context"]
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
