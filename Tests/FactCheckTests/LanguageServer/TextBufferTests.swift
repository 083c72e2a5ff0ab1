import Testing
@testable import FactCheck

/// Full and incremental edits applied as an editor sends them.
@Suite struct TextBufferTests {
    private func change(_ start: (Int, Int), _ end: (Int, Int), _ text: String) -> LSP.TextDocumentContentChangeEvent {
        LSP.TextDocumentContentChangeEvent(
            range: LSP.Range(start: LSP.Position(line: start.0, character: start.1), end: LSP.Position(line: end.0, character: end.1)),
            text: text)
    }

    private func text(_ buffer: TextBuffer) -> String { String(decoding: buffer.bytes, as: UTF8.self) }

    @Test func incrementalEditsApplyInOrderInUTF16() {
        var buffer = TextBuffer(uri: "file:///tmp/draft.md", languageId: "markdown", version: 1, text: "👨‍👩‍👧 runs 6, 200 km\nnext")
        // "👨‍👩‍👧 runs 6," is 8 + 8 = 16 UTF-16 units; delete the space after the comma, then edit line 1
        // in terms of the text after the first edit.
        buffer.apply([change((0, 16), (0, 17), ""), change((1, 0), (1, 4), "last")], version: 2, encoding: .utf16)
        #expect(text(buffer) == "👨‍👩‍👧 runs 6,200 km\nlast")
        #expect(buffer.version == 2 && buffer.revision == 1)
    }

    @Test func insertionsAtLineBreaksAndTheEnd() {
        var buffer = TextBuffer(uri: "untitled:1", languageId: "plaintext", version: 1, text: "a\r\nb")
        buffer.apply([change((0, 1), (0, 1), "X"), change((1, 1), (1, 1), "\nc"), change((9, 0), (9, 0), "!")], version: 2, encoding: .utf8)
        #expect(text(buffer) == "aX\r\nb\nc!")
    }

    @Test func aChangeWithoutRangeReplacesEverything() {
        var buffer = TextBuffer(uri: "file:///tmp/a.txt", languageId: "plaintext", version: 1, text: "old")
        buffer.apply([LSP.TextDocumentContentChangeEvent(range: nil, text: "new 日本")], version: 5, encoding: .utf32)
        #expect(text(buffer) == "new 日本")
        #expect(buffer.version == 5)
    }

    @Test func formatComesFromTheExtensionThenTheLanguageId() {
        #expect(TextBuffer(uri: "file:///tmp/a%20b.md", languageId: "plaintext", version: 1, text: "").format == .markdown)
        #expect(TextBuffer(uri: "file:///tmp/a%20b.md", languageId: "plaintext", version: 1, text: "").path == "/tmp/a b.md")
        #expect(TextBuffer(uri: "untitled:Untitled-1", languageId: "html", version: 1, text: "").format == .html)
        #expect(TextBuffer(uri: "untitled:Untitled-2", languageId: "rust", version: 1, text: "").format == .plain)
    }
}
