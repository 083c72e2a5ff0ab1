import Foundation

/// The documents under the workspace folders: the other sources a draft is checked against.
/// Each is read once and kept as facts; ``corpus`` indexes them all for lookups.
///
/// Which files count is decided in one place, ``shouldIndex(_:)``, by the folders and the project's
/// `.factcheck.yml` (include and exclude), which ``reloadConfiguration()`` reads again when it changes.
public struct WorkspaceIndex: Sendable {
    /// Absolute folder paths, without a trailing slash.
    public private(set) var folders: [String]
    /// The nearest `.factcheck.yml` of the first folder, or the defaults.
    public private(set) var configuration: Configuration
    /// Facts by absolute path, as last read from disk.
    public private(set) var documents: [String: [Fact]] = [:]
    /// The suppression comments of the documents that have any, by path: a dispute a desk has
    /// marked as reviewed in the wire copy is silenced in the draft too.
    public private(set) var directives: [String: [SuppressionDirective]] = [:]
    /// An index over every document's facts, rebuilt by ``rebuilt(checker:)`` after changes.
    public private(set) var corpus: CorpusIndex?

    public init(folders: [String]) {
        self.folders = folders.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        configuration = Configuration(root: self.folders.first ?? "/")
    }

    /// Whether `path` is one of the workspace's documents: a file FactCheck reads (by extension), under a
    /// workspace folder, and not inside a hidden folder (`.git`, `.build`), as `factcheck check` walks.
    public func shouldIndex(_ path: String) -> Bool {
        guard InputFormat.detect(path: path) != nil else { return false }
        guard let folder = folders.first(where: { path.hasPrefix($0 == "/" ? "/" : $0 + "/") }) else { return false }
        let relative = path.dropFirst(folder == "/" ? 1 : folder.count + 1)
        guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return false }
        return configuration.skipReason(for: path) == nil
    }

    /// Reads the configuration again: the nearest `.factcheck.yml` of the first folder (or one above it),
    /// or the defaults when there is none. On an error the configuration in force stays, and the error
    /// (naming the file and line) is thrown for the editor to show. Every document should then be read
    /// again, since what is included may have changed.
    public mutating func reloadConfiguration() throws(RuleFileError) {
        guard let folder = folders.first, let file = Configuration.discover(from: folder) else {
            configuration = Configuration(root: folders.first ?? "/")
            return
        }
        configuration = try Configuration.load(path: file)
    }

    /// Whether `path` is a configuration file (a change reloads it).
    public static func isConfiguration(_ path: String) -> Bool {
        guard let name = path.split(separator: "/").last else { return false }
        return Configuration.fileNames.contains(String(name))
    }

    /// Every document to index, with its format, sorted by path.
    public func files() -> [(path: String, format: InputFormat)] {
        let existing = folders.filter { FileManager.default.fileExists(atPath: $0) }
        guard let (files, _) = try? InputCollector.collect(paths: existing, forcedFormat: nil, filter: configuration.inputFilter) else { return [] }
        var seen = Set<String>()
        return files.filter { shouldIndex($0.path) && seen.insert($0.path).inserted }
    }

    /// One document as indexed: its facts and its suppression comments.
    public struct Entry: Sendable {
        public var facts: [Fact]
        public var directives: [SuppressionDirective]
    }

    /// Reads `files` on `jobs` workers; a file that cannot be read is left out.
    public static func read(_ files: [(path: String, format: InputFormat)], checker: FactChecker,
                            jobs: Int) async -> [String: Entry] {
        var read: [String: Entry] = [:]
        func keep(_ analysis: DocumentAnalysis) {
            read[analysis.document.source.path] = Entry(facts: analysis.facts, directives: analysis.directives)
        }
        do {
            try await checker.analyzeFiles(files, jobs: jobs, skip: { _ in }, consume: keep)
        } catch {
            // A file that vanished or became unreadable mid-walk: read the rest one by one.
            for file in files where read[file.path] == nil {
                guard let (source, _) = try? SourceLoader.load(path: file.path, format: file.format),
                      let analysis = try? checker.analyze(source, scratch: MatchScratch()) else { continue }
                keep(analysis)
            }
        }
        return read
    }

    /// Replaces documents (nil: the document is gone).
    public mutating func update(_ changes: [String: Entry?]) {
        for (path, entry) in changes {
            documents[path] = entry?.facts
            directives[path] = entry.flatMap { $0.directives.isEmpty ? nil : $0.directives }
        }
    }

    /// Replaces every document.
    public mutating func replaceAll(_ entries: [String: Entry]) {
        documents = entries.mapValues(\.facts)
        directives = entries.compactMapValues { $0.directives.isEmpty ? nil : $0.directives }
    }

    /// The index over the current documents, built off the caller's hands (the costly step is the one
    /// grouping run over the corpus).
    public func rebuilt(checker: FactChecker) -> CorpusIndex {
        checker.corpusIndex(facts: documents.keys.sorted().flatMap { documents[$0]! })
    }

    public mutating func install(_ corpus: CorpusIndex) {
        self.corpus = corpus
    }
}
