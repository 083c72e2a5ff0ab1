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
        didSet { digits = text.filter(\.isNumber) }
    }
    /// The digits of the text, for telling typos apart ("512,400" → "512400").
    public private(set) var digits: String
    /// Which sentence of its document it stands in: facts in one sentence are never the same fact.
    public var sentence: Int
    /// The counted-noun class ("military personnel" for "US troops"), when it counts something.
    public var measure: String?
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
    public var frame = ClaimFrame()

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
        self.digits = text.filter(\.isNumber)
        self.sentence = sentence
        self.measure = measure
        self.near = near
        self.context = context
        self.names = names
        self.nearNames = nearNames
        self.companions = companions
        self.times = times
        self.topic = topic
    }

    /// The value as written with its normalized form: "6,200 km (= 6,200,000 m)", "three-star (= 3 star)".
    public var described: String {
        "\(text) (= \(normalized))"
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
