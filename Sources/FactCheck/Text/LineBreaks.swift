/// Where a text's lines start and end: the one line model of every report (text, JSON, SARIF,
/// GitHub annotations) and of the language server. `\n`, `\r\n` and a lone `\r` each end a line, as
/// LSP and GitHub's line hash (``LineHash``) read them.
public struct LineBreaks: Sendable {
    /// Byte offset where each line starts.
    public let starts: [Int]
    /// Byte offset where each line's content ends (before its line break).
    public let ends: [Int]

    /// `firstLineStart` skips a byte order mark: it is no character of line 1, so columns count from after it.
    public init(bytes: [UInt8], firstLineStart: Int = 0) {
        var starts = [min(firstLineStart, bytes.count)], ends: [Int] = []
        var index = starts[0]
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                ends.append(index)
                starts.append(index + 1)
            case UInt8(ascii: "\r"):
                ends.append(index)
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        ends.append(bytes.count)
        self.starts = starts
        self.ends = ends
    }

    /// The 0-based line holding byte `offset` (an offset before the first line's start is on it).
    public func line(of offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
