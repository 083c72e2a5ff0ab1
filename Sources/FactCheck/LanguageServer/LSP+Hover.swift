extension LSP {
    public struct MarkupContent: Codable, Sendable, Equatable {
        /// "markdown" or "plaintext".
        public var kind: String
        public var value: String
    }

    public struct Hover: Codable, Sendable, Equatable {
        public var contents: MarkupContent
        public var range: Range?
    }
}
