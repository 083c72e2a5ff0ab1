/// The report formats `--format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    /// Compiler-style lines with source snippets, for people.
    case text
    /// FactCheck's own JSON shape, for scripts.
    case json
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    case sarif
    /// GitHub Actions workflow commands: annotations on a pull request without SARIF.
    case github
}
