/// An example carried by a rule entry: text with a `↓` where a quantity or finding must land.
public struct RuleExample: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A quantity must start at the marker (with this unit id, when given).
        case quantity(unit: String?)
        /// No quantity may start inside the text's excluded part: the marker, if any, shows one that still must.
        case counterexample
        /// A finding of this rule must start at the marker.
        case finding(rule: String)
        /// No finding of this rule may be raised.
        case clean(rule: String)
        /// The quantity starting at the marker has this value in this slot of its claim frame ("event" → "death").
        case frame(slot: String, value: String)
    }

    public static let marker = "↓"

    /// The text with the marker removed.
    public var text: String
    /// Byte offset of the marker in `text`, if there was one.
    public var markerOffset: Int?
    /// The rule entry this example belongs to ("km", "million", "designator").
    public var owner: String
    public var kind: Kind
    public var origin: PatternOrigin

    init(raw: String, owner: String, kind: Kind, origin: PatternOrigin) throws(RuleFileError) {
        let pieces = raw.components(separatedBy: Self.marker)
        switch kind {
        case .quantity, .finding, .frame:
            guard pieces.count == 2 else {
                throw RuleFileError(file: origin.file, line: origin.line, message: "example needs exactly one '\(Self.marker)' before the place it marks: \"\(raw)\"")
            }
        case .counterexample, .clean:
            guard pieces.count <= 2 else {
                throw RuleFileError(file: origin.file, line: origin.line, message: "example has more than one '\(Self.marker)': \"\(raw)\"")
            }
        }
        self.text = pieces.joined()
        self.markerOffset = pieces.count == 2 ? pieces[0].utf8.count : nil
        self.owner = owner
        self.kind = kind
        self.origin = origin
    }
}
