/// An input path that was not checked, and why (nothing is dropped silently).
public struct SkippedInput: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// A problem with an input that did not stop the run (e.g. invalid UTF-8 that was replaced).
public struct InputWarning: Sendable, Equatable {
    public var path: String
    /// Source byte offset the warning is about.
    public var offset: Int
    public var message: String

    public init(path: String, offset: Int, message: String) {
        self.path = path
        self.offset = offset
        self.message = message
    }
}

/// Everything a report is written from: the findings, the files they point into, and what was skipped.
public struct CheckRun: Sendable {
    /// Sorted by path, line, column, rule id.
    public var findings: [Finding]
    /// Findings silenced by a comment or the baseline, in the same order.
    public var suppressed: [SuppressedFinding]
    /// The files findings and warnings point into, by path (files with nothing to report are not kept).
    public var files: [String: SourceFile]
    /// How many files were checked.
    public var checkedFileCount: Int
    public var skipped: [SkippedInput]
    public var warnings: [InputWarning]
    /// The checks that ran, for SARIF `rules[]`.
    public var checks: [CheckDescription]

    public init(findings: [Finding], suppressed: [SuppressedFinding] = [], files: [String: SourceFile], checkedFileCount: Int? = nil,
                skipped: [SkippedInput], warnings: [InputWarning], checks: [CheckDescription]) {
        self.findings = findings
        self.suppressed = suppressed
        self.files = files
        self.checkedFileCount = checkedFileCount ?? files.count
        self.skipped = skipped
        self.warnings = warnings
        self.checks = checks
    }
}
