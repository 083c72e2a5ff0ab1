import Testing
@testable import FactCheck

@Suite struct MarkdownProseTests {
    @Test func frontMatterIsMetadataNotProse() {
        let source = "---\ntitle: \"Quake toll 1,420\"\nDate: 2025-03-14\nsource: 'Lantern'\ntags:\n  - a\n---\nThe toll rose to 1,420.\n"
        let prose = ProseReader.read(SourceFile(path: "t.md", bytes: Array(source.utf8), format: .markdown))
        #expect(prose.metadata == ["title": "Quake toll 1,420", "date": "2025-03-14", "source": "Lantern"])
        #expect(prose.text == "The toll rose to 1,420.")
    }

    @Test func fencedCodeBlocks() {
        expectProse("Before 11.\n\n```swift\nlet x = 22\n```\n\n~~~~\n33\n```\n44\n~~~~\nAfter 55.\n", format: .markdown,
                    kept: ["Before 11.", "After 55."], dropped: ["22", "33", "44", "swift", "```", "~~~"])
    }

    @Test func indentedCodeBlocksButNotListContinuations() {
        expectProse("Para 11.\n\n    code 22\n    code 33\n\nText 44.\n\n- item 55\n\n    more 66\n", format: .markdown,
                    kept: ["Para 11.", "Text 44.", "item 55", "more 66"], dropped: ["22", "33"])
    }

    @Test func indentedLineInsideParagraphIsProse() {
        expectProse("Paragraph 11\n    continues 22.\n", format: .markdown, kept: ["Paragraph 11", "continues 22."], dropped: [])
        #expect(proseSentences("Paragraph 11\n    continues 22.\n", format: .markdown) == ["Paragraph 11 continues 22."])
    }

    @Test func inlineCodeSpans() {
        expectProse("Run 日本 `rm 11` and ``a ` 22`` then `33\nacross 44` now 55.\n", format: .markdown,
                    kept: ["Run ", "and", "then", "now 55."], dropped: ["11", "22", "33", "44", "`"])
    }

    @Test func unmatchedBackticksAreLiteral() {
        expectProse("A ` tick costs 5.\n", format: .markdown, kept: ["tick costs 5."], dropped: [])
    }

    @Test func linksKeepTextOnly() {
        expectProse(
            "See [the 2024 report](https://x.org/r/2023 \"title 99\") and [ref 7][r8], ![chart 12](c13.png) <https://x.org/14> or http://y.org/15, www.z.org/16. [^17]\n\n[r8]: https://x.org/18 \"t19\"\n",
            format: .markdown,
            kept: ["the 2024 report", "ref 7", "See ", " or "], dropped: ["2023", "99", "r8", "12", "13", "14", "15", "16", "17", "18", "19", "http", "www"])
    }

    @Test func bareURLKeepsTrailingPunctuationAsProse() {
        expectProse("Data at https://a.org/x_(1). Up 5%.\n", format: .markdown, kept: [". Up 5%."], dropped: ["a.org", "(1)"])
    }

    @Test func htmlCommentsAndTags() {
        expectProse("Cut <!-- 11 -->to <b>22</b>.\n<!--\n33\n\n44\n-->\nThen <span class=\"a>55\">66</span> <script>var x = 77;\n</script> end.\n", format: .markdown,
                    kept: ["Cut ", "to ", "22", "66", " end."], dropped: ["11", "33", "44", "55", "77", "<", "span"])
    }

    /// Each "<" that closes nothing once searched to the end of its line: these read in linear time,
    /// and what follows them is read as before (a later tag inside a failed one's quotes is a tag).
    @Test func thousandsOfUnclosedTagsOnOneLineKeepTheirProse() {
        let source = "Cut 11 " + String(repeating: "<a x=\"", count: 5_001) + " 22\n" + String(repeating: "<a ", count: 5_000) + "33\n"
            + "Go " + String(repeating: "<script> ", count: 5_000) + "44\nThen 55 <i x='<b>'>66</i> and <b>77</b>.\n"
        expectProse(source, format: .markdown, kept: ["Cut 11 <a x=\"<a x=", " 22", "<a <a 33", "Go ", "44", "Then 55 ", "66", " and ", "77", "."],
                    dropped: ["<i", "<b>", "<script>"])
    }

    @Test func markersDropTextStays() {
        expectProse("# Heading 11 #\n\n> Quote **22** and _33_ ~~44~~\n\n- item 55\n* item 66\n1. item 77\n\nsnake_case 5*3 1_000\n", format: .markdown,
                    kept: ["Heading 11", "Quote ", "22", "33", "44", "item 55", "item 66", "item 77", "snake_case 5*3 1_000"],
                    dropped: ["#", ">", "**", "- ", "1."])
    }

    @Test func tablesAreProseWithoutPipes() {
        expectProse("| Station | Max |\n|:---|---:|\n| Castelbrun | 46.3°C |\n| Lusk \\| East | 42.2°C |\n", format: .markdown,
                    kept: ["Castelbrun", "46.3°C", "42.2°C", "Lusk ", "| East"], dropped: ["---", ":--"])
    }

    @Test func backslashEscapesKeepTheCharacter() {
        expectProse("Price \\*not\\* \\$5 or 1\\. x\n", format: .markdown, kept: ["*not", "$5", ". x"], dropped: ["\\"])
        #expect(proseSentences("Price \\*not\\* \\$5 or 1\\. x\n", format: .markdown) == ["Price *not* $5 or 1. x"])
    }

    @Test func entitiesDecode() {
        expectProse("It cost 👨‍👩‍👧 &euro;5 &amp; 54,000&nbsp;troops.\n", format: .markdown, kept: ["5 ", "54,000", "troops."], dropped: ["&euro;", "&nbsp;"])
        #expect(proseSentences("It cost &euro;5 &amp; 54,000&nbsp;troops.", format: .markdown) == ["It cost €5 & 54,000 troops."])
    }

    @Test func blocksEndSentencesSoftBreaksDoNot() {
        let source = "# Title 1\nA wrapped\nparagraph of 2 lines.\n\n- Item one\n- Item two\n  continued\n\n| a | 3 |\n|---|---|\n| b | 4 |\n## Next\n2019. A year.\n"
        #expect(proseSentences(source, format: .markdown) == [
            "Title 1", "A wrapped paragraph of 2 lines.", "Item one", "Item two continued", "a   3", "b   4", "Next", "2019.", "A year.",
        ])
    }

    @Test func orderedMarkerDoesNotInterruptAParagraph() {
        expectProse("The record stood since\n2019. Then it fell.\n", format: .markdown, kept: ["2019. Then"], dropped: [])
        #expect(proseSentences("The record stood since\n2019. Then it fell.\n", format: .markdown) == ["The record stood since 2019.", "Then it fell."])
    }

    @Test func unclosedConstructsDoNotCrashOrHang() {
        for source in ["```", "<!--", "[a](", "`", "<b", "&#", "&#x;", "![", "[^", "---\nkey: v", "    ", "> ", "|", "\\", "*", "<https://", "- ", "1.", "#"] {
            let prose = ProseReader.read(SourceFile(path: "t", bytes: Array(source.utf8), format: .markdown))
            #expect(prose.offsets.sourceRange(0..<prose.bytes.count).upperBound <= source.utf8.count)
        }
    }
}

/// Link brackets are matched with a stack: no recursion per nested link, no search to the line's end per "[".
@Suite struct MarkdownLinkNestingTests {
    @Test func bracketsNestedEighteenThousandDeepAreReadWithoutRecursion() {
        let source = String(repeating: "[", count: 18_000) + "a toll of 5" + String(repeating: "]", count: 18_000) + "\n"
        expectProse(source, format: .markdown, kept: ["a toll of 5"], dropped: ["[", "]"])
    }

    @Test func nestedLinksKeepEveryTextAndDropEveryDestination() {
        expectProse("See [outer [inner 12](u34) and ![img 56](i78) text 9](u10) now.\n", format: .markdown,
                    kept: ["See ", "outer ", "inner 12", " and ", " text 9", " now."], dropped: ["u34", "56", "i78", "u10"])
    }

    @Test func openDestinationsStayTextAndShortcutBracketsGo() {
        expectProse("[a]( [b]( x [c](u12) [d ( 34 ] (\n", format: .markdown,
                    kept: ["a", "( ", "b", "( x ", "d ( 34 "], dropped: ["u12", "[", "]"])
        #expect(ProseReader.read(SourceFile(path: "t.md", bytes: Array("[a]( [b]( x [c](u12) [d ( 34 ] (\n".utf8), format: .markdown)).text == "a( b( x c d ( 34  (")
    }
}
