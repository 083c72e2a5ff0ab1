/// `conflicting-value`: the same fact given different values, across documents or inside one.
public struct ConflictingValueCheck: CorpusCheck {
    public static let description = CheckDescription(
        id: "conflicting-value",
        name: "ConflictingValue",
        summary: "The same fact is given different values.",
        details: "Groups the facts that state the same thing (same measure, scope and time, by the features in rules/identity.yml) and reports each group whose values cannot all be true: one finding per fact, naming every claim. Values are compared as intervals: \"about 6,000\" agrees with \"6,200\", \"more than 10,000\" with \"11,000\". A hedged claim (\"could\", \"will consider\") that disagrees only with firm ones is reported as a note. So are firm claims whose values are not a slip of one another (swapped or changed digits, a dropped zero) and that stand by no shared name: such pairs are as often a figure that changed between reports, or another scope, as one fact told wrongly.",
        helpMarkdown: """
        Find out which value is right and correct the others, or make clear they are different facts
        (another time, place or measure).

        - `54,000 US troops` in one report, `45,000 US troops` in another (a warning: swapped digits)
        - `25 crew members` in one report, `23 crew members` in another (a note: check whether the
          figure changed between the reports)
        - `a four-star commander` (hedged: *will consider*) vs `a three-star general` (a note)
        """,
        defaultLevel: .warning, precision: "medium", tags: ["consistency", "cross-source"])

    let grouping: FactGrouping

    public init(identity: IdentityRules) { grouping = FactGrouping(identity: identity) }

    public func findings(in facts: [Fact]) -> [Finding] {
        grouping.groups(facts).filter(\.isConflict).map(finding)
    }

    public func findings(live: [Fact], corpus: CorpusIndex?, excludingPaths: Set<String>) -> [Finding] {
        grouping.groups(live: live, corpus: corpus, excludingPaths: excludingPaths).filter(\.isConflict).map(finding)
    }

    /// A finding names at most this many claims (the first ones, in report order): enough to act on, and
    /// well inside SARIF consumers' limits (GitHub takes at most 1,000 locations per result).
    static let maxClaims = 50

    /// One finding for a group whose claims split into disagreeing sides.
    private func finding(for group: FactGrouping.Group) -> Finding {
        // A warning needs two firm claims in direct conflict with evidence of a slip; otherwise the
        // disagreement rests on a hedge, or may be a figure that changed.
        let level: Level = group.strength == .firm ? Self.description.defaultLevel : .note
        let facts = group.facts
        let ordered = facts.sorted { ($0.path, $0.quantity.span.lowerBound) < ($1.path, $1.quantity.span.lowerBound) }
        let total = facts.count
        let values = total > Self.maxClaims
            ? group.sides.map { side in "\(side[0].described) (\(side.count) claims)" }.joined(separator: " vs ")
            : group.sides.map { side in
                // Each value once per side: the claims themselves are listed with their places.
                var texts: [String] = []
                for text in side.map(valueText) where !texts.contains(text) { texts.append(text) }
                return texts.joined(separator: " = ")
            }.joined(separator: " vs ")
        var message = "The same fact is given different values: \(values)\(sharedGround(ordered))"
        switch group.strength {
        case .hedged: message += "; the disagreeing claims are hedged"
        case .possible: message += "; the values are not a slip of one another: check whether one is from another time or scope"
        case .firm: break
        }
        if total > Self.maxClaims { message += "; the first \(Self.maxClaims) of \(total) claims are listed" }
        return Finding(ruleId: Self.description.id, level: level, message: message, claims: Array(claims(ordered).prefix(Self.maxClaims)))
    }
}
