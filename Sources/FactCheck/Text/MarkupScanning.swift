// Byte-level scanning shared by the Markdown and HTML readers.

extension UInt8 {
    var isASCIILetter: Bool { self | 0x20 >= UInt8(ascii: "a") && self | 0x20 <= UInt8(ascii: "z") }
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
    var isASCIIPunctuation: Bool {
        (self >= 0x21 && self <= 0x2F) || (self >= 0x3A && self <= 0x40) || (self >= 0x5B && self <= 0x60) || (self >= 0x7B && self <= 0x7E)
    }
}

/// An HTML tag name, lower-cased and packed into an integer so looking one up allocates nothing.
/// Names longer than eight bytes all pack to the same key, which no known name uses.
struct TagName: Hashable {
    let key: UInt64

    init(_ bytes: ArraySlice<UInt8>) {
        guard bytes.count <= 8 else { key = .max; return }
        var key: UInt64 = 0
        for byte in bytes { key = key << 8 | UInt64(byte.isASCIILetter ? byte | 0x20 : byte) }
        self.key = key
    }

    init(_ name: String) { self.init(ArraySlice(name.utf8)) }
}

extension [UInt8] {
    /// The first index at or after `index` and before `end` whose byte is special to the markup
    /// being read (or `end`): the run before it is plain prose.
    func nextSpecial(from index: Int, end: Int, isSpecial: (UInt8) -> Bool) -> Int {
        withUnsafeBufferPointer { buffer in
            var index = index
            while index < end, !isSpecial(buffer[index]) { index += 1 }
            return index
        }
    }

    func matches(_ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= self.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for offset in 0..<count where self[index + offset] != buffer[offset] { return false }
            return true
        }
    }

    /// The first occurrence of `literal` at or after `from`.
    func firstRange(of literal: StaticString, from: Int) -> Range<Int>? {
        let count = literal.utf8CodeUnitCount
        guard count > 0 else { return nil }
        let first = literal.withUTF8Buffer { $0[0] }
        var index = from
        while index + count <= self.count {
            if self[index] == first, matches(literal, at: index) { return index..<(index + count) }
            index += 1
        }
        return nil
    }

    /// The first ASCII-case-insensitive occurrence of lower-case `needle` at or after `from`.
    func firstRange(ofCaseInsensitive needle: [UInt8], from: Int) -> Range<Int>? {
        guard let first = needle.first else { return nil }
        var index = from
        while index + needle.count <= count {
            if self[index] | 0x20 == first | 0x20 {
                var offset = 1
                while offset < needle.count, self[index + offset] | (self[index + offset].isASCIILetter ? 0x20 : 0) == needle[offset] {
                    offset += 1
                }
                if offset == needle.count { return index..<(index + needle.count) }
            }
            index += 1
        }
        return nil
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end, ProseBuilder.isSpace(bytes[start]) { start += 1 }
        while end > start, ProseBuilder.isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
