/// Counts for the last line of a text report and the `summary` object of a JSON report.
public struct ReportSummary: Sendable, Equatable, Codable {
    public var files: Int
    public var findings: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    /// Findings silenced by a comment or the baseline (not in `findings`).
    public var suppressed: Int

    public init(files: Int, findings: Int, errors: Int, warnings: Int, notes: Int, suppressed: Int = 0) {
        self.files = files
        self.findings = findings
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.suppressed = suppressed
    }

    /// Counts the findings of a run by level; `files` is the number of files checked.
    public init(_ run: CheckRun) {
        var errors = 0, warnings = 0, notes = 0
        for finding in run.findings {
            switch finding.level {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
        self.init(files: run.checkedFileCount, findings: run.findings.count, errors: errors, warnings: warnings, notes: notes,
                  suppressed: run.suppressed.count)
    }

    /// "3 findings (1 error, 2 warnings, 0 notes) in 2 files", or "no findings in 2 files", then
    /// "; 4 suppressed" when comments or the baseline silenced any.
    public var sentence: String {
        let inFiles = "in \(Self.count(files, "file"))" + (suppressed > 0 ? "; \(suppressed) suppressed" : "")
        if findings == 0 { return "no findings \(inFiles)" }
        let levels = [Self.count(errors, "error"), Self.count(warnings, "warning"), Self.count(notes, "note")]
        return "\(Self.count(findings, "finding")) (\(levels.joined(separator: ", "))) \(inFiles)"
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
