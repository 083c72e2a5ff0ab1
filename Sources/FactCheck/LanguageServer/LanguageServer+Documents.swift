/// Open documents: kept in sync with the editor, checked after a pause in typing, and published.
extension LanguageServer {
    func didOpen(_ params: LSP.DidOpenTextDocumentParams) {
        let item = params.textDocument
        buffers[item.uri] = TextBuffer(uri: item.uri, languageId: item.languageId, version: item.version, text: item.text)
        schedule(item.uri, after: .zero)
    }

    func didChange(_ params: LSP.DidChangeTextDocumentParams) {
        let uri = params.textDocument.uri
        guard var buffer = buffers[uri] else { return }
        buffer.apply(params.contentChanges, version: params.textDocument.version, encoding: encoding)
        buffers[uri] = buffer
        schedule(uri, after: debounce)
    }

    func didSave(_ params: LSP.DidSaveTextDocumentParams) {
        let uri = params.textDocument.uri
        guard buffers[uri] != nil else { return }
        if let text = params.text { buffers[uri]?.replace(text: text) }
        schedule(uri, after: .zero)
    }

    func didClose(_ params: LSP.DidCloseTextDocumentParams) {
        let uri = params.textDocument.uri
        guard let buffer = buffers.removeValue(forKey: uri) else { return }
        pendingChecks.removeValue(forKey: uri)?.cancel()
        let closed = checks.removeValue(forKey: uri)
        send(JSONRPC.Notification(method: "textDocument/publishDiagnostics",
                                  params: LSP.PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
        // The file on disk is a source again, for the documents still open.
        if workspace.shouldIndex(buffer.path) { requestIndex(paths: [buffer.path]) }
        for (other, check) in checks where check.otherPaths.contains(buffer.path) || closed?.otherPaths.contains(buffers[other]?.path ?? "") == true {
            schedule(other, after: .zero, propagate: false)
        }
    }

    /// Checks `uri` after `delay`, replacing a check already waiting. With `propagate`, the other open
    /// documents whose findings involve this one (before or after) are checked again too.
    func schedule(_ uri: String, after delay: Duration, propagate: Bool = true) {
        pendingChecks[uri]?.cancel()
        taskSerial += 1
        pendingChecks[uri] = Task {
            if delay > .zero {
                try? await Task.sleep(for: delay)
                if Task.isCancelled { return }
            }
            _ = await self.runCheck(uri, propagate: propagate)
        }
    }

    /// Checks the buffer as it stands now and publishes the result, unless the buffer changed meanwhile.
    @discardableResult
    func runCheck(_ uri: String, propagate: Bool) async -> DraftCheck? {
        guard let buffer = buffers[uri], let checker else { return nil }
        let context = checkContext(for: uri, checker: checker)
        let check = await Task.detached(priority: .userInitiated) { DraftCheck.run(buffer, context: context) }.value
        return publish(check, for: uri, propagate: propagate) ? check : nil
    }

    /// Publishes a finished check and keeps it, unless it is stale: a newer edit, or sources installed
    /// since it began (a draft opened while the workspace was indexed), each already has a check on its
    /// way, and this result must not overwrite that one's when it finishes last.
    func publish(_ check: DraftCheck, for uri: String, propagate: Bool) -> Bool {
        guard let buffer = buffers[uri], buffer.revision == check.revision, check.sourcesGeneration == sourcesGeneration,
              state == .running else { return false }
        let previous = checks[uri]
        checks[uri] = check
        send(JSONRPC.Notification(method: "textDocument/publishDiagnostics",
                                  params: LSP.PublishDiagnosticsParams(uri: uri, version: check.version, diagnostics: check.entries.map(\.diagnostic))))
        if propagate {
            for (other, otherBuffer) in buffers where other != uri {
                let wasInvolved = checks[other]?.otherPaths.contains(buffer.path) == true || previous?.otherPaths.contains(otherBuffer.path) == true
                if wasInvolved || check.otherPaths.contains(otherBuffer.path) { schedule(other, after: .zero, propagate: false) }
            }
        }
        return true
    }

    /// What a check of `uri` compares against: the workspace index, and the other open buffers as they stand.
    func checkContext(for uri: String, checker: FactChecker) -> DraftCheck.Context {
        var openFacts: [Fact] = [], openLines: [String: TextLines] = [:], openURIs: [String: String] = [:]
        let openPaths = Set(buffers.values.map(\.path))
        var directives = workspace.directives.filter { !openPaths.contains($0.key) }
        for (other, buffer) in buffers where other != uri {
            openLines[buffer.path] = buffer.lines
            openURIs[buffer.path] = other
            // An open document not checked yet (or changed since) still counts, by its last check.
            openFacts += checks[other]?.analysis?.facts ?? []
            if let own = checks[other]?.analysis?.directives, !own.isEmpty { directives[buffer.path] = own }
        }
        return DraftCheck.Context(checker: checker, corpus: workspace.corpus, openPaths: openPaths, openFacts: openFacts,
                                  directives: directives, openLines: openLines, openURIs: openURIs, diskLines: diskLines, encoding: encoding,
                                  sourcesGeneration: sourcesGeneration)
    }

    /// The check of the buffer as it stands; checked now when the last one is out of date.
    func currentCheck(_ uri: String) async -> DraftCheck? {
        guard let buffer = buffers[uri] else { return nil }
        if let check = checks[uri], check.revision == buffer.revision { return check }
        pendingChecks.removeValue(forKey: uri)?.cancel()
        return await runCheck(uri, propagate: true)
    }

    func codeActions(_ params: LSP.CodeActionParams) async -> [LSP.CodeAction] {
        if let only = params.context?.only, !only.contains(where: { "quickfix".hasPrefix($0) }) { return [] }
        guard let check = await currentCheck(params.textDocument.uri) else { return [] }
        return CodeActionBuilder(uri: params.textDocument.uri, check: check, encoding: encoding).actions(for: params.range)
    }

    func hover(_ params: LSP.TextDocumentPositionParams) async -> LSP.Hover? {
        guard let check = await currentCheck(params.textDocument.uri), let checker else { return nil }
        let offset = check.lines.offset(of: params.position, in: encoding)
        let uris = Dictionary(buffers.map { ($0.value.path, $0.key) }, uniquingKeysWith: { a, _ in a })
        return HoverBuilder(check: check, grouping: checker.grouping, encoding: encoding,
                            uriOf: { uris[$0] ?? FileURI.uri(of: $0) }).hover(at: offset)
    }
}
