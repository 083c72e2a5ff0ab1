import Foundation

/// Writes findings the way a compiler does: location, level, message, rule, then a snippet with a caret.
public enum TextReporter {
    /// Renders every finding and a summary line; ANSI colour only when `color` is true.
    public static func render(_ run: CheckRun, color: Bool) -> String {
        let style = Style(enabled: color)
        var lines: [String] = []
        for finding in run.findings {
            lines.append(contentsOf: render(finding, in: run, style: style))
        }
        lines.append(ReportSummary(run).sentence)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ finding: Finding, in run: CheckRun, style: Style) -> [String] {
        guard let primary = finding.claims.first else {
            // A finding without claims is a bug in a check; say so rather than trap.
            return ["\(style.location("<unknown>:")) \(style.level(finding.level)) \(TerminalText.escaped(finding.message)) [\(finding.ruleId)]"]
        }
        let file = run.files[primary.path]
        // Messages quote the documents and name other files: their control characters are escaped too.
        var lines = ["\(style.location(location(of: primary, in: file) + ":")) \(style.level(finding.level)) \(TerminalText.escaped(finding.message)) [\(finding.ruleId)]"]
        lines.append(contentsOf: snippet(of: primary.span, in: file, style: style))
        for claim in finding.claims.dropFirst() {
            let other = run.files[claim.path]
            lines.append("\(style.location(location(of: claim, in: other) + ":")) \(style.level(.note)) \(TerminalText.escaped(claim.label))")
            lines.append(contentsOf: snippet(of: claim.span, in: other, style: style))
        }
        if let fix = finding.fix {
            let original = (run.files[fix.path]?.text(fix.span) ?? "").trimmingCharacters(in: .newlines)
            lines.append(fix.replacement.isEmpty ? "  fix: delete '\(original)'" : "  fix: replace '\(original)' with '\(fix.replacement)'")
        }
        return lines
    }

    /// "path:line:col", or just the path when the file is not in the run (nothing to count lines in).
    private static func location(of claim: Claim, in file: SourceFile?) -> String {
        let path = TerminalText.escaped(claim.path)
        guard let file else { return path }
        let position = file.reportPosition(of: claim.span.lowerBound)
        return "\(path):\(position.line):\(position.column)"
    }

    /// Lines up to this many bytes are shown whole.
    static let wholeLineLimit = 320
    /// Past that (minified HTML, a paragraph with no line breaks), a window as compilers show:
    /// this many bytes of context either side of the span, and at most `underlineLimit` of the span.
    static let windowContext = 120
    static let underlineLimit = 200

    /// The source line holding the span's start (or a window of it with "..." where it is cut), and
    /// a caret line under the span (cut at the line's or the window's end).
    private static func snippet(of span: Range<Int>, in file: SourceFile?, style: Style) -> [String] {
        guard let file else { return [] }
        let span = file.clamped(span)
        let lineRange = file.lines.range(ofLine: file.lines.line(of: span.lowerBound))
        let start = min(span.lowerBound, lineRange.upperBound)
        let end = min(max(span.upperBound, start), lineRange.upperBound)
        var window = lineRange
        if lineRange.count > wholeLineLimit {
            let lower = file.scalarBoundary(atOrBefore: max(lineRange.lowerBound, start - windowContext), in: lineRange)
            let upper = file.scalarBoundary(atOrBefore: min(lineRange.upperBound, min(end, start + underlineLimit) + windowContext), in: lineRange)
            window = lower..<upper
        }
        let lead = window.lowerBound > lineRange.lowerBound ? "..." : ""
        let trail = window.upperBound < lineRange.upperBound ? "..." : ""
        // The line is shown with its control characters escaped (a document's ESC must not reach the
        // terminal), so the caret is placed by the escaped text too.
        let before = TerminalText.escaped(lead + file.text(window.lowerBound..<start), keepingTabs: true)
        let underlined = TerminalText.escaped(file.text(start..<max(start, min(end, window.upperBound, start + underlineLimit))), keepingTabs: true)
        let width = max(1, DisplayWidth.width(of: underlined[...]))
        let caret = "^" + String(repeating: "~", count: width - 1)
        return [TerminalText.escaped(lead + file.text(window) + trail, keepingTabs: true), DisplayWidth.padding(for: before[...]) + style.caret(caret)]
    }

    /// ANSI styling that turns into plain text when disabled.
    private struct Style {
        var enabled: Bool

        func location(_ text: String) -> String { wrap(text, "1") }
        func caret(_ text: String) -> String { wrap(text, "32") }

        func level(_ level: Level) -> String {
            let code = switch level {
            case .error: "1;31"
            case .warning: "1;33"
            case .note: "1;36"
            }
            return wrap("\(level.rawValue):", code)
        }

        private func wrap(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
