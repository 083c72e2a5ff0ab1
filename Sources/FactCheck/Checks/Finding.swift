/// How serious a finding is; also the threshold for a non-zero exit (`--fail-level`).
public enum Level: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
}

/// One claim a finding points at: a span in one file.
public struct Claim: Sendable, Equatable {
    public var path: String
    /// Source byte range in the file at `path`.
    public var span: Range<Int>
    /// The claim as written ("6, 200 kilometers").
    public var text: String
    /// The claim's value normalized to its base unit, for messages ("6200 km").
    public var normalized: String?

    public init(path: String, span: Range<Int>, text: String, normalized: String? = nil) {
        self.path = path
        self.span = span
        self.text = text
        self.normalized = normalized
    }

    /// The claim for a person: "6, 200 kilometers (6200000 m)", but "54,000" alone where the
    /// normalized value only repeats it.
    public var label: String {
        guard let normalized, normalized != text else { return text }
        return "\(text) (\(normalized))"
    }
}

/// A sure replacement for a span of one file ("6, 200" → "6,200").
public struct Fix: Sendable, Equatable {
    public var path: String
    public var span: Range<Int>
    public var replacement: String
    public var description: String

    public init(path: String, span: Range<Int>, replacement: String, description: String) {
        self.path = path
        self.span = span
        self.replacement = replacement
        self.description = description
    }
}

/// What a check reports: a rule, a level, a message, and the claims involved (the first is primary).
public struct Finding: Sendable, Equatable {
    public var ruleId: String
    public var level: Level
    public var message: String
    public var claims: [Claim]
    public var fix: Fix?

    public init(ruleId: String, level: Level, message: String, claims: [Claim], fix: Fix? = nil) {
        self.ruleId = ruleId
        self.level = level
        self.message = message
        self.claims = claims
        self.fix = fix
    }

    public var primary: Claim { claims[0] }
}
