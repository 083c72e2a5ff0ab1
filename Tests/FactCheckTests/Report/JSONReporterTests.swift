import Foundation
import Testing
@testable import FactCheck

@Suite struct JSONReporterTests {
    @Test func decodesBackWithEveryField() throws {
        let json = try JSONReporter.render(ReportFixtures.run())
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(json.utf8))
        #expect(report.version == FactCheckVersion.current)
        #expect(report.summary == ReportSummary(files: 3, findings: 2, errors: 1, warnings: 1, notes: 0))
        #expect(report.skipped == [JSONReport.Skipped(path: "photo.jpg", reason: "not a text file")])
        let troops = try #require(report.findings.first)
        #expect(troops.rule == "troop-count" && troops.level == .error && troops.fix == nil)
        let start = "Intro line.\n日本 👨‍👩‍👧 ".utf8.count
        #expect(troops.claims[0] == JSONReport.Claim(path: "a.txt", line: 2, column: 10, start: start,
                                                     end: start + 13, text: "54,000 troops", normalized: "54000 troops"))
        #expect(report.findings[1].fix == JSONReport.Fix(path: "c.txt", start: 6, end: 12, replacement: "6,200",
                                                         description: "Remove the space"))
    }

    @Test func writesNullsAndSortedKeys() throws {
        let json = try JSONReporter.render(ReportFixtures.run())
        #expect(json.contains(#""fix" : null"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "findings", "suppressed", "skipped", "summary"])
        #expect(json.range(of: #""findings""#)!.lowerBound < json.range(of: #""skipped""#)!.lowerBound)
    }

    @Test func sameRunSameBytes() throws {
        #expect(try JSONReporter.render(ReportFixtures.run()) == JSONReporter.render(ReportFixtures.run()))
    }

    @Test func emptyRun() throws {
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(try JSONReporter.render(ReportFixtures.empty).utf8))
        #expect(report.findings.isEmpty && report.summary.files == 0)
    }
}
