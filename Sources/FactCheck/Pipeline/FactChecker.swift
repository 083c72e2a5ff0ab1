import Foundation

/// Runs the pipeline: files → prose → quantities → checks, documents in parallel.
public final class FactChecker: Sendable {
    public let rules: RuleSet
    public let configuration: Configuration
    public let extractor: Extractor
    let documentChecks: [any DocumentCheck]
    let corpusChecks: [any CorpusCheck]
    let factBuilder: FactBuilder
    /// Each rule's default level, for applying the configured ones.
    let defaultLevels: [String: Level]

    /// A checker for `rules`; `configuration` switches rules off, sets their levels and gives
    /// documents metadata (its rule folders and tolerances are already in `rules`).
    public init(rules: RuleSet, configuration: Configuration = Configuration()) throws(RegexError) {
        self.rules = rules
        self.configuration = configuration
        self.extractor = try Extractor(rules: rules)
        self.documentChecks = CheckCatalog.documentChecks(rules: rules).filter { configuration.isEnabled(type(of: $0).description.id) }
        self.corpusChecks = CheckCatalog.corpusChecks(rules: rules).filter { configuration.isEnabled(type(of: $0).description.id) }
        self.factBuilder = try FactBuilder(rules: rules)
        self.defaultLevels = Dictionary(uniqueKeysWithValues: CheckCatalog.descriptions.map { ($0.id, $0.defaultLevel) })
    }

    /// Reads, extracts and checks one file already in memory.
    /// Without `facts`, no facts are built, and without `findings` no checks run: listing
    /// quantities needs neither.
    public func analyze(_ source: SourceFile, warnings: [InputWarning] = [], facts withFacts: Bool = true,
                        findings withFindings: Bool = true, scratch: MatchScratch) throws(RegexError) -> DocumentAnalysis {
        let directives = SuppressionDirective.scan(source)
        var prose = ProseReader.read(source, directives: directives)
        // What the document says of itself (front matter) wins over what the configuration says of it.
        prose.metadata.merge(configuration.metadata(for: source.path)) { own, _ in own }
        let document = Document(source: source, prose: prose)
        let quantities = try extractor.extract(from: document, scratch: scratch)
        let findings = withFindings ? documentChecks.flatMap { $0.findings(in: document, quantities: quantities) }.compactMap(configured) : []
        let facts = withFacts ? factBuilder.facts(in: document, quantities: quantities, scratch: scratch) : []
        return DocumentAnalysis(document: document, quantities: quantities, facts: facts, findings: findings, warnings: warnings,
                                directives: directives)
    }

    /// `finding` at its configured level. A finding a check raised below its default level (a
    /// hedged dispute is a note) stays below the configured level.
    func configured(_ finding: Finding) -> Finding? {
        guard let defaultLevel = defaultLevels[finding.ruleId] else { return finding }
        guard let level = configuration.level(of: finding.ruleId, default: defaultLevel) else { return nil }
        var configured = finding
        configured.level = finding.level == defaultLevel ? level : min(finding.level, level)
        return configured
    }

    /// Loads and analyzes files on `jobs` workers, handing each analysis to `consume` in input order.
    ///
    /// Work goes in batches so memory holds one batch of documents, not the corpus. A file that
    /// turns out to be binary is reported through `skip`; unreadable files, and files a pattern
    /// gave up on (``InputError/incomplete(path:reason:)``), end the run.
    /// The most documents read in parallel, whatever `--jobs` asks.
    public static let maxJobs = 256

    public func analyzeFiles(
        _ files: [(path: String, format: InputFormat)], jobs: Int, facts: Bool = true, findings: Bool = true,
        skip: (SkippedInput) -> Void, consume: (DocumentAnalysis) throws -> Void
    ) async throws {
        // One worker per file at most, and never more than `maxJobs`: each worker holds a task and a
        // match buffer, so `--jobs 100000000` must not mean a hundred million of them.
        let workers = max(1, min(jobs, files.count, Self.maxJobs))
        let batchSize = workers * 16
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + batchSize)])
            start += batch.count
            var results = [Result<DocumentAnalysis, any Error>?](repeating: nil, count: batch.count)
            try await withThrowingTaskGroup(of: [(Int, Result<DocumentAnalysis, any Error>)].self) { group in
                for worker in 0..<workers {
                    group.addTask { [self] in
                        let scratch = MatchScratch()
                        var done: [(Int, Result<DocumentAnalysis, any Error>)] = []
                        for index in stride(from: worker, to: batch.count, by: workers) {
                            do {
                                let (source, warnings) = try SourceLoader.load(path: batch[index].path, format: batch[index].format)
                                done.append((index, .success(try analyze(source, warnings: warnings, facts: facts, findings: findings, scratch: scratch))))
                            } catch {
                                done.append((index, .failure(error)))
                            }
                        }
                        return done
                    }
                }
                for try await part in group {
                    for (index, result) in part { results[index] = result }
                }
            }
            for (index, result) in results.enumerated() {
                switch result! {
                case let .success(analysis): try consume(analysis)
                case let .failure(error as InputError) where error.skipReason != nil:
                    skip(SkippedInput(path: batch[index].path, reason: error.skipReason!))
                case let .failure(error as RegexError):
                    // A file a pattern gave up on was not checked: passing it would be a silent pass.
                    throw InputError.incomplete(path: batch[index].path, reason: "\(error)")
                case let .failure(error): throw error
                }
            }
        }
    }
}
