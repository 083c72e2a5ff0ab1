import Testing
@testable import FactCheck

/// Findings as an editor shows them: where the underline goes, and what points elsewhere.
@Suite struct DiagnosticBuilderTests {
    private let draft = "日本 👨‍👩‍👧 keeps 45,000 troops.\nThe road is 100 km (72 miles) long.\n"
    private let wire = "Officials said 54,000 troops.\n"

    private func builder() -> DiagnosticBuilder {
        DiagnosticBuilder(path: "/ws/draft.md", lines: TextLines(bytes: Array(draft.utf8)), encoding: .utf16,
                          linesOf: { $0 == "/ws/wire.txt" ? TextLines(bytes: Array(self.wire.utf8)) : nil },
                          uriOf: { $0 == "/ws/draft.md" ? "file:///ws/draft.md" : FileURI.uri(of: $0) })
    }

    private func span(_ text: String, of needle: String) -> Range<Int> {
        let start = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: needle)!.lowerBound.samePosition(in: text.utf8)!)
        return start..<(start + needle.utf8.count)
    }

    @Test func aConflictIsUnderlinedHereAndPointsAtTheOtherFile() throws {
        let finding = Finding(ruleId: "conflicting-value", level: .note, message: "m",
                              claims: [Claim(path: "/ws/draft.md", span: span(draft, of: "45,000"), text: "45,000", normalized: "45,000"),
                                       Claim(path: "/ws/wire.txt", span: span(wire, of: "54,000"), text: "54,000", normalized: "54,000"),
                                       Claim(path: "/ws/gone.txt", span: 0..<3, text: "x")])
        let (underlined, diagnostic) = try #require(builder().diagnostics(for: finding).first)
        #expect(underlined == span(draft, of: "45,000"))
        #expect(diagnostic.range.start == LSP.Position(line: 0, character: "日本 👨‍👩‍👧 keeps ".utf16.count))
        #expect(diagnostic.severity == .information)
        #expect(diagnostic.code == "conflicting-value")
        #expect(diagnostic.codeDescription?.href == "https://github.com/factcheck/factcheck/blob/main/docs/rules/conflicting-value.md")
        // The file that can no longer be read is left out rather than pointed at wrongly.
        let related = try #require(diagnostic.relatedInformation)
        #expect(related.count == 1)
        #expect(related[0].location.uri == "file:///ws/wire.txt")
        #expect(related[0].location.range.start == LSP.Position(line: 0, character: 15))
        #expect(related[0].message == "54,000")
    }

    @Test func aFindingWithAFixIsUnderlinedWhereTheFixGoes() throws {
        let original = span(draft, of: "100 km"), converted = span(draft, of: "72 miles")
        let number = converted.lowerBound..<(converted.lowerBound + 2)
        let finding = Finding(ruleId: "conversion-mismatch", level: .warning, message: "m",
                              claims: [Claim(path: "/ws/draft.md", span: original, text: "100 km"),
                                       Claim(path: "/ws/draft.md", span: converted, text: "72 miles")],
                              fix: Fix(path: "/ws/draft.md", span: number, replacement: "62", description: "Write '62'"))
        let results = builder().diagnostics(for: finding)
        #expect(results.count == 1)
        #expect(results[0].span == number)
        #expect(results[0].diagnostic.severity == .warning)
        #expect(results[0].diagnostic.relatedInformation?.map(\.message) == ["100 km"])
    }
}
