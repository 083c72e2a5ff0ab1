extension RuleSet {
    /// identity.yml: the features that decide when two quantities state the same fact.
    mutating func readIdentity(_ root: RuleNode) throws(RuleFileError) {
        let fields = try root.fields(allowed: ["features", "ignored_words", "names", "periods", "examples"])
        if let features = fields["features"] {
            let values = try features.fields(allowed: ["near_words", "near_name_words", "min_shared_near", "min_shared_near_for_conflict", "min_shared_context", "max_ratio",
                                                       "approximate_tolerance", "max_posting"])
            if let value = values["near_words"] { identity.nearWords = try value.int() }
            if let value = values["near_name_words"] { identity.nearNameWords = try value.int() }
            if let value = values["min_shared_near"] { identity.minSharedNear = try value.int() }
            if let value = values["min_shared_near_for_conflict"] { identity.minSharedNearForConflict = try value.int() }
            if let value = values["min_shared_context"] { identity.minSharedContext = try value.int() }
            if let value = values["max_ratio"] { identity.maxRatio = try value.double() }
            if let value = values["approximate_tolerance"] { identity.approximateTolerance = try value.double() }
            if let value = values["max_posting"] { identity.maxPosting = try value.int() }
        }
        for word in try fields["ignored_words"]?.strings() ?? [] { identity.ignoredWords.insert(word.lowercased()) }
        for (canonical, aliases) in try fields["names"]?.entries() ?? [] {
            for alias in try aliases.strings() { identity.names[alias.lowercased()] = canonical }
        }
        for (kind, periods) in try fields["periods"]?.entries() ?? [] {
            for (period, phrases) in try periods.entries() {
                if period == "default" {
                    identity.periodDefaults[kind] = try phrases.string()
                    continue
                }
                if period == "sentence_wide" {
                    if try phrases.string() == "true" { identity.sentenceWideKinds.insert(kind) }
                    continue
                }
                if period == "not_after" {
                    identity.comparisonWords[kind, default: []] += try phrases.strings().map { $0.lowercased() }
                    continue
                }
                for phrase in try phrases.strings() { identity.periods.append((kind, phrase.lowercased(), period)) }
            }
        }
        identity.examples += try fields["examples"]?.examples(owner: "identity", kind: .quantity(unit: nil)) ?? []
    }
}
