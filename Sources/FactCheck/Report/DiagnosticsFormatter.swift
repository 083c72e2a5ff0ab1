/// The stderr lines for inputs that were skipped or had problems, which reports leave to the CLI.
public enum DiagnosticsFormatter {
    /// `factcheck: skipped PATH: REASON` per skipped input, then `PATH:line:col: warning: MESSAGE` per input warning.
    public static func lines(for run: CheckRun) -> [String] {
        // Sorted so stderr is as deterministic as the report.
        let skipped = run.skipped.sorted { $0.path < $1.path }
        let warnings = run.warnings.sorted { ($0.path, $0.offset) < ($1.path, $1.offset) }
        var lines = skipped.map { "factcheck: skipped \($0.path): \($0.reason)" }
        for warning in warnings {
            if let file = run.files[warning.path] {
                let position = file.reportPosition(of: warning.offset)
                lines.append("\(warning.path):\(position.line):\(position.column): warning: \(warning.message)")
            } else {
                lines.append("\(warning.path): warning: \(warning.message)")
            }
        }
        return lines
    }
}
