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
}
