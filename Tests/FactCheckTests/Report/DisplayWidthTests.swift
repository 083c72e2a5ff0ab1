import Testing
@testable import FactCheck

@Suite struct DisplayWidthTests {
    @Test func clustersCountAsTerminalsDrawThem() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("日") == 2)
        #expect(DisplayWidth.of("한") == 2)
        #expect(DisplayWidth.of("ｘ") == 2)  // fullwidth Latin
        #expect(DisplayWidth.of("e\u{301}") == 1)  // combining accent rides on its base
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("❤") == 1)  // text presentation without VS16
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func paddingKeepsTabs() {
        #expect(DisplayWidth.padding(for: "\t日a") == "\t   ")
        #expect(DisplayWidth.width(of: "日本 x") == 6)
    }

    @Test func caretUnderSpanThatRunsPastItsLine() {
        let text = "総数 12\n000 people\n"
        let run = CheckRun(
            findings: [Finding(ruleId: "split-number", level: .note, message: "Number broken across lines",
                               claims: [Claim(path: "x.md", span: 7..<14, text: "12\n000")])],
            files: ["x.md": ReportFixtures.file("x.md", text)], skipped: [], warnings: [], checks: [])
        #expect(TextReporter.render(run, color: false) == """
            x.md:1:4: note: Number broken across lines [split-number]
            総数 12
                 ^~
            1 finding (0 errors, 0 warnings, 1 note) in 1 file

            """)
    }
}
