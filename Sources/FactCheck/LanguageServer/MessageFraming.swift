/// The base protocol's framing: `Content-Length: N` headers, a blank line, then N bytes of JSON.
///
/// Bytes are fed in as they arrive (a read may end anywhere, even inside a header); complete
/// bodies come out in order. After any framing error, reading resumes at the next
/// `Content-Length` header, so one bad message cannot make every later one unreadable.
public struct MessageFraming: Sendable {
    /// What one step of reading gives.
    public enum Item: Sendable, Equatable {
        /// A complete message body.
        case body([UInt8])
        /// A header block that cannot be used (why, in a sentence): reading resumes at the next header.
        case badHeader(String)
    }

    /// The largest body waited for (64 MiB: far above any document an editor sends).
    public static let maxContentLength = 64 << 20
    /// A header block longer than this is not a header.
    public static let maxHeaderLength = 8 << 10

    private var buffer: [UInt8] = []
    private var start = 0
    /// After a framing error: skipping bytes up to the next `Content-Length`.
    private var resynchronising = false

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        // Dropping consumed bytes now and then keeps appends amortized O(1) without copying per message.
        if start > 65_536, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete item, or nil until more bytes arrive.
    public mutating func next() -> Item? {
        if resynchronising {
            guard let header = Self.findContentLength(in: buffer, from: start) else {
                // Keep only what could be the start of a header cut by the read.
                start = max(start, buffer.count - Self.contentLength.count + 1)
                return nil
            }
            start = header
            resynchronising = false
        }
        guard let headerEnd = Self.find([13, 10, 13, 10], in: buffer, from: start, limit: start + Self.maxHeaderLength + 4) else {
            guard buffer.count - start > Self.maxHeaderLength + 4 else { return nil }
            return failed(resumingAt: start + 1, "a message header longer than \(Self.maxHeaderLength) bytes")
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingSpaces().lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingSpaces())
        }
        let bodyStart = headerEnd + 4
        guard let length, length >= 0 else {
            return failed(resumingAt: bodyStart, "a message header without a valid Content-Length")
        }
        guard length <= Self.maxContentLength else {
            return failed(resumingAt: bodyStart, "Content-Length \(length) is over the \(Self.maxContentLength >> 20) MiB a message may have")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        return .body(Array(buffer[bodyStart..<start]))
    }

    private mutating func failed(resumingAt offset: Int, _ reason: String) -> Item {
        start = offset
        resynchronising = true
        return .badHeader(reason)
    }

    private static let contentLength = Array("content-length".utf8)

    /// The next "Content-Length" (any case) at or after `from`.
    private static func findContentLength(in haystack: [UInt8], from: Int) -> Int? {
        var index = from
        while index + contentLength.count <= haystack.count {
            if haystack[index] | 0x20 == contentLength[0],
               zip(haystack[index..<(index + contentLength.count)], contentLength).allSatisfy({ $0 | 0x20 == $1 || $0 == $1 }) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// A body framed for writing.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, limit: Int) -> Int? {
        var index = from
        while index + needle.count <= min(haystack.count, limit) {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
