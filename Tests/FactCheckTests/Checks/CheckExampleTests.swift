import Testing
@testable import FactCheck

/// Runs the examples in rules/checks.yml and rules/arithmetic.yml: a finding of the check must start at `↓`; `clean`
/// examples raise nothing. Each runs again after a multi-byte prefix.
@Suite struct CheckExampleTests {
    static var examples: [RuleExample] {
        Fixtures.rules.checks.examples + Fixtures.rules.arithmetic.examples + Fixtures.rules.zones.examples
    }

    @Test(arguments: examples)
    func example(example: RuleExample) throws {
        let checker = try FactChecker(rules: Fixtures.rules)
        for prefix in RuleExampleTests.prefixes {
            let source = SourceFile(path: "example.txt", bytes: Array((prefix + example.text).utf8), format: .plain)
            let findings = try checker.check(sources: [source]).findings
            switch example.kind {
            case let .finding(rule):
                let marker = prefix.utf8.count + example.markerOffset!
                #expect(findings.contains { $0.ruleId == rule && $0.primary.span.lowerBound == marker },
                        "\(example.origin): expected \(rule) at ↓ in \"\(example.text)\", got \(findings.map { "\($0.ruleId)@\($0.primary.span.lowerBound - prefix.utf8.count)" })")
            case let .clean(rule):
                #expect(!findings.contains { $0.ruleId == rule }, "\(example.origin): \"\(example.text)\" should be clean, got \(findings.map(\.message))")
            default:
                Issue.record("unexpected example kind in checks.yml")
            }
        }
    }

    @Test func everyCheckIsDocumentedAndExampled() {
        let descriptions = CheckCatalog.descriptions
        #expect(Set(descriptions.map(\.id)).count == descriptions.count, "check ids must be unique")
        for description in descriptions {
            #expect(!description.summary.isEmpty && !description.details.isEmpty && !description.helpMarkdown.isEmpty)
            #expect(description.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(description.id) is not kebab-case")
            #expect(Self.examples.contains { $0.kind == .finding(rule: description.id) }, "\(description.id) has no example in checks.yml")
            #expect(Self.examples.contains { $0.kind == .clean(rule: description.id) }, "\(description.id) has no clean example in checks.yml")
        }
    }
}
