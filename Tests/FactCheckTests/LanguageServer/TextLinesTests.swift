import Testing
@testable import FactCheck

/// Byte offsets ↔ LSP positions in every encoding, after emoji and CJK text.
@Suite struct TextLinesTests {
    private let prefix = "日本 👨‍👩‍👧 "
    private var text: String { "first\n" + prefix + "6, 200 km\r\nlast" }
    private var lines: TextLines { TextLines(bytes: Array(text.utf8)) }
    private var numberOffset: Int { "first\n".utf8.count + prefix.utf8.count }

    @Test func theNumberAfterEmojiAndCJKIsFoundInEachEncoding() {
        #expect(lines.position(of: numberOffset, in: .utf8) == LSP.Position(line: 1, character: prefix.utf8.count))
        #expect(lines.position(of: numberOffset, in: .utf16) == LSP.Position(line: 1, character: prefix.utf16.count))
        #expect(lines.position(of: numberOffset, in: .utf32) == LSP.Position(line: 1, character: prefix.unicodeScalars.count))
        #expect(prefix.utf8.count == 26 && prefix.utf16.count == 12 && prefix.unicodeScalars.count == 9)
    }

    @Test func positionsRoundTripAtEveryCharacterBoundary() {
        for encoding in PositionEncoding.allCases {
            var offset = 0
            let bytes = Array(text.utf8)
            for scalar in text.unicodeScalars {
                // Between "\r" and "\n" is no place in the text: it is the line's end.
                let insideLineBreak = offset > 0 && bytes[offset - 1] == UInt8(ascii: "\r") && bytes[offset] == UInt8(ascii: "\n")
                let position = lines.position(of: offset, in: encoding)
                #expect(lines.offset(of: position, in: encoding) == (insideLineBreak ? offset - 1 : offset), "\(encoding) at \(offset)")
                offset += String(scalar).utf8.count
            }
        }
    }

    /// Positions on a line of many checkpoints are counted from the nearest one: they must agree with
    /// counting from the line's start, both ways, in every encoding (also halfway into a surrogate pair).
    @Test func positionsOnALongLineAgreeWithCountingFromItsStart() {
        let line = String(repeating: "日本 👨‍👩‍👧 1 é", count: 200)
        let text = "first\r\n" + line + "\nlast"
        let lines = TextLines(bytes: Array(text.utf8))
        let lineStart = "first\r\n".utf8.count
        var offset = lineStart
        var utf16 = 0, scalars = 0
        for scalar in line.unicodeScalars {
            for (encoding, character) in [(PositionEncoding.utf8, offset - lineStart), (.utf16, utf16), (.utf32, scalars)] {
                #expect(lines.position(of: offset, in: encoding) == LSP.Position(line: 1, character: character), "\(encoding) at \(offset)")
                #expect(lines.offset(of: LSP.Position(line: 1, character: character), in: encoding) == offset, "\(encoding) at \(offset)")
            }
            if scalar.utf16.count == 2 {
                #expect(lines.offset(of: LSP.Position(line: 1, character: utf16 + 1), in: .utf16) == offset, "half a pair at \(offset)")
            }
            utf16 += scalar.utf16.count
            scalars += 1
            offset += scalar.utf8.count
        }
        #expect(lines.offset(of: LSP.Position(line: 1, character: utf16 + 5), in: .utf16) == offset, "past the end: the line's end")
    }

    @Test func lineBreaksAreLFCRLFAndLoneCR() {
        let lines = TextLines(bytes: Array("a\r\nb\rc\nd".utf8))
        #expect(lines.lineCount == 4)
        #expect(lines.position(of: 3, in: .utf16) == LSP.Position(line: 1, character: 0))
        #expect(lines.position(of: 5, in: .utf16) == LSP.Position(line: 2, character: 0))
        // Inside "\r\n" is the end of the line.
        #expect(lines.position(of: 2, in: .utf16) == LSP.Position(line: 0, character: 1))
    }

    @Test func outOfRangePositionsAreClampedAsTheProtocolSays() {
        // Past the line's end: the line's end (before "\r\n"); past the last line: the text's end.
        #expect(lines.offset(of: LSP.Position(line: 0, character: 99), in: .utf16) == 5)
        #expect(lines.offset(of: LSP.Position(line: 1, character: 999), in: .utf16) == numberOffset + "6, 200 km".utf8.count)
        #expect(lines.offset(of: LSP.Position(line: 9, character: 0), in: .utf16) == text.utf8.count)
        // Half of a surrogate pair is the start of its character: "👨" is two UTF-16 units after "日本 ".
        #expect(lines.offset(of: LSP.Position(line: 1, character: 4), in: .utf16) == "first\n日本 ".utf8.count)
    }

    @Test func negotiationTakesTheClientsFirstSupportedEncoding() {
        #expect(PositionEncoding.negotiate(nil) == .utf16)
        #expect(PositionEncoding.negotiate(["utf-7", "utf-32", "utf-8"]) == .utf32)
        #expect(PositionEncoding.negotiate(["utf-8", "utf-16"]) == .utf8)
        #expect(PositionEncoding.negotiate([]) == .utf16)
    }
}
