import Foundation

/// The documents under the workspace folders: the other sources a draft is checked against.
/// Each is read once and kept as facts; ``corpus`` indexes them all for lookups.
///
/// Which files count is decided in one place, ``shouldIndex(_:)``, and ``reloadConfiguration()`` is
/// where a change to the project's configuration comes in.
public struct WorkspaceIndex: Sendable {
    /// Absolute folder paths, without a trailing slash.
    public private(set) var folders: [String]
    /// Facts by absolute path, as last read from disk.
    public private(set) var documents: [String: [Fact]] = [:]
    /// An index over every document's facts, rebuilt by ``rebuilt(checker:)`` after changes.
    public private(set) var corpus: CorpusIndex?

    public init(folders: [String]) {
        self.folders = folders.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    /// Whether `path` is one of the workspace's documents: a file FactCheck reads (by extension), under a
    /// workspace folder, and not inside a hidden folder (`.git`, `.build`), as `factcheck check` walks.
    public func shouldIndex(_ path: String) -> Bool {
        guard InputFormat.detect(path: path) != nil else { return false }
        guard let folder = folders.first(where: { path.hasPrefix($0 == "/" ? "/" : $0 + "/") }) else { return false }
        let relative = path.dropFirst(folder == "/" ? 1 : folder.count + 1)
        return !relative.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// Called when the project's configuration changes; every document is then indexed again, since
    /// what is included may have changed.
    public mutating func reloadConfiguration() {
        // No configuration file exists yet: shouldIndex(_:) is the whole policy.
    }

    /// Whether `path` is the project's configuration file (a change reloads it).
    public static func isConfiguration(_ path: String) -> Bool {
        path.split(separator: "/").last == ".factcheck.yml"
    }

    /// Every document to index, with its format, sorted by path.
    public func files() -> [(path: String, format: InputFormat)] {
        let existing = folders.filter { FileManager.default.fileExists(atPath: $0) }
        guard let (files, _) = try? InputCollector.collect(paths: existing, forcedFormat: nil) else { return [] }
        var seen = Set<String>()
        return files.filter { shouldIndex($0.path) && seen.insert($0.path).inserted }
    }

    /// Reads `files` on `jobs` workers and returns their facts by path; a file that cannot be read is left out.
    public static func read(_ files: [(path: String, format: InputFormat)], checker: FactChecker,
                            jobs: Int) async -> [String: [Fact]] {
        var facts: [String: [Fact]] = [:]
        do {
            try await checker.analyzeFiles(files, jobs: jobs, skip: { _ in }) { facts[$0.document.source.path] = $0.facts }
        } catch {
            // A file that vanished or became unreadable mid-walk: read the rest one by one.
            for file in files where facts[file.path] == nil {
                guard let (source, _) = try? SourceLoader.load(path: file.path, format: file.format),
                      let analysis = try? checker.analyze(source, scratch: MatchScratch()) else { continue }
                facts[file.path] = analysis.facts
            }
        }
        return facts
    }

    /// Replaces documents' facts (nil: the document is gone).
    public mutating func update(_ changes: [String: [Fact]?]) {
        for (path, facts) in changes { documents[path] = facts }
    }

    /// Replaces every document.
    public mutating func replaceAll(_ documents: [String: [Fact]]) {
        self.documents = documents
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
