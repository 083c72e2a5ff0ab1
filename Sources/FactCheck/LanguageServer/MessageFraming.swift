/// The base protocol's framing: `Content-Length: N` headers, a blank line, then N bytes of JSON.
///
/// Bytes are fed in as they arrive (a read may end anywhere, even inside a header); complete
/// bodies come out in order.
public struct MessageFraming: Sendable {
    /// What one step of reading gives.
    public enum Item: Sendable, Equatable {
        /// A complete message body.
        case body([UInt8])
        /// A header block that cannot be read (no or a bad Content-Length): it is skipped.
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    private var start = 0

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
        guard let headerEnd = Self.find([13, 10, 13, 10], in: buffer, from: start) else { return nil }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingSpaces().lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingSpaces())
        }
        guard let length, length >= 0 else {
            start = headerEnd + 4
            return .badHeader(header)
        }
        let bodyStart = headerEnd + 4
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        return .body(Array(buffer[bodyStart..<start]))
    }

    /// A body framed for writing.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = from
        while index + needle.count <= haystack.count {
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
