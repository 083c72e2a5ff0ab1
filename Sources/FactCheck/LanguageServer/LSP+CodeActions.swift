extension LSP {
    public struct CodeActionParams: Decodable, Sendable {
        public struct Context: Decodable, Sendable {
            /// Kinds the client asks for (`quickfix`, `source`, …); nil: all.
            public var only: [String]?
        }

        public var textDocument: TextDocumentIdentifier
        public var range: Range
        public var context: Context?
    }

    public struct CodeAction: Codable, Sendable, Equatable {
        public var title: String
        public var kind: String
        public var diagnostics: [Diagnostic]?
        public var isPreferred: Bool?
        public var edit: WorkspaceEdit
    }
}
