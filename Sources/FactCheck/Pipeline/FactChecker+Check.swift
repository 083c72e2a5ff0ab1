extension FactChecker {
    /// Checks every file under `paths` and returns the run a report is written from.
    ///
    /// Files the configuration excludes are reported as skipped. Only the files that findings,
    /// warnings or suppression comments point into are kept, so memory follows the findings, not
    /// the corpus.
    public func check(paths: [String], forcedFormat: InputFormat?, jobs: Int) async throws -> CheckRun {
        let (files, skippedInputs) = try InputCollector.collect(paths: paths, forcedFormat: forcedFormat, filter: configuration.inputFilter)
        var skipped = skippedInputs
        var collected = RunCollector(keepsEverySource: false)
        try await analyzeFiles(files, jobs: jobs, skip: { skipped.append($0) }, consume: { collected.add($0) })
        return try collected.run(skipped: skipped, checker: self)
    }

    /// Checks `drafts` against `sources`: every file is compared with every other, as `check` over all
    /// of them, but only the findings that involve a draft are reported (what the language server
    /// shows for an open draft). A source that is also a draft, however spelled, is read once, as a draft.
    public func check(drafts: [String], against sources: [String], forcedFormat: InputFormat?, jobs: Int) async throws -> CheckRun {
        let (draftFiles, skippedDrafts) = try InputCollector.collect(paths: drafts, forcedFormat: forcedFormat, filter: configuration.inputFilter)
        let (sourceFiles, _) = try InputCollector.collect(paths: sources, forcedFormat: forcedFormat, filter: configuration.inputFilter)
        let draftLocations = Set(draftFiles.map { FilePath.absolute($0.path) })
        let files = draftFiles + sourceFiles.filter { !draftLocations.contains(FilePath.absolute($0.path)) }
        // Only the drafts' skipped inputs are reported: a walked repository's other files (code, images)
        // are many, expected, and not what was asked about.
        var skipped = skippedDrafts
        var collected = RunCollector(keepsEverySource: false, reportedPaths: Set(draftFiles.map(\.path)))
        try await analyzeFiles(files, jobs: jobs, skip: { skipped.append($0) }, consume: { collected.add($0) })
        return try collected.run(skipped: skipped, checker: self)
    }

    /// Checks documents already in memory (stdin, an editor's buffer).
    public func check(sources: [SourceFile], warnings: [InputWarning] = []) throws -> CheckRun {
        let scratch = MatchScratch()
        var collected = RunCollector(keepsEverySource: true)
        for source in sources {
            let analysis: DocumentAnalysis
            do {
                analysis = try analyze(source, warnings: warnings.filter { $0.path == source.path }, scratch: scratch)
            } catch {
                // A pattern gave up: the document was not checked, so it must not pass.
                throw InputError.incomplete(path: source.path, reason: "\(error)")
            }
            collected.add(analysis)
        }
        return try collected.run(skipped: [], checker: self)
    }
}

extension Configuration {
    /// The configuration's include/exclude globs as the filter an input walk applies.
    public var inputFilter: InputCollector.Filter {
        InputCollector.Filter(skipReason: skipReason(for:), excludesFolder: excludesFolder)
    }
}

/// Gathers what a report needs from each analysis as it comes: findings, facts, suppression
/// comments, and the files findings point into. Other documents are dropped; a file a
/// cross-document finding points into is read again when the report is made.
struct RunCollector {
    let keepsEverySource: Bool
    /// When set, only findings with a claim in one of these files are reported (the drafts).
    var reportedPaths: Set<String>? = nil
    var findings: [Finding] = []
    var warnings: [InputWarning] = []
    var facts: [Fact] = []
    var directives: [String: [SuppressionDirective]] = [:]
    var files: [String: SourceFile] = [:]
    var formats: [String: InputFormat] = [:]
    var count = 0

    mutating func add(_ analysis: DocumentAnalysis) {
        count += 1
        let source = analysis.document.source
        facts += analysis.facts
        formats[source.path] = source.format
        if !analysis.directives.isEmpty { directives[source.path] = analysis.directives }
        guard keepsEverySource || !analysis.findings.isEmpty || !analysis.warnings.isEmpty || !analysis.directives.isEmpty else { return }
        findings += analysis.findings
        warnings += analysis.warnings
        files[source.path] = source
    }

    func run(skipped: [SkippedInput], checker: FactChecker) throws -> CheckRun {
        var all = findings
        for check in checker.corpusChecks { all += check.findings(in: facts).compactMap(checker.configured) }
        var outcome = SourceSuppressions.apply(to: all, directives: directives, files: files) { rule, level in
            checker.configuration.level(of: rule, default: level)
        }
        if let reportedPaths {
            outcome.findings.removeAll { !$0.involves(anyOf: reportedPaths) }
            outcome.suppressed.removeAll { !$0.finding.involves(anyOf: reportedPaths) }
        }
        var files = files
        for path in Set(outcome.findings.flatMap { $0.claims.map(\.path) } + outcome.suppressed.flatMap { $0.finding.claims.map(\.path) })
            where files[path] == nil {
            files[path] = try SourceLoader.load(path: path, format: formats[path] ?? .plain).0
        }
        return CheckRun(findings: outcome.findings.sorted(by: Finding.reportOrder),
                        suppressed: outcome.suppressed.sorted { Finding.reportOrder($0.finding, $1.finding) },
                        files: files, checkedFileCount: count, skipped: skipped.sorted { $0.path < $1.path },
                        warnings: warnings, checks: CheckCatalog.descriptions.filter { checker.configuration.isEnabled($0.id) })
    }
}

extension Finding {
    /// Reports list findings by file, position, then rule: the same input always prints the same bytes.
    static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.primary.path, a.primary.span.lowerBound, a.ruleId, a.message) < (b.primary.path, b.primary.span.lowerBound, b.ruleId, b.message)
    }
}
