import Testing
@testable import FactCheck

/// Suppression comments applied through the whole pipeline, on documents in memory.
@Suite struct SourceSuppressionsTests {
    func run(_ documents: [String: String], configuration: Configuration = Configuration()) throws -> CheckRun {
        let checker = try FactChecker(rules: Fixtures.rules, configuration: configuration)
        let sources = documents.sorted { $0.key < $1.key }.map { path, text in
            SourceFile(path: path, bytes: Array(text.utf8), format: InputFormat.detect(path: path) ?? .plain)
        }
        return try checker.check(sources: sources)
    }

    @Test func aDirectiveSilencesExactlyTheFindingOnItsNextLine() throws {
        let run = try run(["draft.md": """
        The tunnel is 6, 200 metres long.

        <!-- factcheck-disable-next-line malformed-number -- as printed in 1962 -->
        The bridge is 1, 500 metres long.
        """])
        #expect(run.findings.map(\.ruleId) == ["malformed-number"])
        #expect(run.findings[0].primary.text == "6, 200")
        #expect(run.suppressed.map(\.finding.primary.text) == ["1, 500"])
        #expect(run.suppressed[0].kind == .inSource && run.suppressed[0].justification == "as printed in 1962")
    }

    @Test func aDisputeIsSilencedFromAnyOfItsClaims() throws {
        let documents = [
            "wire.txt": "There are 54,000 US troops stationed in Japan, officials said.\n",
            "draft.md": "<!-- factcheck-disable-next-line conflicting-value -- desk confirmed -->\nThere are 45,000 US troops stationed in Japan, officials said.\n",
        ]
        let unsuppressed = try run(documents.mapValues { $0.replacingOccurrences(of: "factcheck-", with: "note-") })
        #expect(unsuppressed.findings.map(\.ruleId) == ["conflicting-value"])
        let suppressed = try run(documents)
        #expect(suppressed.findings.isEmpty, "\(suppressed.findings.map(\.message))")
        #expect(suppressed.suppressed.map(\.finding.ruleId) == ["conflicting-value"])
    }

    @Test func unusedAndUnreadableDirectivesAreReported() throws {
        let run = try run(["a.md": """
        Intro.
        <!-- factcheck-disable-next-line malformed-number -->
        The tunnel is 6,200 metres long.
        <!-- factcheck-disable-next-line conflicting-valu -->
        Nothing.
        <!-- factcheck-ignore -->
        <!-- factcheck-enable -->
        """])
        let messages = run.findings.filter { $0.ruleId == "unused-suppression" }.map(\.message)
        #expect(messages.count == 4, "\(messages)")
        #expect(messages[0] == "'factcheck-disable-next-line malformed-number' silences no finding on the next line; delete it")
        #expect(messages[1].contains("names no rule 'conflicting-valu' (did you mean 'conflicting-value'?)"))
        #expect(messages[2].contains("is not a directive"))
        #expect(messages[3].contains("ends no factcheck-disable block"))
        let fix = try #require(run.findings[0].fix)
        #expect(fix.replacement.isEmpty)
        #expect(run.files["a.md"]!.text(fix.span) == "<!-- factcheck-disable-next-line malformed-number -->\n")
    }

    @Test func rulesSwitchedOffNeitherReportNorCountDirectives() throws {
        var configuration = Configuration()
        configuration.rules = ["malformed-number": .off]
        let text = "Intro.\nfactcheck-disable-next-line malformed-number\nThe tunnel is 6, 200 metres long.\n"
        let run = try run(["a.txt": text], configuration: configuration)
        #expect(run.findings.isEmpty && run.suppressed.isEmpty)
        configuration.rules = ["unused-suppression": .off]
        #expect(try self.run(["a.txt": text.replacingOccurrences(of: "6, 200", with: "6,200")], configuration: configuration).findings.isEmpty)
    }

    @Test func configuredLevelsApplyAndHedgedNotesStayBelow() throws {
        var configuration = Configuration()
        configuration.rules = ["malformed-number": .level(.error)]
        let run = try run(["a.txt": "The tunnel is 6, 200 metres long.\n"], configuration: configuration)
        #expect(run.findings.map(\.level) == [.error])
    }
}
