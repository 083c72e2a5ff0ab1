/// One open document checked at one version: its quantities and facts, its findings against the
/// workspace, and the diagnostics they make. Built off the server's actor; the server drops it when
/// the document has moved on to another version meanwhile.
struct DraftCheck: Sendable {
    /// One diagnostic with the finding it comes from and the bytes it underlines.
    struct Entry: Sendable {
        var finding: Finding
        var span: Range<Int>
        var diagnostic: LSP.Diagnostic
    }

    var path: String
    var version: Int
    /// The server's ``LanguageServer/sourcesGeneration`` the check compared against.
    var sourcesGeneration: Int
    /// The buffer's ``TextBuffer/revision`` checked: a result for an older one is stale.
    var revision: Int
    var lines: TextLines
    var format: InputFormat
    /// Nil when the buffer could not be read as text (it holds a NUL byte).
    var analysis: DocumentAnalysis?
    /// What the draft's facts were compared with, for the hover to group again.
    var live: [Fact]
    var corpus: CorpusIndex?
    var excludedPaths: Set<String>
    var entries: [Entry]

    var findings: [Finding] { entries.map(\.finding) }
    /// The files this check's findings point into, other than the draft's own.
    var otherPaths: Set<String> {
        Set(entries.flatMap { $0.finding.claims.map(\.path) }).subtracting([path])
    }

    /// What a check needs from the rest of the server, copied so the work can leave the actor.
    struct Context: Sendable {
        var checker: FactChecker
        var corpus: CorpusIndex?
        /// Paths whose disk copy the corpus holds but an open buffer supersedes.
        var openPaths: Set<String>
        /// The facts of the other open documents, as their buffers stand.
        var openFacts: [Fact]
        /// Suppression comments of the other documents, by path.
        var directives: [String: [SuppressionDirective]]
        /// Lines of the other open documents by path, and their URIs as the client names them.
        var openLines: [String: TextLines]
        var openURIs: [String: String]
        /// Lines of the files on disk, shared between checks.
        var diskLines: TextLinesCache
        var encoding: PositionEncoding
        var sourcesGeneration: Int
    }

    static func run(_ buffer: TextBuffer, context: Context) -> DraftCheck {
        let lines = buffer.lines
        guard let (source, warnings) = try? SourceLoader.decode(path: buffer.path, bytes: lines.bytes, format: buffer.format),
              let analysis = try? context.checker.analyze(source, warnings: warnings, scratch: MatchScratch()) else {
            return DraftCheck(path: buffer.path, version: buffer.version, sourcesGeneration: context.sourcesGeneration, revision: buffer.revision, lines: lines, format: buffer.format, analysis: nil, live: [], corpus: nil, excludedPaths: [], entries: [])
        }
        let open = context.openFacts.filter { $0.path != buffer.path }
        let findings = context.checker.findings(of: analysis, corpus: context.corpus, open: open, excludingPaths: context.openPaths,
                                                directives: context.directives)
        let builder = DiagnosticBuilder(
            path: buffer.path, lines: lines, encoding: context.encoding,
            linesOf: { path in context.openLines[path] ?? context.diskLines.lines(of: path) },
            uriOf: { path in path == buffer.path ? buffer.uri : context.openURIs[path] ?? FileURI.uri(of: path) })
        let entries = findings.flatMap { finding in
            builder.diagnostics(for: finding).map { Entry(finding: finding, span: $0.span, diagnostic: $0.diagnostic) }
        }
        return DraftCheck(path: buffer.path, version: buffer.version, sourcesGeneration: context.sourcesGeneration, revision: buffer.revision, lines: lines, format: buffer.format, analysis: analysis,
                          live: analysis.facts + open, corpus: context.corpus, excludedPaths: context.openPaths, entries: entries)
    }
}
