/// Maps byte offsets to 1-based lines and columns.
public struct LineIndex: Sendable {
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]
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

    public init(bytes: [UInt8]) {
        var starts = [0]
        var checkpoints: [Counts] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var counts = Counts()
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.checkpointStride == 0 { checkpoints.append(counts) }
            if byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
            Self.count(byte, into: &counts)
        }
        if bytes.count % Self.checkpointStride == 0 { checkpoints.append(counts) }
        self.lineStarts = starts
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
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    public func position(of offset: Int) -> Position {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        let end = max(start, min(offset, bytes.count))
        let before = counts(before: end), lineStart = counts(before: start)
        return Position(line: line, column: before.scalars - lineStart.scalars + 1,
                        utf16Column: before.utf16 - lineStart.utf16 + 1, byteColumn: offset - start + 1)
    }

    /// The byte range of line `line` (1-based), without its newline.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }
}
