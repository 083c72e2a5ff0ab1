import Foundation
import Testing
@testable import FactCheck

/// A draft checked against the facts a ``CorpusIndex`` finds gets the findings a full run over the
/// whole corpus gives it.
@Suite struct CorpusIndexTests {
    static let checker = try! FactChecker(rules: Fixtures.rules)

    private func seeds() throws -> [SourceFile] {
        let folder = CLIRunner.repositoryRoot.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            try SourceLoader.load(path: folder.appendingPathComponent($0).path, format: .plain).0
        }
    }

    @Test(arguments: [
        "The United States keeps 45,000 troops stationed in Japan, the Pentagon said on Tuesday.",
        "Washington will consider a three-star commander, officials said.",
        "The physical distance of 6, 200 kilometres hampers the efficient interaction.",
    ])
    func draftFindingsMatchAFullRun(draftText: String) throws {
        let checker = Self.checker
        let corpus = try seeds()
        let wire = SourceFile(path: "/ws/wire.txt", bytes: Array("The United States has 54,000 troops stationed in Japan, the Pentagon said on Tuesday.\n".utf8), format: .plain)
        let draft = SourceFile(path: "/ws/draft.txt", bytes: Array(draftText.utf8), format: .plain)
        let scratch = MatchScratch()
        let facts = try (corpus + [wire]).flatMap { try checker.analyze($0, scratch: scratch).facts }
        let index = checker.corpusIndex(facts: facts)
        let analysis = try checker.analyze(draft, scratch: scratch)
        let focused = checker.findings(of: analysis, against: index.related(to: analysis.facts))
        let full = try checker.check(sources: corpus + [wire, draft]).findings.filter { $0.claims.contains { $0.path == draft.path } }
        #expect(focused == full)
        #expect(index.related(to: analysis.facts).count < facts.count)
    }

    @Test func excludedPathsAreLeftOut() throws {
        let checker = Self.checker
        let scratch = MatchScratch()
        let text = "The United States has 54,000 troops stationed in Japan, the Pentagon said on Tuesday."
        let facts = try ["/a.txt", "/b.txt"].flatMap {
            try checker.analyze(SourceFile(path: $0, bytes: Array(text.utf8), format: .plain), scratch: scratch).facts
        }
        let draft = try checker.analyze(SourceFile(path: "/c.txt", bytes: Array(text.utf8), format: .plain), scratch: scratch)
        let index = checker.corpusIndex(facts: facts)
        #expect(Set(index.related(to: draft.facts).map(\.path)) == ["/a.txt", "/b.txt"])
        #expect(Set(index.related(to: draft.facts, excludingPaths: ["/a.txt"]).map(\.path)) == ["/b.txt"])
    }
}
