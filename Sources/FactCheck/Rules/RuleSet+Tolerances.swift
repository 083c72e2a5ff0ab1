extension RuleSet {
    /// The thresholds a newsroom may tune, by scope (a check id, or "identity" for when two claims
    /// are the same fact) and key. checks.yml and `.factcheck.yml`'s `tolerances` read them alike.
    nonisolated(unsafe) static let tolerances: [String: [String: WritableKeyPath<RuleSet, Double>]] = [
        "conversion-mismatch": ["relative_tolerance": \.checks.conversionRelativeTolerance,
                                "currency_tolerance": \.checks.currencyTolerance,
                                "approximate_tolerance": \.checks.conversionApproximateTolerance],
        "arithmetic-mismatch": ["percent_slack": \.checks.arithmeticPercentSlack,
                                "approximate_tolerance": \.checks.arithmeticApproximateTolerance,
                                "multiple_tolerance": \.checks.arithmeticMultipleTolerance],
        "identity": ["max_ratio": \.identity.maxRatio, "approximate_tolerance": \.identity.approximateTolerance],
    ]

    /// Sets the tolerance `key` of `scope`; nil when there is no such tolerance.
    mutating func setTolerance(scope: String, key: String, to value: Double) -> Bool {
        guard let path = Self.tolerances[scope]?[key] else { return false }
        self[keyPath: path] = value
        return true
    }
}
