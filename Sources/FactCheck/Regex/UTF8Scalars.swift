/// Byte-level helpers for stepping through valid UTF-8 without decoding it.
enum UTF8Scalars {
    /// The offset of the next scalar boundary after `offset` (one character, not one byte).
    static func nextBoundary(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
