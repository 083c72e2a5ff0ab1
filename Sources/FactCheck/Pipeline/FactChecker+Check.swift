extension FactChecker {
    /// Checks every file under `paths` and returns the run a report is written from.
    ///
    /// Only the files that findings or warnings point into are kept, so memory follows the
    /// findings, not the corpus.
    public func check(paths: [String], forcedFormat: InputFormat?, jobs: Int) async throws -> CheckRun {
        let (files, skippedInputs) = try InputCollector.collect(paths: paths, forcedFormat: forcedFormat)
        var skipped = skippedInputs
        var collected = RunCollector(keepsEverySource: false)
        try await analyzeFiles(files, jobs: jobs, skip: { skipped.append($0) }, consume: { collected.add($0) })
        return try collected.run(skipped: skipped, corpusChecks: corpusChecks)
    }

    /// Checks documents already in memory (stdin, an editor's buffer).
    public func check(sources: [SourceFile], warnings: [InputWarning] = []) throws -> CheckRun {
        let scratch = MatchScratch()
        var collected = RunCollector(keepsEverySource: true)
        for source in sources {
            collected.add(try analyze(source, warnings: warnings.filter { $0.path == source.path }, scratch: scratch))
        }
        return try collected.run(skipped: [], corpusChecks: corpusChecks)
    }
}

/// Gathers what a report needs from each analysis as it comes: findings, facts, and the files
/// findings point into. Other documents are dropped; a file a cross-document finding points
/// into is read again when the report is made.
struct RunCollector {
    let keepsEverySource: Bool
    var findings: [Finding] = []
    var warnings: [InputWarning] = []
    var facts: [Fact] = []
    var files: [String: SourceFile] = [:]
    var formats: [String: InputFormat] = [:]
    var count = 0

    mutating func add(_ analysis: DocumentAnalysis) {
        count += 1
        let source = analysis.document.source
        facts += analysis.facts
        formats[source.path] = source.format
        guard keepsEverySource || !analysis.findings.isEmpty || !analysis.warnings.isEmpty else { return }
        findings += analysis.findings
        warnings += analysis.warnings
        files[source.path] = source
    }

    func run(skipped: [SkippedInput], corpusChecks: [any CorpusCheck]) throws -> CheckRun {
        var all = findings
        for check in corpusChecks { all += check.findings(in: facts) }
        var files = files
        for path in Set(all.flatMap { $0.claims.map(\.path) }) where files[path] == nil {
            files[path] = try SourceLoader.load(path: path, format: formats[path] ?? .plain).0
        }
        return CheckRun(findings: all.sorted(by: Finding.reportOrder), files: files, checkedFileCount: count,
                        skipped: skipped.sorted { $0.path < $1.path }, warnings: warnings, checks: CheckCatalog.descriptions)
    }
}

extension Finding {
    /// Reports list findings by file, position, then rule: the same input always prints the same bytes.
    static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.primary.path, a.primary.span.lowerBound, a.ruleId, a.message) < (b.primary.path, b.primary.span.lowerBound, b.ruleId, b.message)
    }
}
