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

    /// The most documents read in parallel, whatever `--jobs` asks.
    public static let maxJobs = 256

    /// Loads and analyzes files on `jobs` workers, handing each analysis to `consume` in input order.
    public func analyzeFiles(
        _ files: [(path: String, format: InputFormat)], jobs: Int, facts: Bool = true, findings: Bool = true,
        skip: (SkippedInput) -> Void, consume: (DocumentAnalysis) throws -> Void
    ) async throws {
        try await analyzeFiles(files, jobs: jobs, facts: facts, findings: findings, render: { $0 }, skip: skip, consume: consume)
    }

    /// Loads and analyzes files on `jobs` workers; each worker `render`s its analyses (encodes a
    /// document's output there, so the one writer only writes), and `consume` gets the results in
    /// input order while the workers go on with the files after them.
    ///
    /// A finished document waits only for the ones before it, not for a whole batch, and at most
    /// `jobs` × ``pendingChunksPerJob`` chunks of ``filesPerChunk`` files are held, read or waiting,
    /// so memory does not grow with the corpus. A file that turns out to be binary is reported
    /// through `skip`; unreadable files, and files a pattern gave up on
    /// (``InputError/incomplete(path:reason:)``), end the run.
    public func analyzeFiles<Output: Sendable>(
        _ files: [(path: String, format: InputFormat)], jobs: Int, facts: Bool = true, findings: Bool = true,
        render: @escaping @Sendable (DocumentAnalysis) -> Output,
        skip: (SkippedInput) -> Void, consume: (Output) throws -> Void
    ) async throws {
        // One worker per file at most, and never more than `maxJobs`: each worker holds a task and a
        // match buffer, so `--jobs 100000000` must not mean a hundred million of them.
        let workers = max(1, min(jobs, files.count, Self.maxJobs))
        let chunks = stride(from: 0, to: files.count, by: Self.filesPerChunk).map { $0..<min($0 + Self.filesPerChunk, files.count) }
        typealias Done = (chunk: Int, results: [Result<Output, any Error>])
        try await withThrowingTaskGroup(of: Done.self) { group in
            var launched = 0, running = 0, written = 0
            var waiting: [Int: [Result<Output, any Error>]] = [:]
            func launch() {
                let chunk = launched
                let range = chunks[chunk]
                group.addTask { [self] in
                    let scratch = MatchScratch()
                    return (chunk, range.map { index in
                        Result {
                            let (source, warnings) = try SourceLoader.load(path: files[index].path, format: files[index].format)
                            return render(try analyze(source, warnings: warnings, facts: facts, findings: findings, scratch: scratch))
                        }
                    })
                }
                launched += 1
                running += 1
            }
            func keepWorkersBusy() {
                while running < workers, launched < chunks.count, launched - written < workers * Self.pendingChunksPerJob { launch() }
            }
            while written < chunks.count {
                keepWorkersBusy()
                guard let done = try await group.next() else { break }
                running -= 1
                waiting[done.chunk] = done.results
                while let results = waiting.removeValue(forKey: written) {
                    keepWorkersBusy() // before writing, so the workers never wait for the writer
                    for (offset, result) in results.enumerated() {
                        let path = files[chunks[written].lowerBound + offset].path
                        switch result {
                        case let .success(output): try consume(output)
                        case let .failure(error as InputError) where error.skipReason != nil:
                            skip(SkippedInput(path: path, reason: error.skipReason!))
                        case let .failure(error as RegexError):
                            // A file a pattern gave up on was not checked: passing it would be a silent pass.
                            throw InputError.incomplete(path: path, reason: "\(error)")
                        case let .failure(error): throw error
                        }
                    }
                    written += 1
                }
            }
        }
    }

    /// Files a worker reads per task: enough that a task and its match buffer cost nothing beside them.
    static let filesPerChunk = 8
    /// Chunks per job read or waiting for the writer: slack for a slow document without holding the corpus.
    static let pendingChunksPerJob = 4
}
