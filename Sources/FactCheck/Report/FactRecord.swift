import Foundation

/// One extracted quantity as written to `factcheck facts --format jsonl`.
///
/// Field meanings are documented in the README ("Fact records").
public struct FactRecord: Codable, Sendable, Equatable {
    public struct BaseValue: Codable, Sendable, Equatable {
        public var value: JSONNumber
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
    public var value: JSONNumber
    /// For ranges: the low and the high end, in the unit as written (`value` is the low end too).
    public var low: JSONNumber?
    public var high: JSONNumber?
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
        value = JSONNumber(quantity.value)
        high = quantity.upperValue.map(JSONNumber.init)
        low = high == nil ? nil : value
        unit = quantity.unit.id
        per = quantity.per?.id
        dimension = quantity.unit.dimension
        let baseValue = quantity.unit.dimension == "date" ? JSONNumber(quantity.value) : JSONNumber(quantity.baseValue)
        base = BaseValue(value: baseValue, unit: quantity.unit.baseId)
        bound = quantity.bound.rawValue
        hedge = quantity.hedge
        noun = quantity.noun
        date = quantity.date?.iso
        converts = quantity.conversionOf.map { source.text(quantities[$0].span) }
        malformed = quantity.malformation?.kind.rawValue
    }
}

extension FactRecord {
    /// This record as one line of JSON with keys in sorted order.
    func writeJSON(to output: inout JSONBytes) {
        output.raw("{\"base\":{\"unit\":")
        output.string(base.unit)
        output.raw(",\"value\":")
        output.number(base.value)
        output.raw("},\"bound\":")
        output.string(bound)
        output.raw(",\"column\":")
        output.integer(column)
        if let converts { output.raw(",\"converts\":"); output.string(converts) }
        if let date { output.raw(",\"date\":"); output.string(date) }
        output.raw(",\"dimension\":")
        output.string(dimension)
        output.raw(",\"end\":")
        output.integer(end)
        if let frame { output.raw(",\"frame\":"); frame.writeJSON(to: &output) }
        if let hedge { output.raw(",\"hedge\":"); output.string(hedge) }
        if let high { output.raw(",\"high\":"); output.number(high) }
        output.raw(",\"line\":")
        output.integer(line)
        if let low { output.raw(",\"low\":"); output.number(low) }
        if let malformed { output.raw(",\"malformed\":"); output.string(malformed) }
        if let noun { output.raw(",\"noun\":"); output.string(noun) }
        output.raw(",\"path\":")
        output.string(path)
        if let per { output.raw(",\"per\":"); output.string(per) }
        output.raw(",\"start\":")
        output.integer(start)
        output.raw(",\"text\":")
        output.string(text)
        output.raw(",\"unit\":")
        output.string(unit)
        output.raw(",\"value\":")
        output.number(value)
        output.raw("}")
    }
}

extension FactRecord.FrameRecord {
    /// This frame as a JSON object with keys in sorted order.
    func writeJSON(to output: inout JSONBytes) {
        output.raw("{")
        if let event { output.raw("\"event\":"); output.string(event); output.raw(",") }
        if let measure { output.raw("\"measure\":"); output.string(measure); output.raw(",") }
        func list(_ items: [String]) {
            output.raw("[")
            for (index, item) in items.enumerated() {
                if index > 0 { output.raw(",") }
                output.string(item)
            }
            output.raw("]")
        }
        output.raw("\"owner\":")
        list(owner)
        output.raw(",\"role\":")
        output.string(role)
        output.raw(",\"scope\":")
        list(scope)
        output.raw(",\"time\":{")
        for (index, kind) in time.keys.sorted().enumerated() {
            if index > 0 { output.raw(",") }
            output.string(kind)
            output.raw(":")
            list(time[kind]!)
        }
        output.raw("}}")
    }
}

/// Writes fact records: one JSON object per line, or an aligned table for people.
public enum FactsReporter {
    /// One line per record, as UTF-8. Written by hand into bytes rather than with JSONEncoder or
    /// `String`s, which cost more than extraction itself on a large corpus; a test keeps the bytes
    /// identical to JSONEncoder's (sorted keys, absent optionals omitted).
    public static func jsonLines(_ records: [FactRecord]) -> [UInt8] {
        var output = JSONBytes(capacity: records.count * 320)
        for record in records {
            record.writeJSON(to: &output)
            output.raw("\n")
        }
        return output.bytes
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
