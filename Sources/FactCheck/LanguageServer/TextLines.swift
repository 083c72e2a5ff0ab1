/// A text's lines as LSP counts them (``LineBreaks``: `\n`, `\r\n` or a lone `\r` ends a line): converts the UTF-8
/// byte offsets every span is kept in to LSP positions, and back, in any ``PositionEncoding``.
public struct TextLines: Sendable {
    public let bytes: [UInt8]
    private let breaks: LineBreaks
    /// Positions are counted from the nearest checkpoint, not from the start of their line (one long
    /// line with thousands of diagnostics would otherwise be quadratic).
    private let counts: CodeUnitCheckpoints
    private var starts: [Int] { breaks.starts }
    private var ends: [Int] { breaks.ends }

    /// `firstLineStart`: the length of a byte order mark of a file read from disk, which positions do not count.
    public init(bytes: [UInt8], firstLineStart: Int = 0) {
        self.bytes = bytes
        self.breaks = LineBreaks(bytes: bytes, firstLineStart: firstLineStart)
        self.counts = CodeUnitCheckpoints(bytes: bytes)
    }

    public var lineCount: Int { starts.count }

    /// The 0-based line holding byte `offset`.
    public func line(of offset: Int) -> Int {
        breaks.line(of: offset)
    }

    /// The bytes of line `line` (0-based), without its line break.
    public func content(ofLine line: Int) -> Range<Int> {
        starts[line]..<ends[line]
    }

    /// The position of byte `offset` (clamped to the text; an offset inside a line break is the line's end).
    public func position(of offset: Int, in encoding: PositionEncoding) -> LSP.Position {
        let offset = max(0, min(offset, bytes.count))
        let line = line(of: offset)
        let end = min(offset, ends[line])
        let character = encoding.count(counts.counts(before: end)) - encoding.count(counts.counts(before: starts[line]))
        return LSP.Position(line: line, character: character)
    }

    /// The byte offset of a position. As the protocol says, a character past the line's end is the line's
    /// end and a line past the text's end is the text's end; a character inside a character (half a
    /// UTF-16 surrogate pair) is the start of that character.
    public func offset(of position: LSP.Position, in encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < starts.count else { return bytes.count }
        let start = starts[position.line], end = ends[position.line]
        let lineStart = encoding.count(counts.counts(before: start))
        let target = lineStart + max(0, position.character)
        // Walk from the last checkpoint of the line not past the target; a checkpoint inside a scalar
        // has counted that scalar whole, so the walk resumes after it.
        var index = start, character = 0
        if let checkpoint = counts.lastCheckpoint(in: start...end, counting: encoding.count, atMost: target) {
            index = checkpoint.offset
            character = encoding.count(checkpoint.counts) - lineStart
            while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        while index < end {
            let lead = bytes[index]
            let width = encoding.width(ofScalarStartingWith: lead)
            guard character + width <= position.character else { break }
            character += width
            index += 1
            while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return index
    }

    /// A byte span as an LSP range.
    public func range(of span: Range<Int>, in encoding: PositionEncoding) -> LSP.Range {
        LSP.Range(start: position(of: span.lowerBound, in: encoding), end: position(of: span.upperBound, in: encoding))
    }

    /// An LSP range as a byte span (ends given in the wrong order are put in order).
    public func span(of range: LSP.Range, in encoding: PositionEncoding) -> Range<Int> {
        let (a, b) = (offset(of: range.start, in: encoding), offset(of: range.end, in: encoding))
        return min(a, b)..<max(a, b)
    }
}
