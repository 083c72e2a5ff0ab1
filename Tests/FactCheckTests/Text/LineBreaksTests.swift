@testable import FactCheck
import Testing

/// One line model (LF, CRLF, lone CR) for the line index, the language server's lines and GitHub's line hash.
@Suite struct LineBreaksTests {
    static let text = "one\rtwo\r\nthree\nfour\r\rsix"

    @Test func everyLineModelCountsTheSameLines() {
        let bytes = Array(Self.text.utf8)
        let index = LineIndex(bytes: bytes)
        let lines = TextLines(bytes: bytes)
        #expect(index.lineStarts.count == 6)
        #expect(lines.lineCount == 6)
        #expect(LineHash.hashes(of: Self.text).count == 6)
        for (number, word) in ["one", "two", "three", "four", "", "six"].enumerated() {
            #expect(String(decoding: bytes[index.range(ofLine: number + 1)], as: UTF8.self) == word)
            #expect(String(decoding: bytes[lines.content(ofLine: number)], as: UTF8.self) == word)
        }
        let six = Self.text.utf8.count - 1
        #expect(index.position(of: six).line == 6 && index.position(of: six).column == 3)
        #expect(lines.position(of: six, in: .utf16) == LSP.Position(line: 5, character: 2))
    }

    @Test func aByteOrderMarkIsNoColumn() {
        let bytes = Array("   40 km\nnext".utf8)  // SourceLoader's three spaces for the mark
        let index = LineIndex(bytes: bytes, firstLineStart: 3)
        #expect(index.position(of: 3).column == 1)
        #expect(index.position(of: 0).column == 1)
        #expect(index.position(of: 9).line == 2)
        #expect(TextLines(bytes: bytes, firstLineStart: 3).position(of: 6, in: .utf16) == LSP.Position(line: 0, character: 3))
    }
}
