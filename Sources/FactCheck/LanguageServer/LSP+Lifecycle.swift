extension LSP {
    /// `initialize` params: the workspace, what the client can do, and our options.
    public struct InitializeParams: Decodable, Sendable {
        public var processId: Int?
        public var rootUri: String?
        public var rootPath: String?
        public var workspaceFolders: [WorkspaceFolder]?
        public var capabilities: ClientCapabilities?
        public var initializationOptions: InitializationOptions?
    }

    /// A folder the editor has open.
    public struct WorkspaceFolder: Codable, Sendable {
        public var uri: String
        public var name: String?
    }

    /// The client capabilities this server looks at.
    public struct ClientCapabilities: Decodable, Sendable {
        /// Capabilities not tied to a feature.
        public struct General: Decodable, Sendable {
            /// LSP 3.17: the encodings the client can count characters in, most preferred first.
            public var positionEncodings: [String]?
        }

        /// Workspace capabilities.
        public struct Workspace: Decodable, Sendable {
            /// Whether the client takes registrations at run time.
            public struct DynamicRegistration: Decodable, Sendable {
                public var dynamicRegistration: Bool?
            }

            public var didChangeWatchedFiles: DynamicRegistration?
        }

        public var general: General?
        public var workspace: Workspace?
    }

    /// What the server offers: only what it implements.
    public struct ServerCapabilities: Encodable, Sendable {
        /// How documents are kept in sync.
        public struct TextDocumentSync: Encodable, Sendable {
            /// What a save notification carries.
            public struct Save: Encodable, Sendable {
                public var includeText: Bool
            }

            public var openClose: Bool
            /// 1 full, 2 incremental.
            public var change: Int
            public var save: Save
        }

        /// The kinds of code action offered.
        public struct CodeActionOptions: Encodable, Sendable {
            public var codeActionKinds: [String]
        }

        public var positionEncoding: String
        public var textDocumentSync: TextDocumentSync
        public var codeActionProvider: CodeActionOptions
        public var hoverProvider: Bool
    }

    /// The server's name and version, for the client's logs.
    public struct ServerInfo: Encodable, Sendable {
        public var name: String
        public var version: String
    }

    /// The answer to `initialize`.
    public struct InitializeResult: Encodable, Sendable {
        public var capabilities: ServerCapabilities
        public var serverInfo: ServerInfo
    }

    /// `window/logMessage`: type 1 error, 2 warning, 3 info, 4 log.
    public struct LogMessageParams: Encodable, Sendable {
        public var type: Int
        public var message: String
    }
}
