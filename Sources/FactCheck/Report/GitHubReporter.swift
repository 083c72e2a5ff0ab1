/// Writes GitHub Actions workflow commands (`::warning file=…,line=…::message`): findings appear as
/// annotations on the pull request without uploading SARIF.
public enum GitHubReporter {
    /// `root`: the folder the annotated paths are relative to (the repository's, when run from a
    /// subfolder), as with SARIF; by default the working directory.
    public static func render(_ run: CheckRun, root: String? = nil) -> String {
        let base = root.map { FilePath.absolute($0) }
        return run.findings.map { finding in
            let claim = finding.primary
            let path = base.flatMap { FilePath.relative(claim.path, to: $0) } ?? claim.path
            var properties = ["file=\(escapeProperty(path))"]
            if let file = run.files[claim.path] {
                let start = file.lines.position(of: claim.span.lowerBound)
                let end = file.lines.position(of: max(claim.span.lowerBound, claim.span.upperBound))
                properties += ["line=\(start.line)", "col=\(start.column)", "endLine=\(end.line)", "endColumn=\(end.column)"]
            }
            properties.append("title=\(escapeProperty(finding.ruleId))")
            let command = switch finding.level {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            return "::\(command) \(properties.joined(separator: ","))::\(escapeData(finding.message))\n"
        }.joined()
    }

    /// GitHub's escaping for a command's message. The other control characters are then written as
    /// `\x1B`: the Actions log renders ANSI escape sequences, so a file named with one (messages name
    /// files and quote documents) could recolour or hide the log's lines.
    static func escapeData(_ text: String) -> String {
        TerminalText.escaped(text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// GitHub's escaping for a property value: also ':' and ','.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
