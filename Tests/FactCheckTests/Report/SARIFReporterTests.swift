import Foundation
import Testing
@testable import FactCheck

@Suite struct SARIFReporterTests {
    static let root = "/srv/news"

    static func log(_ run: CheckRun = ReportFixtures.run(), exitCode: Int = 1) -> SARIFLog {
        SARIFReporter.log(for: run, workingDirectory: root, invocation: (exitCode: exitCode, commandLine: "factcheck --format sarif ."))
    }

    @Test func regionsCountUTF16ColumnsAndBytes() throws {
        let result = try #require(Self.log().runs.first?.results.first)
        let region = try #require(result.locations.first?.physicalLocation?.region)
        // "日本 👨‍👩‍👧 " is 9 scalars, 12 UTF-16 code units and 26 bytes.
        #expect(region == SARIFLog.Region(startLine: 2, startColumn: 13, endLine: 2, endColumn: 26,
                                          byteOffset: 12 + 26, byteLength: 13,
                                          snippet: SARIFLog.ArtifactContent(text: "54,000 troops")))
        #expect(Self.log().runs[0].columnKind == "utf16CodeUnits")
    }

    @Test func otherClaimsAreLinkedRelatedLocations() throws {
        let result = try #require(Self.log().runs.first?.results.first)
        #expect(result.message.text == "Troop numbers disagree. Related claim: [55,000 troops](1).")
        let related = try #require(result.relatedLocations)
        #expect(related.count == 1)
        #expect(related[0].id == 1)
        #expect(related[0].message?.text == "55,000 troops (55000 troops)")
        #expect(related[0].physicalLocation?.artifactLocation == SARIFLog.ArtifactLocation(uri: "b.txt", uriBaseId: "%SRCROOT%"))
        #expect(related[0].physicalLocation?.region?.startColumn == 2)
        #expect(result.locations[0].id == nil)
        #expect(result.ruleId == "troop-count" && result.ruleIndex == 0 && result.level == .error)
    }

    @Test func threeClaimsLinkEachOther() throws {
        var claims = ReportFixtures.troopClaims()
        claims.append(Claim(path: "c.txt", span: 0..<5, text: "[About]"))
        let result = try #require(Self.log(ReportFixtures.run(troopClaims: claims)).runs.first?.results.first)
        #expect(result.message.text == #"Troop numbers disagree. Related claims: [55,000 troops](1), [\[About\]](2)."#)
        #expect(result.relatedLocations?.map(\.id) == [1, 2])
    }

    @Test func messageBracketsAreEscaped() throws {
        let result = try #require(Self.log().runs.first?.results.last)
        #expect(result.message.text == #"Number has a space after the thousands comma \[sic\]"#)
        #expect(result.relatedLocations == nil)
        #expect(SARIFReporter.escapedMessageText(#"a\b [c]"#) == #"a\\b \[c\]"#)
    }

    @Test func fixesCarryBothColumnsAndBytes() throws {
        let result = try #require(Self.log().runs.first?.results.last)
        let fix = try #require(result.fixes?.first)
        #expect(fix.description?.text == "Remove the space")
        let change = try #require(fix.artifactChanges.first)
        #expect(change.artifactLocation.uri == "c.txt")
        #expect(change.replacements == [SARIFLog.Replacement(
            deletedRegion: SARIFLog.Region(startLine: 1, startColumn: 7, endLine: 1, endColumn: 13, byteOffset: 6, byteLength: 6),
            insertedContent: SARIFLog.ArtifactContent(text: "6,200"))])
    }

    @Test func fingerprintIgnoresClaimOrderButNotRule() throws {
        func fingerprint(_ run: CheckRun) throws -> String {
            try #require(Self.log(run).runs.first?.results.first?.partialFingerprints?["factcheck/v1"])
        }
        let forward = try fingerprint(ReportFixtures.run())
        let reversed = try fingerprint(ReportFixtures.run(troopClaims: ReportFixtures.troopClaims().reversed()))
        let otherRule = try fingerprint(ReportFixtures.run(troopRule: "casualty-count"))
        #expect(forward == reversed)
        #expect(forward != otherRule)
        #expect(forward.count == 16)
        // Not seeded per process: the value is pinned.
        #expect(Fingerprint.factCheckV1(ruleId: "r", claims: []) == Fingerprint.factCheckV1(ruleId: "r", claims: []))
        #expect(FNV1a64().hex == "cbf29ce484222325")
        var hash = FNV1a64()
        hash.add("a")
        #expect(hash.hex == "af63dc4c8601ec8c")
    }

    @Test func primaryLocationLineHashMatchesCodeQLAction() throws {
        // Expected values from a BigInt port of github/codeql-action's fingerprints.ts hash().
        #expect(LineHash.hashes(of: ReportFixtures.a) == ["d2e90f8c72568c04:1", "422db92a7d075370:1", "c129715d7a2bc9a3:1"])
        #expect(LineHash.hashes(of: "same\nsame\r\n\tsame  \rlast line without newline")
                == ["781219a513c58299:1", "b979bce28e19bd45:1", "4f5c5d905efc0661:1", "1796fc984c67b2ad:1"])
        #expect(LineHash.hashes(of: String(repeating: "x", count: 150) + "\n" + String(repeating: "y\n", count: 3))
                == ["52b56201ffb58620:1", "d684268d1dd453e0:1", "a925e9eea5aa4f49:1", "c33be7e0cf7c3ca:1", "c129715d7a2bc9a3:1"])
        let long = String(repeating: "A", count: 120) + "\n"
        #expect(LineHash.hashes(of: long + long) == ["82223fc1152cfdfc:1", "82223fc1152cfdfc:2", "c129715d7a2bc9a3:1"])
        let result = try #require(Self.log().runs.first?.results.first)
        #expect(result.partialFingerprints?["primaryLocationLineHash"] == "422db92a7d075370:1")
    }

    @Test func artifactURIs() {
        let uris = ArtifactURI(workingDirectory: "/srv/news/")
        #expect(uris.rootURI == "file:///srv/news/")
        #expect(uris.location(for: "a.txt") == SARIFLog.ArtifactLocation(uri: "a.txt", uriBaseId: "%SRCROOT%"))
        #expect(uris.location(for: "./my dir/../my dir/a b#1.txt").uri == "my%20dir/a%20b%231.txt")
        #expect(uris.location(for: "/srv/news/sub/x:y.md") == SARIFLog.ArtifactLocation(uri: "sub/x%3Ay.md", uriBaseId: "%SRCROOT%"))
        #expect(uris.location(for: "../other/日.txt") == SARIFLog.ArtifactLocation(uri: "file:///srv/other/%E6%97%A5.txt"))
        #expect(uris.location(for: "/srv/newsroom/a.txt").uri == "file:///srv/newsroom/a.txt")
        #expect(ArtifactURI(workingDirectory: "/").location(for: "/a b").uri == "a%20b")
    }

    @Test func invocationAndRules() throws {
        let run = try #require(Self.log().runs.first)
        let invocation = try #require(run.invocations?.first)
        #expect(invocation.executionSuccessful && invocation.exitCode == 1 && invocation.commandLine == "factcheck --format sarif .")
        #expect(invocation.workingDirectory == SARIFLog.ArtifactLocation(uri: "file:///srv/news/"))
        #expect(invocation.toolExecutionNotifications?.map(\.message.text) == ["Skipped: not a text file", "invalid UTF-8 replaced"])
        #expect(Self.log(exitCode: 2).runs[0].invocations?.first?.executionSuccessful == false)
        #expect(run.originalUriBaseIds == ["%SRCROOT%": SARIFLog.ArtifactLocation(uri: "file:///srv/news/")])
        #expect(run.tool.driver.rules?.map(\.id) == ["troop-count", "malformed-number"])
        let rule = try #require(run.tool.driver.rules?.last)
        #expect(rule.help == SARIFLog.Message(text: "Write `6,200`, not `6, 200`.", markdown: "Write `6,200`, not `6, 200`."))
        #expect(rule.defaultConfiguration?.level == .warning)
        #expect(rule.properties == SARIFLog.RuleProperties(tags: ["typography", "numbers"], precision: "very-high"))
        #expect(run.results.last?.ruleIndex == 1)
    }

    @Test func undescribedRuleGetsAMinimalRule() throws {
        let run = try #require(Self.log(ReportFixtures.run(troopRule: "mystery")).runs.first)
        #expect(run.tool.driver.rules?.map(\.id) == ["troop-count", "malformed-number", "mystery"])
        #expect(run.results.first?.ruleIndex == 2)
    }

    @Test func emptyRunWritesEmptyResults() throws {
        let json = try SARIFReporter.render(ReportFixtures.empty, workingDirectory: Self.root, invocation: (exitCode: 0, commandLine: nil))
        #expect(json.contains(#""results" : ["#))
        #expect(json.hasPrefix("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\""))
        let log = try JSONDecoder().decode(SARIFLog.self, from: Data(json.utf8))
        #expect(log.runs.count == 1 && log.runs[0].results.isEmpty && log.version == "2.1.0")
    }

    @Test func deterministicBytes() throws {
        let render = { try SARIFReporter.render(ReportFixtures.run(), workingDirectory: Self.root, invocation: (exitCode: 1, commandLine: nil)) }
        #expect(try render() == render())
    }
}
