/// The code actions for a range of an open document: each finding's sure fix ("6, 200" → "6,200",
/// a recomputed conversion), and a suppression comment that disables the rule for the line.
struct CodeActionBuilder {
    let uri: String
    let check: DraftCheck
    let encoding: PositionEncoding

    /// The reason written into a suppression comment, for the editor to replace.
    static let suppressionReason = "reviewed"

    func actions(for range: LSP.Range) -> [LSP.CodeAction] {
        var actions: [LSP.CodeAction] = []
        var suppressed = Set<String>()
        for entry in check.entries where entry.diagnostic.range.touches(range) {
            if let fix = entry.finding.fix, fix.path == check.path {
                let edit = LSP.TextEdit(range: check.lines.range(of: fix.span, in: encoding), newText: fix.replacement)
                actions.append(LSP.CodeAction(title: fix.description, kind: "quickfix", diagnostics: [entry.diagnostic],
                                              isPreferred: true, edit: LSP.WorkspaceEdit(changes: [uri: [edit]])))
            }
            let line = check.lines.line(of: entry.span.lowerBound)
            guard suppressed.insert("\(line) \(entry.finding.ruleId)").inserted else { continue }
            actions.append(LSP.CodeAction(
                title: "Disable \(entry.finding.ruleId) for this line", kind: "quickfix", diagnostics: [entry.diagnostic],
                isPreferred: false, edit: LSP.WorkspaceEdit(changes: [uri: [suppression(ofRule: entry.finding.ruleId, onLine: line)]])))
        }
        // Fixes first: the one-keystroke action an editor applies is the preferred one.
        return actions.filter { $0.isPreferred == true } + actions.filter { $0.isPreferred != true }
    }

    /// A line above `line`, at its indentation, holding the comment that disables `rule` for the next line:
    /// an HTML comment in Markdown and HTML, the bare directive in plain text.
    func suppression(ofRule rule: String, onLine line: Int) -> LSP.TextEdit {
        let content = check.lines.content(ofLine: line)
        let bytes = check.lines.bytes
        let indentation = bytes[content].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let directive = "factcheck-disable-next-line \(rule) -- \(Self.suppressionReason)"
        let comment = check.format == .plain ? directive : "<!-- \(directive) -->"
        // The new line ends the way the document's lines do.
        let lineBreak = content.upperBound < bytes.count && bytes[content.upperBound] == UInt8(ascii: "\r")
            ? (content.upperBound + 1 < bytes.count && bytes[content.upperBound + 1] == UInt8(ascii: "\n") ? "\r\n" : "\r") : "\n"
        let start = LSP.Position(line: line, character: 0)
        return LSP.TextEdit(range: LSP.Range(start: start, end: start),
                            newText: String(decoding: indentation, as: UTF8.self) + comment + lineBreak)
    }
}
