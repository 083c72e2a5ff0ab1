extension LSP {
    /// A document as opened: its URI, language, version and text.
    public struct TextDocumentItem: Codable, Sendable {
        public var uri: String
        public var languageId: String
        public var version: Int
        public var text: String
    }

    /// A document at a version.
    public struct VersionedTextDocumentIdentifier: Codable, Sendable {
        public var uri: String
        public var version: Int
    }

    /// One change: with a range, the text replacing it; without, the whole new text.
    public struct TextDocumentContentChangeEvent: Codable, Sendable {
        public var range: Range?
        public var text: String

        public init(range: Range?, text: String) {
            self.range = range
            self.text = text
        }
    }

    /// `textDocument/didOpen` params.
    public struct DidOpenTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentItem
    }

    /// `textDocument/didChange` params: the new version and the changes that make it.
    public struct DidChangeTextDocumentParams: Codable, Sendable {
        public var textDocument: VersionedTextDocumentIdentifier
        public var contentChanges: [TextDocumentContentChangeEvent]
    }

    /// `textDocument/didSave` params (the text only when the server asked for it).
    public struct DidSaveTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var text: String?
    }

    /// `textDocument/didClose` params.
    public struct DidCloseTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
    }
}
