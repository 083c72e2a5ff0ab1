import Foundation
import Testing
@testable import FactCheck

/// A draft checked against a ``CorpusIndex`` gets the findings a full run over the corpus and the
/// draft gives it.
@Suite struct CorpusIndexTests {
    static let checker = try! FactChecker(rules: Fixtures.rules)

    private func seeds() throws -> [SourceFile] {
        let folder = CLIRunner.repositoryRoot.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            try SourceLoader.load(path: folder.appendingPathComponent($0).path, format: .plain).0
        }
    }

    private func source(_ path: String, _ text: String) -> SourceFile {
        SourceFile(path: path, bytes: Array(text.utf8), format: .plain)
    }

    /// The findings involving `draft` from a full run, and from the index.
    private func compare(corpus: [SourceFile], draft: SourceFile) throws -> (full: [Finding], focused: [Finding]) {
        let checker = Self.checker
        let scratch = MatchScratch()
        let index = checker.corpusIndex(facts: try corpus.flatMap { try checker.analyze($0, scratch: scratch).facts })
        let focused = checker.findings(of: try checker.analyze(draft, scratch: scratch), corpus: index)
        let full = try checker.check(sources: corpus + [draft]).findings.filter { $0.claims.contains { $0.path == draft.path } }
        return (full, focused)
    }

    @Test(arguments: [
        "The United States keeps 45,000 troops stationed in Japan, the Pentagon said on Tuesday.",
        "Washington will consider a three-star commander, officials said.",
        "The physical distance of 6, 200 kilometres hampers the efficient interaction.",
        "The satellite orbits 705 miles up. Turnout rose 6.2% in the district.",
    ])
    func draftFindingsMatchAFullRun(draftText: String) throws {
        let wire = source("/ws/wire.txt", "The United States has 54,000 troops stationed in Japan, the Pentagon said on Tuesday.\n"
                          + "The satellite orbits 705 km (438 miles) up. Turnout was up 6.2 percentage points in the district.\n")
        let (full, focused) = try compare(corpus: try seeds() + [wire], draft: source("/ws/draft.txt", draftText))
        #expect(focused == full)
    }

    @Test func aDraftThatSidesWithOneReportJoinsTheWholeDispute() throws {
        let sentence = " troops stationed in Japan, the Pentagon said on Tuesday.\n"
        let corpus = [source("/ws/a.txt", "The United States has 54,000" + sentence),
                      source("/ws/b.txt", "The United States has 45,000" + sentence)]
        let (full, focused) = try compare(corpus: corpus, draft: source("/ws/draft.txt", "The United States keeps 54,000" + sentence))
        #expect(focused == full)
        #expect(Set(focused.first?.claims.map(\.path) ?? []) == ["/ws/a.txt", "/ws/b.txt", "/ws/draft.txt"])
    }

    @Test func theDraftsOwnFileAndExcludedPathsAreLeftOut() throws {
        let checker = Self.checker
        let scratch = MatchScratch()
        let text = "The United States has 54,000 troops stationed in Japan, the Pentagon said on Tuesday."
        let corpus = try ["/a.txt", "/b.txt", "/c.txt"].flatMap { try checker.analyze(source($0, text), scratch: scratch).facts }
        let index = checker.corpusIndex(facts: corpus)
        // The draft is /c.txt as edited: its copy on disk is not a second source.
        let draft = try checker.analyze(source("/c.txt", text.replacingOccurrences(of: "54,000", with: "45,000")), scratch: scratch)
        let finding = try #require(checker.findings(of: draft, corpus: index).first)
        #expect(Set(finding.claims.map(\.path)) == ["/a.txt", "/b.txt", "/c.txt"])
        #expect(finding.claims.filter { $0.path == "/c.txt" }.map(\.text) == ["45,000"])
        let narrower = try #require(checker.findings(of: draft, corpus: index, excludingPaths: ["/a.txt"]).first)
        #expect(Set(narrower.claims.map(\.path)) == ["/b.txt", "/c.txt"])
    }
}
