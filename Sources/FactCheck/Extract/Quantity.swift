/// A quantity as written in prose: a number with its unit, bounds, hedge and place.
public struct Quantity: Sendable, Equatable {
    /// Source byte range of the whole quantity as written ("about 6,200 km", "$9.6bn").
    public var span: Range<Int>
    /// Source byte range of the number itself ("6,200").
    public var numberSpan: Range<Int>
    /// The same span in prose offsets (where neighbouring words are looked at).
    public var proseSpan: Range<Int>
    /// Index into the document's sentences.
    public var sentence: Int
    /// The value in the unit as written ("6.2 million" → 6200000 with precision 100000).
    public var value: DecimalNumber
    /// For ranges ("between 30 and 40", "$14m-$15m"): the upper end; `value` is the lower end.
    public var upperValue: DecimalNumber?
    public var unit: Unit
    /// The number as written, before its scale word ("2.9" in "$2.9bn").
    public var written: DecimalNumber
    /// The unit of a rate or density: "square kilometre" in "4,150 people per square kilometre", "day" in "$9.6bn a day".
    public var per: Unit?
    public var bound: Bound
    /// The hedge word governing the claim ("could", "will consider"), or nil for a firm claim.
    public var hedge: String?
    /// What is counted or measured, as written after the number ("troops", "F-35 fighters").
    public var noun: String?
    /// For dates: the calendar parts that were written.
    public var date: CalendarDate?
    /// Index of the quantity this one converts ("62 miles" in "100 km (62 miles)" converts "100 km").
    public var conversionOf: Int?
    /// How the number is written wrong, if it is ("6, 200").
    public var malformation: Malformation?
    /// For a range joined from two figures ("2C to 8C"): the two as written, for checks that compare end for end.
    public var rangeEnds: [Quantity] = []

    public init(span: Range<Int>, numberSpan: Range<Int>, proseSpan: Range<Int>, sentence: Int, value: DecimalNumber, upperValue: DecimalNumber? = nil,
                unit: Unit, written: DecimalNumber? = nil, per: Unit? = nil, bound: Bound = .exact, hedge: String? = nil, noun: String? = nil, date: CalendarDate? = nil,
                conversionOf: Int? = nil, malformation: Malformation? = nil) {
        self.span = span
        self.numberSpan = numberSpan
        self.proseSpan = proseSpan
        self.sentence = sentence
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.written = written ?? value
        self.per = per
        self.bound = bound
        self.hedge = hedge
        self.noun = noun
        self.date = date
        self.conversionOf = conversionOf
        self.malformation = malformation
    }

    /// The value in the dimension's base unit.
    public var baseValue: Double { unit.toBase(value.doubleValue) }
    public var baseUpperValue: Double? { upperValue.map { unit.toBase($0.doubleValue) } }
}

/// How a written number bounds the true value.
public enum Bound: String, Sendable, Codable, Equatable {
    case exact
    case approximate
    case atLeast = "at-least"
    case atMost = "at-most"
    case range
}

/// A date as written: any of its parts may be missing ("April 10", "March 2025", "1960").
public struct CalendarDate: Sendable, Hashable, Codable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// ISO weekday (Monday = 1) when one was written ("Friday, March 28").
    public var weekday: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, weekday: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
    }

    /// ISO 8601 with unknown parts as X: "2025-03", "XXXX-04-10", "1960".
    public var iso: String {
        let y = year.map { $0 < 1000 ? String(repeating: "0", count: 4 - String($0).count) + String($0) : String($0) } ?? "XXXX"
        guard let month else { return y }
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(y)-\(m)" }
        return "\(y)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    /// A sortable number yyyymmdd with unknown parts as 0 (the `value` of a date in JSON output).
    public var sortKey: Int { (year ?? 0) * 10_000 + (month ?? 0) * 100 + (day ?? 0) }
}

