/// Maps byte offsets to 1-based lines and columns (lines as ``LineBreaks`` finds them).
public struct LineIndex: Sendable {
    private let breaks: LineBreaks

    /// Columns are counted from the nearest checkpoint, not from the start of their line.
    private let counts: CodeUnitCheckpoints

    /// `firstLineStart`: the length of a byte order mark, which columns do not count.
    public init(bytes: [UInt8], firstLineStart: Int = 0) {
        self.breaks = LineBreaks(bytes: bytes, firstLineStart: firstLineStart)
        self.counts = CodeUnitCheckpoints(bytes: bytes)
    }

    /// Byte offset of the first byte of each line.
    public var lineStarts: [Int] { breaks.starts }

    /// A position: 1-based line, and 1-based columns counted three ways.
    public struct Position: Sendable, Equatable {
        public var line: Int
        /// In Unicode scalars (what a person counts; used in text output).
        public var column: Int
        /// In UTF-16 code units (SARIF's default columnKind, LSP's default encoding).
        public var utf16Column: Int
        /// In bytes.
        public var byteColumn: Int
    }

    /// The 1-based line holding byte `offset`.
    public func line(of offset: Int) -> Int {
        breaks.line(of: offset) + 1
    }

    public func position(of offset: Int) -> Position {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        let end = max(start, min(offset, breaks.ends[line - 1]))
        let before = counts.counts(before: end), lineStart = counts.counts(before: start)
        return Position(line: line, column: before.scalars - lineStart.scalars + 1,
                        utf16Column: before.utf16 - lineStart.utf16 + 1, byteColumn: max(0, offset - start) + 1)
    }

    /// The byte range of line `line` (1-based), without its newline.
    public func range(ofLine line: Int) -> Range<Int> {
        breaks.starts[line - 1]..<breaks.ends[line - 1]
    }
}
