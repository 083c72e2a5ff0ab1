import Testing
@testable import FactCheck

@Suite struct TextReporterTests {
    @Test func goldenPlainOutput() {
        let expected = """
            a.txt:2:10: error: Troop numbers disagree [troop-count]
            日本 👨‍👩‍👧 54,000 troops crossed.
                    ^~~~~~~~~~~~~
            b.txt:2:2: note: 55,000 troops (55000 troops)
            \t55,000 troops were sent.
            \t^~~~~~~~~~~~~
            c.txt:1:7: warning: Number has a space after the thousands comma [sic] [malformed-number]
            About 6, 200 km [sic] away
                  ^~~~~~
              fix: replace '6, 200' with '6,200'
            2 findings (1 error, 1 warning, 0 notes) in 3 files

            """
        #expect(TextReporter.render(ReportFixtures.run(), color: false) == expected)
    }

    @Test func colorWrapsLocationLevelAndCaret() {
        let output = TextReporter.render(ReportFixtures.run(), color: true)
        #expect(output.contains("\u{1B}[1ma.txt:2:10:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m Troop numbers disagree"))
        #expect(output.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1;36mnote:\u{1B}[0m 55,000 troops"))
        #expect(output.contains("        \u{1B}[32m^~~~~~~~~~~~~\u{1B}[0m"))
        #expect(!TextReporter.render(ReportFixtures.run(), color: false).contains("\u{1B}"))
    }

    @Test func emptyRunSaysNoFindings() {
        #expect(TextReporter.render(ReportFixtures.empty, color: false) == "no findings in 0 files\n")
    }

    @Test func singularCounts() {
        var run = ReportFixtures.run()
        run.findings.removeFirst()
        run.files = ["c.txt": ReportFixtures.file("c.txt", ReportFixtures.c)]
        run.checkedFileCount = 1
        #expect(TextReporter.render(run, color: false).hasSuffix("1 finding (0 errors, 1 warning, 0 notes) in 1 file\n"))
    }

    @Test func claimInAFileOutsideTheRunDoesNotTrap() {
        var run = ReportFixtures.run()
        run.files["b.txt"] = nil
        run.findings[1].claims[0].span = 500..<900
        let output = TextReporter.render(run, color: false)
        #expect(output.contains("\nb.txt: note: 55,000 troops (55000 troops)\nc.txt:2:1: warning:"))
    }

    @Test func diagnosticsForSkippedInputsAndWarnings() {
        #expect(DiagnosticsFormatter.lines(for: ReportFixtures.run()) == [
            "factcheck: skipped photo.jpg: not a text file",
            "b.txt:2:16: warning: invalid UTF-8 replaced",
        ])
        var many = ReportFixtures.empty
        many.skipped = (1...25).map { SkippedInput(path: String(format: "src/%02d.swift", $0), reason: "not matched by 'include'") }
            + [SkippedInput(path: "x.jpg", reason: "not a text file")]
        let lines = DiagnosticsFormatter.lines(for: many)
        #expect(lines.count == 22)
        #expect(lines[19] == "factcheck: skipped src/20.swift: not matched by 'include'")
        #expect(lines[20] == "factcheck: skipped x.jpg: not a text file")
        #expect(lines[21] == "factcheck: skipped 5 more: not matched by 'include'")
    }
}

/// A finding on a very long line shows a window of the line around it, as compilers do.
@Suite struct TextReporterLongLineTests {
    @Test func aLongLineIsShownAsAWindowAroundTheFindingWithTheCaretUnderIt() throws {
        let padding = String(repeating: "Words without figures here. ", count: 400)
        let folder = try CLIRunner.folder(["long.txt": padding + "The road is 6, 200 km long. " + padding + "\n"])
        let output = try CLIRunner.run(["check", "long.txt"], in: folder)
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let snippet = try #require(lines.firstIndex { $0.contains("[malformed-number]") }).advanced(by: 1)
        #expect(lines[snippet].hasPrefix("..."))
        #expect(lines[snippet].hasSuffix("..."))
        #expect(lines[snippet].utf8.count <= 2 * TextReporter.windowContext + 20)
        let caret = try #require(lines[snippet + 1].firstIndex(of: "^"))
        let column = lines[snippet + 1].distance(from: lines[snippet + 1].startIndex, to: caret)
        #expect(lines[snippet].dropFirst(column).hasPrefix("6, 200"))
    }
}
