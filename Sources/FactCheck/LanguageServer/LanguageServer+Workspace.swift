import Foundation

/// The workspace's documents: indexed once, kept current from the editor's file events.
extension LanguageServer {
    func didChangeWatchedFiles(_ params: LSP.DidChangeWatchedFilesParams) {
        var paths: [String] = []
        var configuration = false
        for change in params.changes {
            let path = FileURI.path(of: change.uri)
            if WorkspaceIndex.isConfiguration(path) {
                configuration = true
            } else if workspace.shouldIndex(path) || workspace.documents[path] != nil {
                paths.append(path)
            }
        }
        if configuration { reloadConfiguration() }
        guard indexesWorkspace, configuration || !paths.isEmpty else { return }
        requestIndex(paths: paths, full: configuration)
    }

    /// `.factcheck.yml` changed: read it again and make a checker for it; the caller reads every
    /// document again. A configuration with an error is reported and the one in force stays.
    func reloadConfiguration() {
        let previous = workspace
        do {
            try workspace.reloadConfiguration()
            checker = try makeChecker()
            log(.info, "factcheck: configuration reloaded from \(workspace.configuration.file ?? "the defaults")")
        } catch {
            workspace = previous
            log(.error, "factcheck: \(error); the configuration in force stays")
        }
    }

    /// Queues index work: `full` reloads the configuration and reads every document again; `paths` are
    /// read again (or dropped, when gone). Work already queued absorbs new requests.
    func requestIndex(paths: [String] = [], full: Bool = false) {
        pendingIndexPaths.formUnion(paths)
        pendingFullIndex = pendingFullIndex || full
        let previous = indexTask
        taskSerial += 1
        indexTask = Task {
            await previous?.value
            await self.indexPending()
        }
    }

    private func indexPending() async {
        guard pendingFullIndex || !pendingIndexPaths.isEmpty, let checker else { return }
        let full = pendingFullIndex, paths = pendingIndexPaths
        pendingFullIndex = false
        pendingIndexPaths = []
        let before = workspace, jobs = jobs
        let clock = ContinuousClock(), started = clock.now
        let updated = await Task.detached(priority: .utility) { () -> WorkspaceIndex in
            var updated = before
            if full {
                updated.replaceAll(await WorkspaceIndex.read(updated.files(), checker: checker, jobs: jobs))
            } else {
                let present = paths.sorted().filter { updated.shouldIndex($0) && FileManager.default.fileExists(atPath: $0) }
                let read = await WorkspaceIndex.read(present.map { (path: $0, format: InputFormat.detect(path: $0) ?? .plain) },
                                                     checker: checker, jobs: jobs)
                updated.update(Dictionary(uniqueKeysWithValues: paths.map { ($0, read[$0]) }))
            }
            updated.install(updated.rebuilt(checker: checker))
            return updated
        }.value
        workspace = updated
        sourcesGeneration += 1
        diskLines.removeAll()
        if full {
            let seconds = Double((clock.now - started).components.attoseconds) / 1e18 + Double((clock.now - started).components.seconds)
            let facts = updated.documents.values.reduce(0) { $0 + $1.count }
            log(.info, String(format: "factcheck: indexed %d documents (%d facts) in %.2f s", updated.documents.count, facts, seconds))
        }
        // Checks of the open documents from before this index used the old sources (or a checker since replaced).
        for uri in buffers.keys { schedule(uri, after: .zero, propagate: false) }
    }
}
