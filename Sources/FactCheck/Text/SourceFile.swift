/// One input file as bytes, with the line index every report position is computed from.
///
/// Positions everywhere in FactCheck are UTF-8 byte offsets into `bytes`; line and
/// column numbers are derived only when a report is written.
public struct SourceFile: Sendable {
    /// The path as the user gave it (or as found by walking a directory).
    public let path: String
    /// The file's bytes, valid UTF-8 (see ``SourceLoader`` for how invalid bytes are handled).
    public let bytes: [UInt8]
    public let format: InputFormat
    public let lines: LineIndex

    /// `byteOrderMarkLength`: the bytes a byte order mark took at the start (now spaces), which columns do not count.
    public init(path: String, bytes: [UInt8], format: InputFormat, byteOrderMarkLength: Int = 0) {
        self.path = path
        self.bytes = bytes
        self.format = format
        self.lines = LineIndex(bytes: bytes, firstLineStart: byteOrderMarkLength)
    }

    /// The source text of a byte range (used for snippets and claim text).
    public func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }
}

/// How a file's bytes are turned into prose.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    case plain = "text"
    case markdown
    case html
}
