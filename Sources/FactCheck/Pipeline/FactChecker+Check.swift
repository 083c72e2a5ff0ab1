extension FactChecker {
    /// Checks every file under `paths` and returns the run a report is written from.
    ///
    /// Only the files that findings or warnings point into are kept, so memory follows the
    /// findings, not the corpus.
    public func check(paths: [String], forcedFormat: InputFormat?, jobs: Int) async throws -> CheckRun {
        let (files, skippedInputs) = try InputCollector.collect(paths: paths, forcedFormat: forcedFormat)
        var skipped = skippedInputs
        var collected = RunCollector()
        try await analyzeFiles(files, jobs: jobs, skip: { skipped.append($0) }, consume: { collected.add($0) })
        return collected.run(skipped: skipped)
    }

    /// Checks documents already in memory (stdin, an editor's buffer).
    public func check(sources: [SourceFile], warnings: [InputWarning] = []) throws(RegexError) -> CheckRun {
        let scratch = MatchScratch()
        var collected = RunCollector()
        for source in sources {
            collected.add(try analyze(source, warnings: warnings.filter { $0.path == source.path }, scratch: scratch))
        }
        return collected.run(skipped: [])
    }
}

/// Gathers what a report needs from each analysis as it comes, and drops the rest.
struct RunCollector {
    var findings: [Finding] = []
    var warnings: [InputWarning] = []
    var files: [String: SourceFile] = [:]
    var count = 0

    mutating func add(_ analysis: DocumentAnalysis) {
        count += 1
        guard !analysis.findings.isEmpty || !analysis.warnings.isEmpty else { return }
        findings += analysis.findings
        warnings += analysis.warnings
        files[analysis.document.source.path] = analysis.document.source
    }

    func run(skipped: [SkippedInput]) -> CheckRun {
        CheckRun(findings: findings.sorted(by: Finding.reportOrder), files: files, checkedFileCount: count,
                 skipped: skipped.sorted { $0.path < $1.path }, warnings: warnings, checks: CheckCatalog.descriptions)
    }
}

extension Finding {
    /// Reports list findings by file, position, then rule: the same input always prints the same bytes.
    static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.primary.path, a.primary.span.lowerBound, a.ruleId, a.message) < (b.primary.path, b.primary.span.lowerBound, b.ruleId, b.message)
    }
}
