/// The stderr lines for inputs that were skipped or had problems, which reports leave to the CLI.
public enum DiagnosticsFormatter {
    /// How many inputs skipped for one reason are named before the rest are counted.
    public static let skippedNamedPerReason = 20

    /// `factcheck: skipped PATH: REASON` per skipped input, then `PATH:line:col: warning: MESSAGE` per input warning.
    ///
    /// Past ``skippedNamedPerReason`` inputs skipped for the same reason (an `include` that leaves out
    /// most of a repository), one line counts the rest; JSON (`skipped`) and SARIF (`toolExecutionNotifications`)
    /// reports still list every one.
    public static func lines(for run: CheckRun) -> [String] {
        // Sorted so stderr is as deterministic as the report.
        let skipped = run.skipped.sorted { $0.path < $1.path }
        let warnings = run.warnings.sorted { ($0.path, $0.offset) < ($1.path, $1.offset) }
        var lines: [String] = []
        var named: [String: Int] = [:]
        for input in skipped {
            named[input.reason, default: 0] += 1
            if named[input.reason]! <= skippedNamedPerReason { lines.append("factcheck: skipped \(input.path): \(input.reason)") }
        }
        for (reason, count) in named.sorted(by: { $0.key < $1.key }) where count > skippedNamedPerReason {
            lines.append("factcheck: skipped \(count - skippedNamedPerReason) more: \(reason)")
        }
        for warning in warnings {
            if let file = run.files[warning.path] {
                let position = file.reportPosition(of: warning.offset)
                lines.append("\(warning.path):\(position.line):\(position.column): warning: \(warning.message)")
            } else {
                lines.append("\(warning.path): warning: \(warning.message)")
            }
        }
        // Paths, reasons (which quote globs) and messages come from outside: no raw control characters.
        return lines.map { TerminalText.escaped($0) }
    }
}
