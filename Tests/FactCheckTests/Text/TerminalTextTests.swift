import FactCheck
import Testing

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreWrittenAsEscapes() {
        #expect(TerminalText.escaped("a\u{1B}[31mb\tc\u{7F}\u{9B}d") == "a\\x1B[31mb\\x09c\\x7F\\u{9B}d")
        #expect(TerminalText.escaped("line\r\nnext\u{0}") == "line\\x0D\\x0Anext\\x00")
    }

    @Test func sourceLinesKeepTheirTabs() {
        #expect(TerminalText.escaped("a\tb\u{1B}c", keepingTabs: true) == "a\tb\\x1Bc")
    }

    @Test func printableTextIsUnchanged() {
        for text in ["wire/ap.txt", "日本 👨‍👩‍👧 é.md", "a\\x1B.txt", ""] {
            #expect(TerminalText.escaped(text) == text)
        }
    }
}
