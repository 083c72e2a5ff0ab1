/// How many scalars, UTF-16 and UTF-8 code units come before a byte offset of a text, counted from
/// a checkpoint kept every ``stride`` bytes rather than from the start of the offset's line: on a
/// line of a megabyte, thousands of columns would otherwise each count up to a megabyte (quadratic).
/// Report columns (``LineIndex``) and language server positions (`TextLines`) both count this way.
public struct CodeUnitCheckpoints: Sendable {
    /// Code units before an offset, each scalar counted at its first byte (in full: a checkpoint
    /// inside a scalar counts the whole scalar).
    public struct Counts: Sendable, Equatable {
        public var scalars = 0
        public var utf16 = 0
        public var utf8 = 0
    }

    public static let stride = 512

    private let bytes: [UInt8]
    /// `checkpoints[k]`: the counts before byte `k * stride`.
    private let checkpoints: [Counts]

    public init(bytes: [UInt8]) {
        var checkpoints: [Counts] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var counts = Counts()
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.stride == 0 { checkpoints.append(counts) }
            Self.count(byte, into: &counts)
        }
        if bytes.count % Self.stride == 0 { checkpoints.append(counts) }
        self.bytes = bytes
        self.checkpoints = checkpoints
    }

    @inline(__always)
    private static func count(_ byte: UInt8, into counts: inout Counts) {
        guard byte & 0xC0 != 0x80 else { return }
        counts.scalars += 1
        counts.utf16 += byte >= 0xF0 ? 2 : 1
        counts.utf8 += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// The counts before `offset` (clamped to the text).
    public func counts(before offset: Int) -> Counts {
        let offset = max(0, min(offset, bytes.count))
        let checkpoint = offset / Self.stride
        var counts = checkpoints[checkpoint]
        for index in (checkpoint * Self.stride)..<offset { Self.count(bytes[index], into: &counts) }
        return counts
    }

    /// The last checkpoint inside `range` whose `unit` count is at most `target`, found by binary
    /// search (counts only grow): where a walk towards the offset of a column may start. Nil when
    /// no checkpoint in `range` qualifies.
    public func lastCheckpoint(in range: ClosedRange<Int>, counting unit: (Counts) -> Int, atMost target: Int) -> (offset: Int, counts: Counts)? {
        var low = (max(0, range.lowerBound) + Self.stride - 1) / Self.stride
        var high = min(range.upperBound, bytes.count) / Self.stride
        var found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if unit(checkpoints[mid]) <= target { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return found.map { ($0 * Self.stride, checkpoints[$0]) }
    }
}
