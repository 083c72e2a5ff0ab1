/// What a figure is a figure of, beyond its value and unit: read from the words around it by the
/// rules of rules/claims.yml. Whose figure it is and when are the fact's names and times.
public struct ClaimFrame: Sendable, Equatable {
    /// What is counted or measured, as a lemma: "crew" in "10 cabin crew", "pressure" in "central
    /// pressure of 938 mb".
    public var measure: String?
    /// Words that narrow the measure: "cabin" in "10 cabin crew".
    public var scope: [String] = []
    /// The dimension a length states ("depth" in "10 km deep" and "a depth of 10 km", "distance" in
    /// "10 miles from the town"): two different stated dimensions are two facts.
    public var dimension: String?
    /// The predicate the figure belongs to ("death", "injury", "missing"), when one is named.
    public var event: String?
    /// The word that named the event as written, lower-cased ("killed" for death).
    public var eventWord: String?
    /// What the figure is to its measure: "level" (the default), "capacity", "previous", "change",
    /// "limit", "part" or "total".
    public var role: String = "level"

    public init(measure: String? = nil, scope: [String] = [], event: String? = nil, role: String = "level") {
        self.measure = measure
        self.scope = scope
        self.event = event
        self.role = role
    }
}
