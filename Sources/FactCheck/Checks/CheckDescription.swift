/// What a check is, in words: the single source for `factcheck rules`, `explain` and SARIF `rules[]`.
public struct CheckDescription: Sendable, Equatable {
    /// Kebab-case rule id, the contract with users ("malformed-number").
    public var id: String
    /// PascalCase name for SARIF ("MalformedNumber").
    public var name: String
    /// One sentence.
    public var summary: String
    /// A paragraph: what it flags and what it deliberately does not.
    public var details: String
    /// Markdown help: how to fix, with an example.
    public var helpMarkdown: String
    public var defaultLevel: Level
    /// SARIF `properties.precision`: "very-high", "high", "medium" or "low".
    public var precision: String
    public var tags: [String]

    public init(id: String, name: String, summary: String, details: String, helpMarkdown: String,
                defaultLevel: Level, precision: String, tags: [String]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.details = details
        self.helpMarkdown = helpMarkdown
        self.defaultLevel = defaultLevel
        self.precision = precision
        self.tags = tags
    }
}
