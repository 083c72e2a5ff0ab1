import Foundation

/// Reads input bytes into a ``SourceFile`` whose bytes are valid UTF-8 at the same offsets.
///
/// Policy, chosen so every byte offset in a report points at the same byte in the file on disk:
/// - Each byte that is not part of a well-formed UTF-8 sequence is replaced by "?" (one byte for
///   one byte). One ``InputWarning`` per file names the offset of the first such byte and how many
///   were replaced.
/// - A UTF-8 byte order mark at the start is replaced by three spaces, which columns do not count.
/// - A file holding a NUL byte is binary (or UTF-16): loading throws ``InputError/binary(path:)``,
///   whose ``InputError/skipReason`` the caller reports as a skipped input.
public enum SourceLoader {
    /// Reads and decodes the file at `path`.
    public static func load(path: String, format: InputFormat) throws(InputError) -> (SourceFile, [InputWarning]) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw .noSuchFile(path: path)
            }
            throw .unreadable(path: path, reason: isDirectory.boolValue ? "it is a directory" : "permission denied or I/O error")
        }
        return try decode(path: path, bytes: [UInt8](data), format: format)
    }

    /// Decodes bytes already read (standard input) under the same policy as ``load(path:format:)``.
    public static func decode(path: String, bytes: [UInt8], format: InputFormat) throws(InputError) -> (SourceFile, [InputWarning]) {
        if bytes.contains(0) { throw .binary(path: path) }
        var bytes = bytes
        let byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if byteOrderMark > 0 {
            bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20])
        }
        var warnings: [InputWarning] = []
        let (firstInvalid, count) = replaceInvalidUTF8(&bytes)
        if let firstInvalid {
            let noun = count == 1 ? "byte" : "bytes"
            warnings.append(InputWarning(
                path: path, offset: firstInvalid,
                message: "invalid UTF-8 at byte \(firstInvalid) (\(count) \(noun) replaced with '?'); save the file as UTF-8"))
        }
        return (SourceFile(path: path, bytes: bytes, format: format, byteOrderMarkLength: byteOrderMark), warnings)
    }

    /// Replaces each byte outside a well-formed UTF-8 sequence (Unicode Table 3-7) by "?".
    static func replaceInvalidUTF8(_ bytes: inout [UInt8]) -> (first: Int?, count: Int) {
        var first: Int?
        var count = 0
        var index = 0
        let end = bytes.count
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = wellFormedLength(bytes, at: index, lead: lead)
            if length > 0 {
                index += length
            } else {
                if first == nil { first = index }
                count += 1
                bytes[index] = UInt8(ascii: "?")
                index += 1
            }
        }
        return (first, count)
    }

    /// The length of the well-formed sequence starting at `index`, or 0.
    private static func wellFormedLength(_ bytes: [UInt8], at index: Int, lead: UInt8) -> Int {
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
