/// The document `--format json` writes: FactCheck's own stable shape, decodable by consumers.
public struct JSONReport: Sendable, Equatable, Codable {
    public var version: String
    public var findings: [Finding]
    /// Findings silenced by a suppression comment or the baseline, each with its `suppression`.
    public var suppressed: [Finding]
    public var skipped: [Skipped]
    public var summary: ReportSummary

    public init(version: String, findings: [Finding], suppressed: [Finding] = [], skipped: [Skipped], summary: ReportSummary) {
        self.version = version
        self.findings = findings
        self.suppressed = suppressed
        self.skipped = skipped
        self.summary = summary
    }

    /// One finding; `fix` is written as `null` rather than left out, so the key is always there.
    /// `suppression` is there only on suppressed findings.
    public struct Finding: Sendable, Equatable, Codable {
        public var rule: String
        public var level: Level
        public var message: String
        public var claims: [Claim]
        public var fix: Fix?
        public var suppression: Suppression?

        public init(rule: String, level: Level, message: String, claims: [Claim], fix: Fix?, suppression: Suppression? = nil) {
            self.rule = rule
            self.level = level
            self.message = message
            self.claims = claims
            self.fix = fix
            self.suppression = suppression
        }

        enum CodingKeys: String, CodingKey { case rule, level, message, claims, fix, suppression }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(level, forKey: .level)
            try container.encode(message, forKey: .message)
            try container.encode(claims, forKey: .claims)
            try container.encode(fix, forKey: .fix)
            try container.encodeIfPresent(suppression, forKey: .suppression)
        }
    }

    /// Why a finding is not reported: `inSource` (a comment) or `external` (the baseline).
    public struct Suppression: Sendable, Equatable, Codable {
        public var kind: SuppressedFinding.Kind
        public var justification: String?

        public init(kind: SuppressedFinding.Kind, justification: String?) {
            self.kind = kind
            self.justification = justification
        }
    }

    /// One claim: `line`/`column` (1-based, column in Unicode scalars) are `null` only when the file is not in the run.
    public struct Claim: Sendable, Equatable, Codable {
        public var path: String
        public var line: Int?
        public var column: Int?
        /// UTF-8 byte offsets, the span's bounds.
        public var start: Int
        public var end: Int
        public var text: String
        public var normalized: String?

        public init(path: String, line: Int?, column: Int?, start: Int, end: Int, text: String, normalized: String?) {
            self.path = path
            self.line = line
            self.column = column
            self.start = start
            self.end = end
            self.text = text
            self.normalized = normalized
        }

        enum CodingKeys: String, CodingKey { case path, line, column, start, end, text, normalized }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(text, forKey: .text)
            try container.encode(normalized, forKey: .normalized)
        }
    }

    /// A sure replacement; `start`/`end` are UTF-8 byte offsets.
    public struct Fix: Sendable, Equatable, Codable {
        public var path: String
        public var start: Int
        public var end: Int
        public var replacement: String
        public var description: String

        public init(path: String, start: Int, end: Int, replacement: String, description: String) {
            self.path = path
            self.start = start
            self.end = end
            self.replacement = replacement
            self.description = description
        }
    }

    /// An input that was not checked.
    public struct Skipped: Sendable, Equatable, Codable {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }
}
