import Foundation
import Testing
@testable import FactCheck

@Suite struct BaselineTests {
    func run(_ text: String, path: String = "/srv/news/draft.txt") throws -> CheckRun {
        let checker = try FactChecker(rules: Fixtures.rules)
        return try checker.check(sources: [SourceFile(path: path, bytes: Array(text.utf8), format: .plain)])
    }

    static let draft = "The tunnel is 6, 200 metres long.\nThe bridge is 1, 500 metres long.\n"

    @Test func entriesSurviveMovedLinesAndRoundTrip() throws {
        let baseline = Baseline(run: try run(Self.draft), folder: "/srv/news")
        #expect(baseline.entries.count == 2)
        #expect(baseline.entries[0].claims[0].path == "draft.txt", "paths are relative to the baseline's folder")
        let decoded = try JSONDecoder().decode(Baseline.self, from: baseline.encoded())
        #expect(decoded == baseline)
        let moved = try run("A new first paragraph.\n\n" + Self.draft)
        let outcome = decoded.apply(to: moved, folder: "/srv/news", name: "base.json")
        #expect(outcome.run.findings.isEmpty)
        #expect(outcome.run.suppressed.count == 2 && outcome.run.suppressed.allSatisfy { $0.kind == .external })
        #expect(outcome.staleEntries == 0)
    }

    @Test func newAndRepeatedFindingsAreReportedAndFixedOnesCountAsStale() throws {
        let baseline = Baseline(run: try run(Self.draft), folder: "/srv/news")
        let changed = try run("The tunnel is 6, 200 metres long.\nThe road is 2, 500 metres long.\nAgain 6, 200 metres.\n")
        let outcome = baseline.apply(to: changed, folder: "/srv/news", name: "base.json")
        #expect(outcome.run.findings.map(\.primary.text) == ["2, 500", "6, 200"], "a second identical finding needs its own entry")
        #expect(outcome.staleEntries == 1)
    }

    func run(_ files: [String: String]) throws -> CheckRun {
        let checker = try FactChecker(rules: Fixtures.rules)
        return try checker.check(sources: files.sorted { $0.key < $1.key }.map {
            SourceFile(path: "/srv/news/" + $0.key, bytes: Array($0.value.utf8), format: .plain)
        })
    }

    @Test func anAcceptedDisputeStaysAcceptedWhenANewClaimRepeatsOneSide() throws {
        let wire = ["ap.txt": "Officials said 54,000 US troops are stationed in Japan.\n",
                    "draft.txt": "Some 45,000 US troops are stationed in Japan.\n"]
        let baseline = Baseline(run: try run(wire), folder: "/srv/news")
        #expect(baseline.entries.map(\.rule) == ["conflicting-value"])

        var repeated = wire
        repeated["reuters.txt"] = "Reuters said 54,000 US troops are stationed in Japan.\n"
        let joined = try run(repeated)
        #expect(joined.findings.first?.claims.count == 3, "the new claim joins the dispute")
        let outcome = baseline.apply(to: joined, folder: "/srv/news", name: "base.json")
        #expect(outcome.run.findings.isEmpty, "the old dispute is not new: \(outcome.run.findings.map(\.message))")
        #expect(outcome.staleEntries == 0)

        var newValue = wire
        newValue["afp.txt"] = "AFP said 50,000 US troops are stationed in Japan.\n"
        let grown = baseline.apply(to: try run(newValue), folder: "/srv/news", name: "base.json")
        #expect(grown.run.findings.count == 1, "a claim with a new value is news")
        #expect(grown.staleEntries == 0, "the entry still matched")
    }

    @Test func theSameFileFromAnotherWorkingDirectoryMatches() throws {
        let baseline = Baseline(run: try run(Self.draft, path: "news/draft.txt"), folder: FileManager.default.currentDirectoryPath + "/news")
        let outcome = baseline.apply(to: try run(Self.draft, path: FileManager.default.currentDirectoryPath + "/news/draft.txt"),
                                     folder: FileManager.default.currentDirectoryPath + "/news", name: "b")
        #expect(outcome.run.findings.isEmpty)
    }

    @Test func aFileThatIsNoBaselineIsAClearError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-baseline-\(UUID().uuidString).json")
        try Data("{\"entries\": 3}".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: InputError.self) { try Baseline.load(path: file.path) }
        do {
            _ = try Baseline.load(path: file.path)
        } catch {
            #expect("\(error)".contains("not a FactCheck baseline"))
        }
    }
}
