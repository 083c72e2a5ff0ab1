extension SourceFile {
    /// The position of a byte offset, clamped to the file so a stale or bad span cannot trap.
    func reportPosition(of offset: Int) -> LineIndex.Position {
        lines.position(of: Swift.max(0, Swift.min(offset, bytes.count)))
    }

    /// A span clamped to the file's bytes.
    func clamped(_ span: Range<Int>) -> Range<Int> {
        let lower = Swift.max(0, Swift.min(span.lowerBound, bytes.count))
        let upper = Swift.max(lower, Swift.min(span.upperBound, bytes.count))
        return lower..<upper
    }

    /// `offset` moved back to the start of the character it is in (a snippet window never cuts a character), not before `line`'s start.
    func scalarBoundary(atOrBefore offset: Int, in line: Range<Int>) -> Int {
        var offset = offset
        while offset > line.lowerBound, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }
}
