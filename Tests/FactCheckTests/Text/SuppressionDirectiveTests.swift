import Testing
@testable import FactCheck

@Suite struct SuppressionDirectiveTests {
    func scan(_ text: String, _ format: InputFormat) -> (SourceFile, [SuppressionDirective]) {
        let file = SourceFile(path: "x", bytes: Array(text.utf8), format: format)
        return (file, SuppressionDirective.scan(file))
    }

    @Test func markdownCommentCoversTheNextLine() {
        let text = "日本 👨‍👩‍👧 intro\n<!-- factcheck-disable-next-line conflicting-value, unit-mismatch -- the desk checked -->\nAbout 45,000 troops.\nMore.\n"
        let (file, directives) = scan(text, .markdown)
        #expect(directives.count == 1)
        let directive = directives[0]
        #expect(directive.kind == .disableNextLine)
        #expect(directive.rules == ["conflicting-value", "unit-mismatch"])
        #expect(directive.reason == "the desk checked")
        #expect(file.text(directive.span).hasPrefix("<!--") && file.text(directive.span).hasSuffix("-->"))
        #expect(file.text(directive.scope) == "About 45,000 troops.")
        #expect(directive.covers("unit-mismatch") && !directive.covers("malformed-number"))
    }

    @Test func blocksRunToTheirEnableOrTheEnd() {
        let text = "<p>a</p>\n<!-- factcheck-disable malformed-number -->\n<p>6, 200</p>\n<!-- factcheck-enable malformed-number -->\n<p>b</p>\n<!--factcheck-disable-->\n<p>c</p>\n"
        let (file, directives) = scan(text, .html)
        #expect(directives.map(\.kind) == [.disable, .enable, .disable])
        #expect(file.text(directives[0].scope) == "\n<p>6, 200</p>\n")
        #expect(directives[1].scope.isEmpty)
        #expect(file.text(directives[2].scope) == "\n<p>c</p>\n")
        #expect(directives[2].rules.isEmpty && directives[2].covers("anything"))
    }

    @Test func plainTextDirectivesAreLinesOfTheirOwnAndNotProse() {
        let text = "The route is 6, 200 km.\n  factcheck-disable-line malformed-number\nfactcheck-disable-next-line -- as printed\nIt is 6, 200 km.\nNot a factcheck-disable-next-line here.\n"
        let (file, directives) = scan(text, .plain)
        #expect(directives.map(\.kind) == [.disableLine, .disableNextLine])
        #expect(file.text(directives[1].scope) == "It is 6, 200 km.")
        #expect(directives[1].rules.isEmpty && directives[1].reason == "as printed")
        let prose = ProseReader.read(file)
        #expect(!prose.text.contains("factcheck-disable-next-line -- as printed"))
        #expect(prose.text.contains("Not a factcheck-disable-next-line here."))
        #expect(prose.bytes.count == file.bytes.count, "blanked, not removed: offsets stay exact")
    }

    @Test func unknownWordsAreKeptToBeReported() {
        let (_, directives) = scan("<!-- factcheck-ignore malformed-number -->\n", .markdown)
        #expect(directives.count == 1 && directives[0].kind == nil && directives[0].name == "ignore")
        #expect(scan("No directive here at all.\n", .markdown).1.isEmpty)
        #expect(scan("<!-- a factcheck-disable in prose of a comment -->\n", .markdown).1.isEmpty)
    }
}
