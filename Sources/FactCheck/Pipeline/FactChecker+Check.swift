extension FactChecker {
    /// Checks every file under `paths` and returns the run a report is written from.
    public func check(paths: [String], forcedFormat: InputFormat?, jobs: Int) async throws -> CheckRun {
        let (files, skippedInputs) = try InputCollector.collect(paths: paths, forcedFormat: forcedFormat)
        var skipped = skippedInputs
        var analyses: [DocumentAnalysis] = []
        try await analyzeFiles(files, jobs: jobs, skip: { skipped.append($0) }, consume: { analyses.append($0) })
        return run(from: analyses, skipped: skipped)
    }

    /// Checks documents already in memory (stdin, an editor's buffer).
    public func check(sources: [SourceFile], warnings: [InputWarning] = []) throws(RegexError) -> CheckRun {
        let scratch = MatchScratch()
        var analyses: [DocumentAnalysis] = []
        for source in sources {
            analyses.append(try analyze(source, warnings: warnings.filter { $0.path == source.path }, scratch: scratch))
        }
        return run(from: analyses, skipped: [])
    }

    func run(from analyses: [DocumentAnalysis], skipped: [SkippedInput]) -> CheckRun {
        var files: [String: SourceFile] = [:]
        for analysis in analyses { files[analysis.document.source.path] = analysis.document.source }
        let findings = analyses.flatMap(\.findings).sorted(by: Finding.reportOrder)
        return CheckRun(findings: findings, files: files, skipped: skipped.sorted { $0.path < $1.path },
                        warnings: analyses.flatMap(\.warnings), checks: CheckCatalog.descriptions)
    }
}

extension Finding {
    /// Reports list findings by file, position, then rule: the same input always prints the same bytes.
    static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.primary.path, a.primary.span.lowerBound, a.ruleId, a.message) < (b.primary.path, b.primary.span.lowerBound, b.ruleId, b.message)
    }
}
