extension LSP {
    /// `textDocument/codeAction` params: the range the cursor or selection covers.
    public struct CodeActionParams: Decodable, Sendable {
        /// What the client asks actions for.
        public struct Context: Decodable, Sendable {
            /// Kinds the client asks for (`quickfix`, `source`, …); nil: all.
            public var only: [String]?
        }

        public var textDocument: TextDocumentIdentifier
        public var range: Range
        public var context: Context?
    }

    /// A quick fix: a title and the edit it applies.
    public struct CodeAction: Codable, Sendable, Equatable {
        public var title: String
        public var kind: String
        public var diagnostics: [Diagnostic]?
        public var isPreferred: Bool?
        public var edit: WorkspaceEdit
    }
}
