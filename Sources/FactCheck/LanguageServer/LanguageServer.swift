import Foundation

/// `factcheck lsp`: a Language Server Protocol server that checks the drafts open in an editor
/// against the other documents of the workspace, as they are typed.
///
/// Messages come in through ``receive(_:)`` one at a time, in order; replies and notifications go
/// out through `output`, already framed. Checks run off the actor, so a long check never holds up
/// the next keystroke; a result for a buffer that has changed since is dropped.
public actor LanguageServer {
    /// Writes one framed message to the client.
    public typealias Output = @Sendable ([UInt8]) -> Void

    enum State { case starting, running, shutDown }

    let output: Output
    let baseRuleDirectories: [String]
    /// Rule folders from `initializationOptions`, after the base ones.
    var optionRuleDirectories: [String] = []
    let jobs: Int
    var state = State.starting
    var checker: FactChecker?
    var encoding = PositionEncoding.utf16
    var debounce = Duration.milliseconds(150)
    var indexesWorkspace = true
    var clientWatchesFiles = false
    /// Open documents and their latest checks, by URI as the client sent it.
    var buffers: [String: TextBuffer] = [:]
    var checks: [String: DraftCheck] = [:]
    var pendingChecks: [String: Task<Void, Never>] = [:]
    var workspace = WorkspaceIndex(folders: [])
    /// Counts the times the sources changed under the open documents (an index was installed). A check
    /// begun before is stale even for an unchanged buffer: a check with the new sources is on its way.
    var sourcesGeneration = 0
    let diskLines = TextLinesCache()
    /// Index work runs one batch at a time, each after the one before: no update is lost to a race.
    var indexTask: Task<Void, Never>?
    var pendingIndexPaths: Set<String> = []
    var pendingFullIndex = false
    var nextRequestID = 1
    /// Counts the tasks started, so ``settle()`` knows when no new one came while it waited.
    var taskSerial = 0
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    public private(set) var exitCode: Int32?

    /// `ruleDirectories` add to the built-in rules (`--rules`); `jobs` workers read the workspace.
    public init(ruleDirectories: [String] = [], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, output: @escaping Output) {
        baseRuleDirectories = ruleDirectories
        self.jobs = max(1, jobs)
        self.output = output
    }

    /// The exit status when the input ends: 0 if `shutdown` came first, else 1 (the client died).
    public func endOfInput() -> Int32 {
        exitCode ?? (state == .shutDown ? 0 : 1)
    }

    /// Waits until no check or index work is pending (tests and benchmarks; an editor never needs to).
    public func settle() async {
        while true {
            let serial = taskSerial
            for task in Array(pendingChecks.values) + (indexTask.map { [$0] } ?? []) { await task.value }
            if serial == taskSerial { return }
        }
    }

    /// Handles one message body.
    public func receive(_ body: [UInt8]) async {
        let message: JSONRPC.Incoming
        switch JSONRPC.Incoming.parse(Data(body)) {
        case let .failure(error):
            send(JSONRPC.ErrorResponse(id: nil, error: error))
            return
        case let .success(parsed):
            message = parsed
        }
        switch message.kind {
        case .response:
            return // answers to our registerCapability: nothing to do either way
        case let .notification(method):
            await notification(method, message)
        case let .request(id, method):
            await request(id, method, message)
        }
    }

    /// A framing problem in the input (a header without Content-Length): answered as a parse error.
    public func receiveBadHeader(_ reason: String) {
        send(JSONRPC.ErrorResponse(id: nil, error: JSONRPC.ResponseError(.parseError, "Parse error: \(reason); reading resumes at the next Content-Length header")))
    }

    // MARK: Dispatch

    private func request(_ id: JSONRPC.ID, _ method: String, _ message: JSONRPC.Incoming) async {
        switch (state, method) {
        case (.starting, "initialize"):
            respond(id, message.params(LSP.InitializeParams.self).flatMap(initialize))
        case (_, "initialize"):
            respond(id, Result<Bool?, JSONRPC.ResponseError>.failure(JSONRPC.ResponseError(.invalidRequest, "initialize was already received")))
        case (.starting, _):
            respond(id, Result<Bool?, JSONRPC.ResponseError>.failure(JSONRPC.ResponseError(.serverNotInitialized, "The server is not initialized")))
        case (.shutDown, _):
            respond(id, Result<Bool?, JSONRPC.ResponseError>.failure(JSONRPC.ResponseError(.invalidRequest, "The server is shut down")))
        case (.running, "shutdown"):
            state = .shutDown
            for task in pendingChecks.values { task.cancel() }
            respond(id, Result<Bool?, JSONRPC.ResponseError>.success(nil))
        case (.running, "textDocument/codeAction"):
            switch message.params(LSP.CodeActionParams.self) {
            case let .success(params): respond(id, .success(await codeActions(params)))
            case let .failure(error): respond(id, Result<Bool?, JSONRPC.ResponseError>.failure(error))
            }
        case (.running, "textDocument/hover"):
            switch message.params(LSP.TextDocumentPositionParams.self) {
            case let .success(params): respond(id, .success(await hover(params)))
            case let .failure(error): respond(id, Result<Bool?, JSONRPC.ResponseError>.failure(error))
            }
        default:
            respond(id, Result<Bool?, JSONRPC.ResponseError>.failure(JSONRPC.ResponseError(.methodNotFound, "Method not found: \(method)")))
        }
    }

    private func notification(_ method: String, _ message: JSONRPC.Incoming) async {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return
        }
        guard state == .running else { return } // before initialize or after shutdown, only exit counts
        func decoded<P: Decodable>(_ type: P.Type, _ body: (P) -> Void) {
            switch message.params(type) {
            case let .success(params): body(params)
            case let .failure(error): log(.warning, "factcheck: ignored \(method): \(error.message)")
            }
        }
        switch method {
        case "initialized": initialized()
        case "textDocument/didOpen": decoded(LSP.DidOpenTextDocumentParams.self, didOpen)
        case "textDocument/didChange": decoded(LSP.DidChangeTextDocumentParams.self, didChange)
        case "textDocument/didSave": decoded(LSP.DidSaveTextDocumentParams.self, didSave)
        case "textDocument/didClose": decoded(LSP.DidCloseTextDocumentParams.self, didClose)
        case "workspace/didChangeWatchedFiles": decoded(LSP.DidChangeWatchedFilesParams.self, didChangeWatchedFiles)
        default: return // $/cancelRequest, $/setTrace and anything else: nothing to do
        }
    }

    // MARK: Lifecycle

    private func initialize(_ params: LSP.InitializeParams) -> Result<LSP.InitializeResult?, JSONRPC.ResponseError> {
        let options = params.initializationOptions ?? InitializationOptions()
        var folders = (params.workspaceFolders ?? []).map { FileURI.path(of: $0.uri) }
        if folders.isEmpty, let root = params.rootUri.map(FileURI.path(of:)) ?? params.rootPath { folders = [root] }
        workspace = WorkspaceIndex(folders: folders.filter { $0.hasPrefix("/") })
        optionRuleDirectories = options.rules ?? []
        do {
            try workspace.reloadConfiguration()
        } catch {
            // A broken .factcheck.yml should not cost the editor its checks: the defaults apply until it is fixed.
            log(.error, "factcheck: \(error); using the default configuration until it is fixed")
        }
        do {
            checker = try makeChecker()
        } catch {
            return .failure(JSONRPC.ResponseError(.requestFailed, "factcheck could not load its rules: \(error)"))
        }
        encoding = PositionEncoding.negotiate(params.capabilities?.general?.positionEncodings)
        if let milliseconds = options.debounceMs { debounce = .milliseconds(max(0, milliseconds)) }
        indexesWorkspace = options.indexWorkspace ?? true
        clientWatchesFiles = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false
        state = .running
        let capabilities = LSP.ServerCapabilities(
            positionEncoding: encoding.rawValue,
            textDocumentSync: .init(openClose: true, change: 2, save: .init(includeText: false)),
            codeActionProvider: .init(codeActionKinds: ["quickfix"]),
            hoverProvider: true)
        return .success(LSP.InitializeResult(capabilities: capabilities,
                                             serverInfo: LSP.ServerInfo(name: "factcheck", version: FactCheckVersion.current)))
    }

    /// A checker for the workspace's configuration: its rule folders and tolerances, levels and metadata.
    func makeChecker() throws -> FactChecker {
        let configuration = workspace.configuration
        return try FactChecker(rules: try configuration.ruleSet(extraDirectories: baseRuleDirectories + optionRuleDirectories),
                               configuration: configuration)
    }

    private func initialized() {
        if clientWatchesFiles {
            let watchers = ["**/*.{txt,text,md,markdown,html,htm}", "**/.factcheck.yml"].map(LSP.RegistrationParams.FileSystemWatcher.init)
            let registration = LSP.RegistrationParams.Registration(id: "factcheck-watch", method: "workspace/didChangeWatchedFiles",
                                                                   registerOptions: .init(watchers: watchers))
            send(JSONRPC.Request(id: .number(nextRequestID), method: "client/registerCapability",
                                 params: LSP.RegistrationParams(registrations: [registration])))
            nextRequestID += 1
        }
        if indexesWorkspace, !workspace.folders.isEmpty { requestIndex(full: true) }
    }

    // MARK: Output

    func send(_ message: some Encodable) {
        let encoder = JSONEncoder()
        // Unsorted keys: a publish can run to a hundred kilobytes, and sorting them costs each keystroke.
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(message) else { return }
        output(MessageFraming.frame(Array(data)))
    }

    private func respond<R: Encodable>(_ id: JSONRPC.ID, _ result: Result<R?, JSONRPC.ResponseError>) {
        switch result {
        case let .success(value): send(JSONRPC.Response(id: id, result: value))
        case let .failure(error): send(JSONRPC.ErrorResponse(id: id, error: error))
        }
    }

    enum LogType: Int { case error = 1, warning, info, log }

    /// A line in the client's log (`window/logMessage`), and on stderr for whoever runs the server.
    func log(_ type: LogType, _ message: String) {
        send(JSONRPC.Notification(method: "window/logMessage", params: LSP.LogMessageParams(type: type.rawValue, message: message)))
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
