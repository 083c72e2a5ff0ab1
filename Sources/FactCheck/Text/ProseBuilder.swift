/// Accumulates prose bytes and their ``OffsetMap`` while a reader walks a source file.
struct ProseBuilder {
    let source: [UInt8]
    private(set) var bytes: [UInt8] = []
    private(set) var map = OffsetMap()

    init(source: [UInt8]) {
        self.source = source
        bytes.reserveCapacity(source.count)
    }

    var last: UInt8? { bytes.last }

    /// Copies source bytes verbatim.
    mutating func copy(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        map.appendCopy(proseStart: bytes.count, sourceStart: range.lowerBound, length: range.count)
        bytes.append(contentsOf: source[range])
    }

    /// Puts `byte` in place of the one source byte at `index`.
    ///
    /// Recorded as a copy: for a same-length substitution the positions are those of a copy, and
    /// adjacent copies merge into one segment (soft line breaks would otherwise split every line).
    mutating func substitute(_ byte: UInt8, at index: Int) {
        map.appendCopy(proseStart: bytes.count, sourceStart: index, length: 1)
        bytes.append(byte)
    }

    /// Puts `replacement` in place of the source construct at `range` (a decoded entity).
    mutating func replace(_ replacement: [UInt8], for range: Range<Int>) {
        map.appendReplacement(proseStart: bytes.count, length: replacement.count, sourceRange: range)
        bytes.append(contentsOf: replacement)
    }

    /// A space standing for a removed construct, unless the prose already ends in whitespace.
    mutating func separate(for range: Range<Int>) {
        guard let last = bytes.last, !Self.isSpace(last) else { return }
        replace([UInt8(ascii: " ")], for: range)
    }

    /// A newline ending the current block, unless the prose is empty or already ends one.
    mutating func lineBreak(for range: Range<Int>) {
        guard let last = bytes.last, last != UInt8(ascii: "\n") else { return }
        replace([UInt8(ascii: "\n")], for: range)
    }

    func prose(metadata: [String: String]) -> Prose {
        Prose(bytes: bytes, offsets: map, sentences: SentenceSplitter.split(bytes), metadata: metadata)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
