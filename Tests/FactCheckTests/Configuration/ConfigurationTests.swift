import Foundation
import Testing
@testable import FactCheck

@Suite struct ConfigurationTests {
    static let root = "/srv/news"

    func parse(_ text: String) throws -> Configuration {
        try Configuration.parse(text, file: "/srv/news/.factcheck.yml", root: Self.root)
    }

    func error(_ text: String) -> RuleFileError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? RuleFileError
        }
    }

    @Test func readsEveryKey() throws {
        let configuration = try parse("""
        rules:
          conflicting-value: error
          unit-mismatch: off
        include: ["**/*.md", "wire/**"]
        exclude: archive
        tolerances:
          conversion-mismatch:
            relative_tolerance: 0.02
          identity:
            max_ratio: 1.2
        documents:
          - files: "wire/ap-*.txt"
            source: AP
            date: 2025-03-10
        fail-level: error
        """)
        #expect(configuration.level(of: "conflicting-value", default: .warning) == .error)
        #expect(configuration.level(of: "unit-mismatch", default: .warning) == nil)
        #expect(configuration.level(of: "malformed-number", default: .warning) == .warning)
        #expect(configuration.failLevel == .error)
        #expect(configuration.skipReason(for: "/srv/news/archive/old.md")?.contains("excluded by 'archive'") == true)
        #expect(configuration.skipReason(for: "/srv/news/notes.txt")?.contains("not matched by 'include'") == true)
        #expect(configuration.skipReason(for: "/srv/news/wire/ap-1.txt") == nil)
        #expect(configuration.skipReason(for: "/elsewhere/notes.txt") == nil, "globs do not reach outside the configuration's folder")
        #expect(configuration.metadata(for: "/srv/news/wire/ap-1.txt") == ["source": "AP", "date": "2025-03-10"])
        #expect(configuration.metadata(for: "/srv/news/wire/reuters.txt").isEmpty)
        let rules = try configuration.ruleSet()
        #expect(rules.checks.conversionRelativeTolerance == 0.02)
        #expect(rules.identity.maxRatio == 1.2)
    }

    @Test func laterDocumentsEntriesOverrideEarlierOnesKeyByKey() throws {
        let configuration = try parse("""
        documents:
          - files: "wire/**"
            date: 2025-03-10
            source: Wire
          - files: ["wire/ap-*.txt", "ap/**"]
            source: AP
          - files: "wire/ap-2.txt"
            date: 2025-03-12
        """)
        #expect(configuration.metadata(for: "/srv/news/wire/ap-1.txt") == ["date": "2025-03-10", "source": "AP"])
        #expect(configuration.metadata(for: "/srv/news/wire/ap-2.txt") == ["date": "2025-03-12", "source": "AP"])
        #expect(configuration.metadata(for: "/srv/news/wire/reuters.txt") == ["date": "2025-03-10", "source": "Wire"])
        #expect(configuration.metadata(for: "/srv/news/ap/x.txt") == ["source": "AP"])
        #expect(configuration.metadata(for: "/srv/news/other.txt").isEmpty)
    }

    /// The globs of every entry are compiled together (a few patterns, not one per glob); which entry
    /// wins still follows the order of the entries.
    @Test func twentyThousandDocumentsEntriesKeepTheirOrder() throws {
        let entries = (0..<20_000).map { "  - files: [\"wire/\($0)/*.txt\", \"wire/all/*.txt\"]\n    source: S\($0)\n" }.joined()
        let configuration = try parse("documents:\n" + entries)
        #expect(configuration.metadata(for: "/srv/news/wire/123/a.txt") == ["source": "S123"])
        #expect(configuration.metadata(for: "/srv/news/wire/all/a.txt") == ["source": "S19999"])
        #expect(configuration.metadata(for: "/srv/news/wire/20000/a.txt").isEmpty)
    }

    @Test func unknownKeysNameTheLineAndSuggest() {
        let unknownKey = error("rules:\n  malformed-number: note\nexlude: archive\n")
        #expect(unknownKey?.description == "/srv/news/.factcheck.yml:3: unknown key 'exlude' (did you mean 'exclude'?); allowed: rules, include, exclude, rule-folders, tolerances, documents, fail-level, against")
        #expect(error("rules:\n  conflicting-values: off\n")?.description.hasPrefix("/srv/news/.factcheck.yml:2: unknown rule 'conflicting-values' (did you mean 'conflicting-value'?)") == true)
        #expect(error("rules:\n  malformed-number: warn\n")?.description.hasPrefix("/srv/news/.factcheck.yml:2: unknown level 'warn'") == true)
        #expect(error("tolerances:\n  conversion-mismatch:\n    relative_tolerence: 0.1\n")?.description.contains(":3: unknown key 'relative_tolerence' (did you mean 'relative_tolerance'?)") == true)
        #expect(error("tolerances:\n  idenity:\n    max_ratio: 2\n")?.description.contains(":2: no tolerances for 'idenity' (did you mean 'identity'?)") == true)
        #expect(error("documents:\n  - files: x\n    date: yesterday\n")?.description.contains(":3: 'yesterday' is not a date") == true)
        #expect(error("documents:\n  - files: x\n")?.description.contains("needs 'date' or 'source'") == true)
        #expect(error("rule-folders: [missing]\n")?.description.contains("rule folder 'missing' does not exist") == true)
        #expect(error("include: [\"a\"\n")?.description.contains("not valid YAML") == true)
    }

    @Test func emptyFileAndEmptyKeysAreTheDefaults() throws {
        #expect(try parse("").rules.isEmpty)
        let configuration = try parse("rules:\ninclude:\n")
        #expect(configuration.include.isEmpty && configuration.rules.isEmpty)
    }

    @Test func theInitTemplateIsValidAndChangesNothing() throws {
        let configuration = try parse(Configuration.template)
        for description in CheckCatalog.descriptions {
            #expect(configuration.level(of: description.id, default: description.defaultLevel) == description.defaultLevel)
        }
        #expect(configuration.failLevel == .warning)
        #expect(Configuration.template.contains("# unused-suppression: warning"))
    }

    @Test func discoveryFindsTheNearestFileAbove() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-config-\(UUID().uuidString)")
        let deep = top.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: top) }
        #expect(Configuration.discover(from: deep.path) == nil || !Configuration.discover(from: deep.path)!.hasPrefix(top.path))
        try "fail-level: note\n".write(to: top.appendingPathComponent(".factcheck.yml"), atomically: true, encoding: .utf8)
        #expect(Configuration.discover(from: deep.path) == top.appendingPathComponent(".factcheck.yml").path)
        try "fail-level: error\n".write(to: top.appendingPathComponent("a/.factcheck.yaml"), atomically: true, encoding: .utf8)
        #expect(Configuration.discover(from: deep.path) == top.appendingPathComponent("a/.factcheck.yaml").path)
    }
}
