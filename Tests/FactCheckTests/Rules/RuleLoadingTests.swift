import Foundation
import Testing
@testable import FactCheck

@Suite struct RuleLoadingTests {
    @Test func builtinRulesLoadAndCompile() throws {
        let rules = try RuleSet.builtin()
        #expect(rules.units.count > 100)
        #expect(rules.currencies.contains { $0.id == "USD" })
        _ = try Extractor(rules: rules)
    }

    @Test func unknownKeyNamesLineAndSuggests() throws {
        var rules = RuleSet()
        let text = "length:\n  base: m\n  units:\n    km:\n      factor: 1000\n      aliase: [kms]\n      examples: [\"↓5 km\"]\n"
        #expect {
            try rules.read(text: text, name: "units.yml", displayPath: "my/units.yml")
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("my/units.yml:6:") && message.contains("unknown key 'aliase'")
        }
    }

    @Test func misspeltFileNameSuggestsTheRightOne() {
        var rules = RuleSet()
        #expect {
            try rules.read(text: "{}", name: "unit.yml", displayPath: "x/unit.yml")
        } throws: { "\($0)".contains("did you mean 'units.yml'") }
    }

    @Test func invalidYAMLPointsAtTheLine() {
        var rules = RuleSet()
        #expect {
            try rules.read(text: "bounds:\n  approximate:\n    phrases: [about\n", name: "qualifiers.yml", displayPath: "q.yml")
        } throws: { "\($0)".hasPrefix("q.yml:") && "\($0)".contains("not valid YAML") }
    }

    @Test func exampleWithoutMarkerIsAnError() {
        var rules = RuleSet()
        #expect {
            try rules.read(text: "length:\n  base: m\n  units:\n    km:\n      factor: 1000\n      examples: [\"5 km\"]\n", name: "units.yml", displayPath: "u.yml")
        } throws: { "\($0)".contains("exactly one '↓'") }
    }

    @Test func userRulesOverrideAndAdd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "length:\n  base: m\n  units:\n    league:\n      factor: 4828\n      names: [league, leagues]\n      examples: [\"sailed ↓20,000 leagues\"]\n"
            .write(to: folder.appendingPathComponent("units.yml"), atomically: true, encoding: .utf8)
        let rules = try RuleSet.load(extraDirectories: [folder.path])
        let extractor = try Extractor(rules: rules)
        let quantities = try extractor.extract(from: Fixtures.document("sailed 20,000 leagues and 5 km"), scratch: MatchScratch())
        #expect(quantities.map(\.unit.id) == ["league", "km"])
    }

    @Test func catastrophicUserPatternIsReportedWithItsFile() throws {
        var rules = try RuleSet.builtin()
        try rules.read(text: "slow:\n  pattern: '(\\w+\\s?)+$'\n  counterexamples: [\"x\"]\n", name: "exclusions.yml", displayPath: "mine/exclusions.yml")
        let extractor = try Extractor(rules: rules)
        let text = String(repeating: "word ", count: 4_000) + "!"
        #expect {
            _ = try extractor.extract(from: Fixtures.document(text), scratch: MatchScratch(matchLimit: 100_000))
        } throws: { "\($0)".hasPrefix("mine/exclusions.yml:2:") && "\($0)".contains("gave up") }
    }
}
