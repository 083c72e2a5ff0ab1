/// A document open in the editor: the buffer's bytes and version, kept current by `didChange`.
/// The buffer is what is checked, not the file on disk.
public struct TextBuffer: Sendable {
    /// The URI exactly as the client sent it: diagnostics go back under the same string.
    public let uri: String
    public let path: String
    public let format: InputFormat
    public private(set) var version: Int
    public private(set) var lines: TextLines
    /// Counts every change of the text, including a `didSave` that carries the text without a new version.
    public private(set) var revision = 0

    public var bytes: [UInt8] { lines.bytes }

    public init(uri: String, languageId: String, version: Int, text: String) {
        self.uri = uri
        path = FileURI.path(of: uri)
        format = InputFormat.detect(path: path) ?? Self.format(languageId: languageId)
        self.version = version
        lines = TextLines(bytes: Array(text.utf8))
    }

    /// Applies changes in order: a change with a range replaces that range of the text as it stands
    /// after the changes before it; one without replaces the whole text.
    public mutating func apply(_ changes: [LSP.TextDocumentContentChangeEvent], version: Int, encoding: PositionEncoding) {
        for change in changes {
            guard let range = change.range else {
                lines = TextLines(bytes: Array(change.text.utf8))
                continue
            }
            var bytes = lines.bytes
            bytes.replaceSubrange(lines.span(of: range, in: encoding), with: Array(change.text.utf8))
            lines = TextLines(bytes: bytes)
        }
        self.version = version
        revision += 1
    }

    /// Replaces the text outright (a `didSave` that carries it).
    public mutating func replace(text: String) {
        lines = TextLines(bytes: Array(text.utf8))
        revision += 1
    }

    /// A buffer with no known extension is read by its language id: "markdown", "html", else plain text.
    static func format(languageId: String) -> InputFormat {
        switch languageId.lowercased() {
        case "markdown": .markdown
        case "html": .html
        default: .plain
        }
    }
}
