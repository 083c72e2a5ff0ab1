/// A source file together with its prose: what the extractor reads.
public struct Document: Sendable {
    public let source: SourceFile
    public let prose: Prose

    public init(source: SourceFile, prose: Prose) {
        self.source = source
        self.prose = prose
    }

    /// The index of the sentence holding prose offset `offset` (the nearest one before it, if between sentences).
    public func sentenceIndex(atProseOffset offset: Int) -> Int {
        let sentences = prose.sentences
        var low = 0, high = sentences.count - 1
        guard high >= 0 else { return 0 }
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The prose range of the sentence holding prose offset `offset` (the whole prose if there are no sentences).
    public func sentenceRange(atProseOffset offset: Int) -> Range<Int> {
        prose.sentences.isEmpty ? 0..<prose.bytes.count : prose.sentences[sentenceIndex(atProseOffset: offset)]
    }
}
