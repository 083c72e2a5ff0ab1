/// Maps byte offsets to 1-based lines and columns (lines as ``LineBreaks`` finds them).
public struct LineIndex: Sendable {
    private let breaks: LineBreaks
    private let bytes: [UInt8]

    /// Scalars and UTF-16 units before every ``checkpointStride``-th byte, so a column is counted
    /// from the nearest checkpoint rather than from the start of its line (one megabyte line with
    /// thousands of positions would otherwise be quadratic).
    private let checkpoints: [Counts]
    private static let checkpointStride = 512

    private struct Counts {
        var scalars = 0
        var utf16 = 0
    }

    /// `firstLineStart`: the length of a byte order mark, which columns do not count.
    public init(bytes: [UInt8], firstLineStart: Int = 0) {
        self.breaks = LineBreaks(bytes: bytes, firstLineStart: firstLineStart)
        var checkpoints: [Counts] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var counts = Counts()
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.checkpointStride == 0 { checkpoints.append(counts) }
            Self.count(byte, into: &counts)
        }
        if bytes.count % Self.checkpointStride == 0 { checkpoints.append(counts) }
        self.checkpoints = checkpoints
        self.bytes = bytes
    }

    @inline(__always)
    private static func count(_ byte: UInt8, into counts: inout Counts) {
        if byte & 0xC0 != 0x80 {
            counts.scalars += 1
            counts.utf16 += byte >= 0xF0 ? 2 : 1
        }
    }

    /// Scalars and UTF-16 units in the bytes before `offset` (at most `bytes.count`).
    private func counts(before offset: Int) -> Counts {
        let checkpoint = offset / Self.checkpointStride
        var counts = checkpoints[checkpoint]
        for index in (checkpoint * Self.checkpointStride)..<offset { Self.count(bytes[index], into: &counts) }
        return counts
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
        let before = counts(before: end), lineStart = counts(before: start)
        return Position(line: line, column: before.scalars - lineStart.scalars + 1,
                        utf16Column: before.utf16 - lineStart.utf16 + 1, byteColumn: max(0, offset - start) + 1)
    }

    /// The byte range of line `line` (1-based), without its newline.
    public func range(ofLine line: Int) -> Range<Int> {
        breaks.starts[line - 1]..<breaks.ends[line - 1]
    }
}
