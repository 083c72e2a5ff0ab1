/// Finds where a tag ends and where a raw element (`<script>`, `<pre>`, …) closes, keeping what
/// failed searches learnt: without that, every "<" that closes nothing searched to the end of its
/// line (or file), and a minified line of thousands of them was quadratic.
///
/// A tag search that passes a "<" outside a quoted attribute value continues exactly as a search
/// starting after that "<" would, so when it fails, every such "<" is known to fail too, up to the
/// same limit. A search for an end tag answers every later search from before what it found.
struct TagSearch {
    let source: [UInt8]
    /// For the "<" at each key, the largest limit before which no search starting after it finds an end.
    private var failsBefore: [Int: Int] = [:]
    /// Per lower-cased end tag ("</script"), the last search: where it started and what it found
    /// (nil: none to the end of the source).
    private var lastClose: [[UInt8]: (from: Int, found: Range<Int>?)] = [:]

    init(source: [UInt8]) {
        self.source = source
    }

    /// The offset after the ">" closing the tag opened by the "<" at `open`, skipping ">" inside quoted
    /// attribute values; nil if no ">" comes before `limit`. `start` is where the scan begins: after
    /// the "<" and any "/" or letters of the name that follow it.
    mutating func tagEnd(openedAt open: Int, from start: Int, limit: Int) -> Int? {
        if let known = failsBefore[open], limit <= known { return nil }
        var passed = [open]
        var index = start
        var afterEquals = false
        scan: while index < limit {
            let byte = source[index]
            switch byte {
            case UInt8(ascii: ">"):
                return index + 1
            case UInt8(ascii: "="):
                afterEquals = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if afterEquals {
                    guard let close = source[(index + 1)..<limit].firstIndex(of: byte) else { break scan }
                    index = close
                }
                afterEquals = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "<"):
                if let known = failsBefore[index], limit <= known { break scan }
                passed.append(index)
                afterEquals = false
            default:
                afterEquals = false
            }
            index += 1
        }
        for lessThan in passed { failsBefore[lessThan] = max(failsBefore[lessThan] ?? limit, limit) }
        return nil
    }

    /// The first ASCII-case-insensitive occurrence of the lower-case `endTag` ("</script") at or after `from`.
    mutating func closingTag(_ endTag: [UInt8], from: Int) -> Range<Int>? {
        if let last = lastClose[endTag], last.from <= from, from <= (last.found?.lowerBound ?? source.count) {
            return last.found
        }
        let found = source.firstRange(ofCaseInsensitive: endTag, from: from)
        lastClose[endTag] = (from, found)
        return found
    }
}
