import Foundation
import Testing
@testable import FactCheck

@Suite struct FactRecordTests {
    /// The hand-written JSON lines are byte-for-byte what JSONEncoder (sorted keys) writes.
    @Test func jsonLinesMatchJSONEncoder() throws {
        let text = "About 6, 200 \"km\" (3,853 miles)\tby April 10; a \\ four-star, hedged: could reach 2% of GDP, −18°C, 日本 $14m-$15m, 4,150 people per square kilometre, $9.6bn a day\n"
        let document = Fixtures.document(text, path: "dir/a \"b\".txt")
        let quantities = try Fixtures.extractor.extract(from: document, scratch: MatchScratch())
        #expect(quantities.count >= 6)
        let records = quantities.map { FactRecord($0, in: document, quantities: quantities) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
        #expect(String(decoding: FactsReporter.jsonLines(records), as: UTF8.self) == expected)
    }
}
