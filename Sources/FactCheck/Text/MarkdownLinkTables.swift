import Foundation

/// What the Markdown link reader needs to know about one line, found in one pass so that links
/// are matched in linear time: each "[" with its "]" and each "(" with its ")" (a bracket stack,
/// backslash escapes honoured), and the next occurrence of a byte from any position.
///
/// Without these, every unmatched "[" and every "[a](" searched to the end of its line: quadratic
/// in the length of a line such as minified Markdown or a run of brackets.
struct MarkdownLinkTables {
    /// The "]" closing each "[" (by offset); an unmatched "[" has none.
    private(set) var closingBracket: [Int: Int] = [:]
    /// The ")" closing each "(".
    private(set) var closingParenthesis: [Int: Int] = [:]
    private let end: Int
    /// Per byte, a range known to hold none of it up to `found` (the byte's next offset, or `end`).
    private var searched: [UInt8: (from: Int, found: Int)] = [:]

    init(_ source: [UInt8], _ range: Range<Int>) {
        end = range.upperBound
        var openBrackets: [Int] = [], openParentheses: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            switch source[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): openBrackets.append(index)
            case UInt8(ascii: "]"): if let open = openBrackets.popLast() { closingBracket[open] = index }
            case UInt8(ascii: "("): openParentheses.append(index)
            case UInt8(ascii: ")"): if let open = openParentheses.popLast() { closingParenthesis[open] = index }
            default: break
            }
            index += 1
        }
    }

    /// The first offset at or after `from` (and before `limit`) holding `byte`.
    ///
    /// Queries mostly move forward; what one search learnt (no `byte` between where it started and
    /// what it found) answers later queries in that stretch, and a query before it only searches up to
    /// where the last one started, so the searches of a line cost about its length per byte.
    mutating func next(_ byte: UInt8, from: Int, limit: Int, in source: [UInt8]) -> Int? {
        guard from < end else { return nil }
        let found: Int
        if let known = searched[byte], known.from <= from, from <= known.found {
            found = known.found
        } else if let known = searched[byte], from < known.from {
            let before = Self.memchr(source, byte, from..<known.from)
            found = before ?? known.found
            searched[byte] = (from, found)
        } else {
            found = Self.memchr(source, byte, from..<end) ?? end
            searched[byte] = (from, found)
        }
        return found < min(limit, end) ? found : nil
    }

    private static func memchr(_ source: [UInt8], _ byte: UInt8, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return source.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress,
                  let found = Foundation.memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
