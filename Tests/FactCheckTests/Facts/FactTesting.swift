import Testing
@testable import FactCheck

/// Facts and checks over in-memory reports, for the Facts and Checks tests.
enum FactTesting {
    static let checker: FactChecker = try! FactChecker(rules: Fixtures.rules)
    static let matcher = FactMatcher(identity: Fixtures.rules.identity)

    /// The facts of one plain-text report.
    static func facts(_ text: String, path: String = "report.txt") throws -> [Fact] {
        try checker.analyze(SourceFile(path: path, bytes: Array(text.utf8), format: .plain), scratch: MatchScratch()).facts
    }

    /// The fact whose quantity is written `written` (the first, or the `occurrence`-th).
    static func fact(_ written: String, in text: String, path: String = "report.txt", occurrence: Int = 0,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> Fact {
        let matching = try facts(text, path: path).filter { $0.text == written }
        let all = try facts(text, path: path).map(\.text)
        return try #require(matching.indices.contains(occurrence) ? matching[occurrence] : nil,
                            "no fact written '\(written)' in \"\(text)\"; facts: \(all)", sourceLocation: sourceLocation)
    }

    /// Runs every check over reports given as (path, text), in that order.
    static func findings(_ reports: [(path: String, text: String)], rule: String) throws -> [Finding] {
        let sources = reports.map { SourceFile(path: $0.path, bytes: Array($0.text.utf8), format: .plain) }
        return try checker.check(sources: sources).findings.filter { $0.ruleId == rule }
    }
}
