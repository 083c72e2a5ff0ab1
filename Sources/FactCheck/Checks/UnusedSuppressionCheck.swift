/// `unused-suppression`: a suppression comment that silences nothing, or cannot be read.
///
/// It runs after every other check, on what their findings left (see ``SourceSuppressions``):
/// a directive that silences no finding has outlived its reason, and would hide the next real one.
public enum UnusedSuppressionCheck {
    public static let description = CheckDescription(
        id: "unused-suppression",
        name: "UnusedSuppression",
        summary: "A factcheck-disable comment silences nothing.",
        details: "Reports a `factcheck-disable-next-line`, `factcheck-disable-line`, `factcheck-disable` or `factcheck-enable` comment that silences no finding of the rules it names (the finding was fixed, or the line moved), one that names a rule that does not exist, and a `factcheck-…` comment that is no directive. Directives naming a rule switched off in .factcheck.yml are not reported.",
        helpMarkdown: """
        Delete the comment, or move it above the line it is about. Directives:

        ```markdown
        <!-- factcheck-disable-next-line conflicting-value -- the desk confirmed 45,000 -->
        <!-- factcheck-disable malformed-number --> … <!-- factcheck-enable malformed-number -->
        ```

        In plain text, the directive is a line of its own: `factcheck-disable-next-line malformed-number -- as printed`.
        """,
        defaultLevel: .warning, precision: "very-high", tags: ["suppression"])

    /// The finding for a directive that silenced nothing (`problem` says what is wrong with it).
    static func finding(for directive: SuppressionDirective, in file: SourceFile, problem: String, level: Level) -> Finding {
        // The sure fix deletes the directive, with its line when it stands alone on it.
        var removal = directive.span
        let lines = file.lines
        let firstLine = lines.line(of: directive.span.lowerBound)
        let lastLine = lines.line(of: max(directive.span.lowerBound, directive.span.upperBound - 1))
        let lineStart = lines.lineStarts[firstLine - 1]
        let nextLineStart = lastLine < lines.lineStarts.count ? lines.lineStarts[lastLine] : file.bytes.count
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        if file.bytes[lineStart..<directive.span.lowerBound].allSatisfy(isBlank),
           file.bytes[directive.span.upperBound..<nextLineStart].allSatisfy(isBlank) {
            removal = lineStart..<nextLineStart
        }
        let claim = Claim(path: file.path, span: directive.span, text: file.text(directive.span))
        let fix = Fix(path: file.path, span: removal, replacement: "", description: "Delete the directive")
        return Finding(ruleId: description.id, level: level, message: "'\(directive.written)' \(problem)", claims: [claim], fix: fix)
    }
}
