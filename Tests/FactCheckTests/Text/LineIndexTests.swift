import Testing
@testable import FactCheck

@Suite struct LineIndexTests {
    /// Columns come from checkpoints, not from counting each line: they must agree with counting.
    @Test func columnsAgreeWithCountingFromTheLineStartAcrossCheckpoints() {
        let text = "first line\n" + String(repeating: "日本 👨‍👩‍👧 1 ", count: 300) + "\r\nlast é"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes: bytes)
        for offset in stride(from: 0, through: bytes.count, by: 7) where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let line = bytes[..<offset].filter { $0 == UInt8(ascii: "\n") }.count + 1
            let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
            let position = index.position(of: offset)
            #expect(position == LineIndex.Position(line: line, column: prefix.unicodeScalars.count + 1,
                                                   utf16Column: prefix.utf16.count + 1, byteColumn: offset - lineStart + 1))
        }
    }

    @Test func anEmptyFileHasOneLineAndColumnOne() {
        #expect(LineIndex(bytes: []).position(of: 0) == LineIndex.Position(line: 1, column: 1, utf16Column: 1, byteColumn: 1))
    }
}
