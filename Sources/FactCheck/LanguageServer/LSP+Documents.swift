extension LSP {
    public struct TextDocumentItem: Codable, Sendable {
        public var uri: String
        public var languageId: String
        public var version: Int
        public var text: String
    }

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

    public struct DidOpenTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentItem
    }

    public struct DidChangeTextDocumentParams: Codable, Sendable {
        public var textDocument: VersionedTextDocumentIdentifier
        public var contentChanges: [TextDocumentContentChangeEvent]
    }

    public struct DidSaveTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var text: String?
    }

    public struct DidCloseTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
    }
}
