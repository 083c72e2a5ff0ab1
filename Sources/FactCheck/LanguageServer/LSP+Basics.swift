/// The Language Server Protocol types this server reads and writes, as Codable values; only the
/// members it uses (unknown members of incoming messages are ignored by decoding).
public enum LSP {}

extension LSP {
    /// A place between two characters: a 0-based line and a 0-based offset in the negotiated encoding.
    public struct Position: Codable, Sendable, Equatable, Comparable {
        public var line: Int
        public var character: Int

        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }

        public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
    }

    /// A span between two positions, end exclusive.
    public struct Range: Codable, Sendable, Equatable {
        public var start: Position
        public var end: Position

        public init(start: Position, end: Position) {
            self.start = start
            self.end = end
        }

        /// Whether two ranges share a position (touching counts: a cursor at a range's end is on it).
        public func touches(_ other: Range) -> Bool { start <= other.end && other.start <= end }
    }

    /// A range in a document named by URI.
    public struct Location: Codable, Sendable, Equatable {
        public var uri: String
        public var range: Range
    }

    /// A document, by URI.
    public struct TextDocumentIdentifier: Codable, Sendable {
        public var uri: String
    }

    /// Replace a range with text (an empty range inserts).
    public struct TextEdit: Codable, Sendable, Equatable {
        public var range: Range
        public var newText: String
    }

    /// Edits by document URI (`changes`: the form every client supports).
    public struct WorkspaceEdit: Codable, Sendable, Equatable {
        public var changes: [String: [TextEdit]]
    }

    /// `textDocument/hover` and the other requests at one position.
    public struct TextDocumentPositionParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var position: Position
    }
}
