import Testing
@testable import FactCheck

@Suite struct HTMLProseTests {
    @Test func tagsCommentsScriptsStylesAndCodeAreNotProse() {
        let html = """
        <!DOCTYPE html><html><head><title>Toll 11</title><style>p { width: 22px }</style>
        <script>var n = 33; if (a < b) {}</script></head>
        <body><!-- draft 44 --><p class="x" data-n="55">Rescuers found <b>66</b> survivors.</p>
        <pre>77</pre><p>Run <code>88</code> now.</p><a href="/a/99" title="1>2">link 12</a></body></html>
        """
        expectProse(html, format: .html, kept: ["Toll 11", "66", "survivors.", "link 12"],
                    dropped: ["22", "33", "44", "55", "77", "88", "99", "<", ">", "html"])
    }

    /// Each "<" that closes nothing once searched to the end of the file: these read in linear time.
    @Test func thousandsOfUnclosedTagsKeepTheirProse() {
        let source = "<p>Then 33 <i x='<b>'>44</i>.</p>\n<p>Cut 11 " + String(repeating: "<a ", count: 5_000) + "22\n"
        expectProse(source, format: .html, kept: ["Then 33 ", "44", ".", "Cut 11 <a <a ", "<a 22"], dropped: ["<i", "<b>", "<p>"])
    }

    @Test func entitiesDecodeAndNumbersAroundThemMapExactly() {
        expectProse("<p>It cost &euro;5&#8201;000 or &#x24;12 &mdash; 54,000&nbsp;troops &amp; AT&T &bogus; 3&frac12;</p>", format: .html,
                    kept: ["5", "000", "12 ", "54,000", "troops", "AT&T &bogus; 3"], dropped: ["&euro;", "&nbsp;", "&#"])
        #expect(proseSentences("<p>It cost &euro;5 &mdash; 54,000&nbsp;troops &lt;b&gt;&#36;</p>", format: .html)
            == ["It cost €5 — 54,000 troops <b>$"])
    }

    @Test func decodedEntityMapsToTheWholeEntity() throws {
        let source = Array("<p>&pound;7</p>".utf8)
        let prose = ProseReader.read(SourceFile(path: "t", bytes: source, format: .html))
        let pound = try #require(prose.bytes.firstRange(ofBytes: Array("£".utf8)))
        #expect(prose.offsets.sourceRange(pound) == 3..<10)
        #expect(prose.offsets.sourceRange(pound.upperBound..<(pound.upperBound + 1)) == 10..<11)
    }

    @Test func blockElementsEndSentencesNewlinesDoNot() {
        let html = "<title>Quake</title><h1>Toll rises</h1><p>It rose\nto 5 on\nFriday</p><ul><li>One</li><li>Two</li></ul>Tail<br>End"
        #expect(proseSentences(html, format: .html) == ["Quake", "Toll rises", "It rose to 5 on Friday", "One", "Two", "Tail", "End"])
    }

    @Test func dateMetaFillsMetadata() {
        let html = #"<head><meta charset="utf-8"><meta property="article:published_time" content=" 2025-03-14T08:00:00Z "><meta name="date" content="2020-01-01"></head>"#
        let prose = ProseReader.read(SourceFile(path: "t", bytes: Array(html.utf8), format: .html))
        #expect(prose.metadata["date"] == "2025-03-14T08:00:00Z")
    }

    @Test func lessThanInTextAndUnclosedMarkupAreSafe() {
        expectProse("<p>If 3 < 4 and 5<6, ok</p>", format: .html, kept: ["If 3 < 4 and 5<6, ok"], dropped: [])
        for source in ["<", "<p", "<!--", "<script>", "&#x110000;", "&#;", "<a href=\"x>", "</", "<![CDATA[ 5"] {
            let prose = ProseReader.read(SourceFile(path: "t", bytes: Array(source.utf8), format: .html))
            #expect(prose.offsets.sourceRange(0..<prose.bytes.count).upperBound <= source.utf8.count)
        }
    }
}
