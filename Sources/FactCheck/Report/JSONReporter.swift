import Foundation

/// Writes a run as FactCheck's JSON report (see ``JSONReport``).
public enum JSONReporter {
    /// The report as pretty-printed JSON with sorted keys, so equal runs give equal bytes.
    public static func render(_ run: CheckRun) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(report(for: run))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The report as a value, for callers that embed it or post-process it.
    public static func report(for run: CheckRun) -> JSONReport {
        JSONReport(
            version: FactCheckVersion.current,
            findings: run.findings.map { finding(for: $0, in: run) },
            suppressed: run.suppressed.map { suppressed in
                var finding = finding(for: suppressed.finding, in: run)
                finding.suppression = JSONReport.Suppression(kind: suppressed.kind, justification: suppressed.justification)
                return finding
            },
            skipped: run.skipped.map { JSONReport.Skipped(path: $0.path, reason: $0.reason) },
            summary: ReportSummary(run)
        )
    }

    private static func finding(for finding: Finding, in run: CheckRun) -> JSONReport.Finding {
        JSONReport.Finding(
            rule: finding.ruleId,
            level: finding.level,
            message: finding.message,
            claims: finding.claims.map { claim(for: $0, in: run) },
            fix: finding.fix.map {
                JSONReport.Fix(path: $0.path, start: $0.span.lowerBound, end: $0.span.upperBound,
                               replacement: $0.replacement, description: $0.description)
            }
        )
    }

    private static func claim(for claim: Claim, in run: CheckRun) -> JSONReport.Claim {
        let position = run.files[claim.path]?.reportPosition(of: claim.span.lowerBound)
        return JSONReport.Claim(path: claim.path, line: position?.line, column: position?.column,
                                start: claim.span.lowerBound, end: claim.span.upperBound,
                                text: claim.text, normalized: claim.normalized)
    }
}
