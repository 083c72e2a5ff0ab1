/// Maps byte offsets to 1-based lines and columns.
public struct LineIndex: Sendable {
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
        self.bytes = bytes
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
        var scalars = 0, utf16 = 0
        var index = start
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 {
                scalars += 1
                utf16 += byte >= 0xF0 ? 2 : 1
            }
            index += 1
        }
        return Position(line: line, column: scalars + 1, utf16Column: utf16 + 1, byteColumn: offset - start + 1)
    }

    /// The byte range of line `line` (1-based), without its newline.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }
}
