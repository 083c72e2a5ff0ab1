/// Turns findings into the diagnostics of one open document.
///
/// A finding across documents is underlined at each of its claims in the document, with the other
/// claims (in this file or others) as related information; a finding of one document is underlined
/// where its fix would go, or else at its first claim.
struct DiagnosticBuilder {
    /// The open document's path and lines.
    let path: String
    let lines: TextLines
    let encoding: PositionEncoding
    /// Lines of another file, for related information (nil: the file cannot be read any more).
    let linesOf: (String) -> TextLines?
    /// The URI to name another file by.
    let uriOf: (String) -> String

    /// One finding's diagnostics here, each with the byte span it underlines.
    func diagnostics(for finding: Finding) -> [(span: Range<Int>, diagnostic: LSP.Diagnostic)] {
        let description = CheckCatalog.descriptions.first { $0.id == finding.ruleId }
        let spans: [Range<Int>]
        if let fix = finding.fix, fix.path == path {
            spans = [fix.span]
        } else if description?.comparesDocuments == true {
            spans = finding.claims.filter { $0.path == path }.map(\.span)
        } else {
            spans = finding.primary.path == path ? [finding.primary.span] : []
        }
        return spans.map { span in
            let related = finding.claims.filter { !($0.path == path && $0.span.overlaps(span)) }.compactMap(relatedInformation)
            let diagnostic = LSP.Diagnostic(
                range: lines.range(of: span, in: encoding),
                severity: LSP.DiagnosticSeverity(finding.level),
                code: finding.ruleId,
                codeDescription: description.map { LSP.CodeDescription(href: $0.documentationURI) },
                source: "factcheck",
                message: finding.message,
                relatedInformation: related.isEmpty ? nil : related)
            return (span, diagnostic)
        }
    }

    private func relatedInformation(_ claim: Claim) -> LSP.DiagnosticRelatedInformation? {
        let claimLines = claim.path == path ? lines : linesOf(claim.path)
        guard let claimLines else { return nil }
        let span = max(0, min(claim.span.lowerBound, claimLines.bytes.count))..<max(0, min(claim.span.upperBound, claimLines.bytes.count))
        let label = claim.normalized.map { $0 == claim.text ? claim.text : "\(claim.text) (= \($0))" } ?? claim.text
        return LSP.DiagnosticRelatedInformation(
            location: LSP.Location(uri: claim.path == path ? uriOf(path) : uriOf(claim.path), range: claimLines.range(of: span, in: encoding)),
            message: label)
    }
}
