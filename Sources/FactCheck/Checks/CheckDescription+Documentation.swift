extension CheckDescription {
    /// Where a person reads about the rule: the README's table of rules (the rules share one section;
    /// `factcheck explain RULE` prints one rule's documentation).
    public var documentationURI: String { FactCheckVersion.informationURI + "#rules-what-check-reports" }

    /// Whether the rule compares facts across documents (its findings may point into several files).
    public var comparesDocuments: Bool {
        [ConflictingValueCheck.description.id, UnitMismatchCheck.description.id].contains(id)
    }
}
