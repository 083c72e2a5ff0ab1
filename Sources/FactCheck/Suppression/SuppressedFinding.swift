/// A finding that was raised but silenced: by a comment in the source, or by the baseline.
///
/// Reports keep them (SARIF `suppressions`, the JSON `suppressed` list) so a reviewer can see what
/// was silenced and why; they never count towards the exit status.
public struct SuppressedFinding: Sendable, Equatable {
    /// SARIF's suppression kinds: `inSource` for a comment, `external` for a baseline file.
    public enum Kind: String, Sendable, Codable {
        case inSource
        case external
    }

    public var finding: Finding
    public var kind: Kind
    /// The reason given after " -- " in the comment, or the baseline file.
    public var justification: String?

    public init(finding: Finding, kind: Kind, justification: String?) {
        self.finding = finding
        self.kind = kind
        self.justification = justification
    }
}
