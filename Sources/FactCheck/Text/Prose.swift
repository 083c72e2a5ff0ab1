/// The prose of a document: the text FactCheck reads numbers from, with a map back to the source.
///
/// Markup (Markdown syntax, HTML tags, code, comments, front matter) is not prose.
/// `bytes` is the prose in UTF-8; `offsets` maps any prose offset to a source byte offset,
/// so spans found in prose are reported at their exact place in the file.
public struct Prose: Sendable {
    public var bytes: [UInt8]
    public var offsets: OffsetMap
    /// Sentence ranges in prose offsets: sorted, non-overlapping.
    public var sentences: [Range<Int>]
    /// Document metadata, e.g. front-matter keys `date:`, `source:`, `title:` (lower-cased keys).
    public var metadata: [String: String]

    public init(bytes: [UInt8], offsets: OffsetMap, sentences: [Range<Int>], metadata: [String: String] = [:]) {
        self.bytes = bytes
        self.offsets = offsets
        self.sentences = sentences
        self.metadata = metadata
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A piecewise map from prose byte offsets to source byte offsets.
///
/// Each segment says: prose bytes `proseStart..<proseStart+length` came from source bytes
/// `sourceStart..<sourceStart+length`. Replacement text (a decoded entity, a newline standing for
/// a block end) is a segment whose `length` covers the replacement and whose source is the whole
/// construct: `sourceLength` may differ from `length` there, and offsets inside it map to its start.
public struct OffsetMap: Sendable, Equatable {
    public struct Segment: Sendable, Equatable {
        public var proseStart: Int
        public var sourceStart: Int
        public var length: Int
        public var sourceLength: Int
        public init(proseStart: Int, sourceStart: Int, length: Int, sourceLength: Int) {
            self.proseStart = proseStart
            self.sourceStart = sourceStart
            self.length = length
            self.sourceLength = sourceLength
        }
    }

    public private(set) var segments: [Segment] = []

    public init() {}

    /// The identity map over `length` bytes (plain text).
    public static func identity(length: Int) -> OffsetMap {
        var map = OffsetMap()
        map.appendCopy(proseStart: 0, sourceStart: 0, length: length)
        return map
    }

    /// Records prose bytes copied verbatim from the source.
    public mutating func appendCopy(proseStart: Int, sourceStart: Int, length: Int) {
        guard length > 0 else { return }
        if var last = segments.last, last.length == last.sourceLength,
           last.proseStart + last.length == proseStart, last.sourceStart + last.sourceLength == sourceStart {
            last.length += length
            last.sourceLength += length
            segments[segments.count - 1] = last
        } else {
            segments.append(Segment(proseStart: proseStart, sourceStart: sourceStart, length: length, sourceLength: length))
        }
    }

    /// Records prose bytes that replace a source construct of a different length (an entity, a tag).
    public mutating func appendReplacement(proseStart: Int, length: Int, sourceRange: Range<Int>) {
        guard length > 0 else { return }
        segments.append(Segment(proseStart: proseStart, sourceStart: sourceRange.lowerBound, length: length, sourceLength: sourceRange.count))
    }

    /// The source offset of prose offset `offset`. An offset at the end of a segment maps to
    /// the end of its source (so half-open ranges map to half-open ranges).
    public func sourceOffset(_ offset: Int) -> Int {
        guard !segments.isEmpty else { return offset }
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].proseStart <= offset { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        let delta = offset - segment.proseStart
        if segment.length == segment.sourceLength { return segment.sourceStart + delta }
        return delta >= segment.length ? segment.sourceStart + segment.sourceLength : segment.sourceStart
    }

    /// The source range of a prose range: its end is the end of the last prose byte's source.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { let start = sourceOffset(range.lowerBound); return start..<start }
        let start = sourceOffset(range.lowerBound)
        let end = sourceEnd(ofByteAt: range.upperBound - 1)
        return start..<max(start, end)
    }

    private func sourceEnd(ofByteAt offset: Int) -> Int {
        guard !segments.isEmpty else { return offset + 1 }
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].proseStart <= offset { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        if segment.length == segment.sourceLength { return segment.sourceStart + (offset - segment.proseStart) + 1 }
        return segment.sourceStart + segment.sourceLength
    }
}
