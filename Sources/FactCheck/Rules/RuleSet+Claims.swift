/// What claim frames read from the words around a number: rules/claims.yml.
public struct ClaimRules: Sendable {
    /// Lower-cased word or lemma → the event it names ("killed" → "death").
    public var eventByWord: [String: String] = [:]
    /// A role and the phrases that cue it.
    public struct Role: Sendable {
        public var name: String
        /// Compared only with figures of the same role.
        public var distinct: Bool
        /// Lower-cased cue phrases, as word arrays, that end right before the number.
        public var before: [[String]]
        /// Lower-cased cue phrases, as word arrays, that begin right after the quantity.
        public var after: [[String]]
        /// Cues "A … B": A ends right before the number and B ends the figure's stretch.
        public var paired: [(before: [String], end: [String])]
        /// One-word cues right before the number that are a verb's particle after any verb but "be"
        /// ("was up 3%" is a change, "went down 4.5 miles" is not).
        public var particles: [String]
    }
    public var roles: [Role] = []
    /// Lower-cased word right after a length (or the noun before "of") → the dimension it states
    /// ("deep" → "depth", "from" → "distance").
    public var dimensionByWord: [String: String] = [:]
    /// The dimensions named in claims.yml.
    public var dimensions: Set<String> = []
    public var examples: [RuleExample] = []

    /// The roles compared only among themselves.
    public var distinctRoles: Set<String> { Set(roles.filter(\.distinct).map(\.name)) }
}

extension RuleSet {
    /// claims.yml: event words and role cues.
    mutating func readClaims(_ root: RuleNode) throws(RuleFileError) {
        let fields = try root.fields(allowed: ["events", "roles", "dimensions"])
        for (dimension, body) in try fields["dimensions"]?.entries() ?? [] {
            let entry = try body.fields(allowed: ["words", "examples"], required: ["words"])
            for word in try entry["words"]!.strings() { claims.dimensionByWord[word.lowercased()] = dimension }
            claims.dimensions.insert(dimension)
            claims.examples += try entry["examples"]?.examples(owner: dimension, kind: .frame(slot: "measure", value: dimension)) ?? []
        }
        for (event, body) in try fields["events"]?.entries() ?? [] {
            let entry = try body.fields(allowed: ["words", "examples"], required: ["words"])
            for word in try entry["words"]!.strings() { claims.eventByWord[word.lowercased()] = event }
            claims.examples += try entry["examples"]?.examples(owner: event, kind: .frame(slot: "event", value: event)) ?? []
        }
        for (name, body) in try fields["roles"]?.entries() ?? [] {
            let entry = try body.fields(allowed: ["distinct", "before", "after", "particles", "examples"])
            func words(_ phrase: Substring) -> [String] { phrase.lowercased().split(separator: " ").map(String.init) }
            let before = try entry["before"]?.strings() ?? []
            let paired = before.compactMap { cue -> (before: [String], end: [String])? in
                let parts = cue.split(separator: "…")
                return parts.count == 2 ? (words(parts[0]), words(parts[1])) : nil
            }
            let role = ClaimRules.Role(name: name, distinct: try entry["distinct"]?.string() == "true",
                                       before: before.filter { !$0.contains("…") }.map { words($0[...]) },
                                       after: try (entry["after"]?.strings() ?? []).map { words($0[...]) }, paired: paired,
                                       particles: try (entry["particles"]?.strings() ?? []).map { $0.lowercased() })
            claims.roles.upsert(role) { $0.name }
            claims.examples += try entry["examples"]?.examples(owner: name, kind: .frame(slot: "role", value: name)) ?? []
        }
        identity.distinctRoles = claims.distinctRoles
    }
}
