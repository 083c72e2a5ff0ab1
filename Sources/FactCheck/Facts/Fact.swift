import Foundation

/// A quantity with what identifies it: what is measured, where, when, and how firmly it is claimed.
public struct Fact: Sendable {
    public var quantity: Quantity
    public var path: String
    /// Who published it (front matter `source:`, or `documents` in .factcheck.yml); nil when unknown.
    public var source: String?
    /// 1-based line of the quantity, for messages.
    public var line: Int
    /// The quantity as written.
    public var text: String {
        didSet { digits = Self.digits(of: text, quantity) }
    }
    /// The digits of the text, for telling typos apart ("512,400" → "512400"); a number in words
    /// has the digits of its value ("Twelve" → "12", a transposition of "21").
    public private(set) var digits: String

    private static func digits(of text: String, _ quantity: Quantity) -> String {
        let written = text.filter(\.isNumber)
        guard written.isEmpty, quantity.written.exponent >= 0 else { return written }
        return String(quantity.written.significand.magnitude) + String(repeating: "0", count: quantity.written.exponent)
    }
    /// Which sentence of its document it stands in: facts in one sentence are never the same fact.
    public var sentence: Int
    /// The counted-noun class ("military personnel" for "US troops"), when it counts something.
    public var measure: String? {
        didSet { measureStems = Self.stems(of: measure ?? frame.measure) }
    }
    /// Stems of the content words right around the number: what it measures.
    public var near: Set<String>
    /// Stems of the content words of its sentence.
    public var context: Set<String>
    /// Canonical names in its sentence: places, organisations, people.
    public var names: Set<String>
    /// The names among the words nearest the number: whose figure it is ("Civic Union took 38.6%").
    public var nearNames: Set<String>
    /// The distinctive figures of its sentence other than itself ("46.3 degC"): sentences that share
    /// one are about the same event.
    public var companions: Set<String>
    /// Its time by kind: "year" → 2025, "relative" → "last year", "quarter" → "q3", "weekday", "month", "part of day".
    public var times: [String: Set<String>]

    public var isHedged: Bool { quantity.hedge != nil }

    /// What the figure is a figure of: measure, event and role, read from its words.
    public var frame = ClaimFrame() {
        didSet {
            measureStems = Self.stems(of: measure ?? frame.measure)
            measureSense = frame.measure.flatMap(WordNetLexicon.builtin.entry(headOf:))
            eventStem = frame.eventWord.map(Stemmer.stem)
        }
    }

    /// What identity compares for every candidate pair, worked out once per fact: the stems of the
    /// measure's words, and the frame's measure as WordNet knows it.
    private(set) var measureStems: [String] = []
    private(set) var measureSense: WordNetLexicon.Entry?
    /// The stem of the word that named the frame's event ("kill" for "killed").
    private(set) var eventStem: String?

    private static func stems(of measure: String?) -> [String] {
        measure.map { $0.split(separator: " ").map { Stemmer.stem(String($0)) } } ?? []
    }

    /// Stems of the sentence before: a figure's subject may be set there ("The data-centre segment … Sales there rose").
    public var topic: Set<String> = []

    /// A date that dates another figure in its clause ("4.1 million containers in 2019", "42,100
    /// containers on March 23") is that figure's time: it is compared only with dates of the same figure.
    public var datesAnotherFigure = false

    init(quantity: Quantity, path: String, line: Int, text: String, sentence: Int, measure: String?, near: Set<String>,
         context: Set<String>, names: Set<String>, nearNames: Set<String>, companions: Set<String>, times: [String: Set<String>],
         topic: Set<String> = []) {
        self.quantity = quantity
        self.path = path
        self.line = line
        self.text = text
        self.digits = Self.digits(of: text, quantity)
        self.sentence = sentence
        self.measure = measure
        self.measureStems = Self.stems(of: measure)
        self.near = near
        self.context = context
        self.names = names
        self.nearNames = nearNames
        self.companions = companions
        self.times = times
        self.topic = topic
    }

    /// The value as written with its normalized form when that says more: "6,200 km (= 6,200,000 m)",
    /// "three-star (= 3 star)", but "54,000" alone.
    public var described: String {
        let normalized = normalized
        return normalized == text ? text : "\(text) (= \(normalized))"
    }

    /// The value in its base unit: "6,200,000 m", "3 star", "2025-03" for a date.
    public var normalized: String {
        let unit = quantity.unit
        if unit.dimension == "date" { return quantity.date?.iso ?? text }
        if unit.dimension == "time-of-day" {
            let minutes = Int(quantity.value.doubleValue)
            return String(format: "%02d:%02d", minutes / 60, minutes % 60)
        }
        let value = ConversionMismatchCheck.format(quantity.baseValue, significantDigits: 6)
        let per = quantity.per.map { " per \($0.id)" } ?? ""
        return unit == .count ? value + per : "\(value) \(unit.baseId)\(per)"
    }
}
