extension LSP {
    /// Text for the client to show, as Markdown or plain text.
    public struct MarkupContent: Codable, Sendable, Equatable {
        /// "markdown" or "plaintext".
        public var kind: String
        public var value: String
    }

    /// A hover: its text and the range it is about.
    public struct Hover: Codable, Sendable, Equatable {
        public var contents: MarkupContent
        public var range: Range?
    }
}
