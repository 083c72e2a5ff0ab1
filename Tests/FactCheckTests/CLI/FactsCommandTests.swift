import Foundation
import Testing

/// `factcheck facts` on the seeds: the facts an editor expects to see, and none that are not facts.
@Suite struct FactsCommandTests {
    struct Record: Decodable {
        struct Base: Decodable { var value: Double; var unit: String }
        var path: String
        var line: Int
        var column: Int
        var start: Int
        var end: Int
        var text: String
        var value: Double
        var unit: String
        var dimension: String
        var base: Base
        var bound: String
        var hedge: String?
        var noun: String?
        var date: String?
        var converts: String?
        var low: Double?
        var high: Double?
    }

    static func seedFacts() throws -> [Record] {
        let output = try CLIRunner.run(["facts", "--format", "jsonl", "seeds"])
        #expect(output.status == 0)
        return try output.stdout.split(separator: "\n").map { try JSONDecoder().decode(Record.self, from: Data($0.utf8)) }
    }

    @Test func seedsListTheStoryFacts() throws {
        let facts = try Self.seedFacts()
        func has(_ text: String, unit: String, value: Double, noun: String? = nil) -> Bool {
            facts.contains { $0.text == text && $0.unit == unit && $0.value == value && (noun == nil || $0.noun == noun) }
        }
        #expect(has("54,000", unit: "count", value: 54_000, noun: "U.S. military personnel"))
        #expect(has("54,000", unit: "count", value: 54_000, noun: "US troops"))
        #expect(has("54,000", unit: "count", value: 54_000, noun: "American troops"))
        #expect(has("2%", unit: "%", value: 2, noun: "GDP"))
        #expect(has("2 percent", unit: "%", value: 2, noun: "gross domestic product"))
        #expect(has("6, 200 kilometers", unit: "km", value: 6_200))
        #expect(has("19 hours", unit: "h", value: 19))
        #expect(has("105", unit: "count", value: 105, noun: "F-35 fighters"))
        #expect(has("three-star", unit: "star", value: 3))
        #expect(facts.contains { $0.text == "four-star" && $0.hedge == "will consider" })
        #expect(facts.filter { $0.text == "April 10" }.allSatisfy { $0.date == "XXXX-04-10" })
        #expect(facts.contains { $0.text == "March 2025" && $0.date == "2025-03" })
        #expect(facts.contains { $0.text == "1960" && $0.dimension == "date" })
        #expect(facts.contains { $0.text == "62 miles" && $0.converts == "100 km" })
        #expect(facts.contains { $0.text == "621 miles" && $0.converts == "1,000 km" })
        #expect(!facts.contains { $0.text.contains("35") && $0.text != "105" }, "F-35 is a name, not a quantity")
        #expect(!facts.contains { $0.text.contains("2+2") || $0.text == "2" }, "'2+2 talks' is a name")
    }

    @Test func offsetsAreBytesIntoTheFile() throws {
        let facts = try Self.seedFacts()
        for fact in facts.prefix(40) {
            let bytes = try Data(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(fact.path))
            #expect(String(decoding: bytes[fact.start..<fact.end], as: UTF8.self) == fact.text)
        }
    }

    @Test func rangesCarryBothEndsInTheirUnit() throws {
        let draft = "Gusts of 35 to 48 km/h were felt. Bids ran US$4 to $6 million. He fell from 40 to 31 kg.\n"
        let output = try CLIRunner.run(["facts", "--format", "jsonl", "-", "--stdin-filename", "draft.txt"], stdin: draft)
        let facts = try output.stdout.split(separator: "\n").map { try JSONDecoder().decode(Record.self, from: Data($0.utf8)) }
        #expect(facts.map(\.text) == ["35 to 48 km/h", "US$4 to $6 million", "40", "31 kg"])
        #expect(facts[0].bound == "range" && facts[0].low == 35 && facts[0].high == 48 && facts[0].unit == "kmh")
        #expect(facts[1].low == 4e6 && facts[1].high == 6e6 && facts[1].value == 4e6 && facts[1].unit == "USD")
        // "from 40 to 31" is a change: two figures, and the low end is in kilograms too.
        #expect(facts[2].bound == "exact" && facts[2].high == nil && facts[2].unit == "kg" && facts[3].unit == "kg")
    }

    @Test func tableIsForPeople() throws {
        let output = try CLIRunner.run(["facts", "seeds/002_589291569dc7cd24.txt"])
        #expect(output.stdout.hasPrefix("location"))
        #expect(output.stdout.contains("seeds/002_589291569dc7cd24.txt:31:130  62 miles"))
    }

    @Test func statsGoToStandardError() throws {
        let output = try CLIRunner.run(["facts", "--format", "jsonl", "--stats", "--jobs", "2", "seeds"])
        #expect(output.stderr.contains("5 documents"))
        #expect(output.stderr.contains("MB/s with 2 jobs; peak memory"))
    }
}

extension FactsCommandTests {
    /// `facts --group` on the seeds: the story's facts agreed by several wires, the rank disputed.
    @Test func groupShowsCorroborationAcrossTheSeeds() throws {
        let output = try CLIRunner.run(["facts", "--group", "--format", "jsonl", "seeds"])
        #expect(output.status == 0)
        struct Group: Decodable {
            struct Claim: Decodable { var path: String; var text: String; var hedge: String? }
            var status: String
            var sources: Int
            var sides: [[Claim]]
        }
        let groups = try output.stdout.split(separator: "\n").map { try JSONDecoder().decode(Group.self, from: Data($0.utf8)) }
        func agreed(_ text: String) -> Group? { groups.first { $0.status == "corroborated" && $0.sides[0].contains { $0.text == text } } }
        for text in ["54,000", "April 10", "1960", "March 2025"] {
            #expect((agreed(text)?.sources ?? 0) >= 3, "\(text) should be corroborated by three wires")
        }
        #expect(agreed("2%")?.sides[0].contains { $0.text == "2 percent" } == true, "2% and 2 percent of GDP are one fact")
        let disputed = groups.filter { $0.status == "disputed" }
        #expect(disputed.count == 1)
        #expect(disputed.first?.sides.map { $0.map(\.text) } == [["three-star"], ["four-star", "four-star"]])
        let table = try CLIRunner.run(["facts", "--group", "seeds"]).stdout
        #expect(table.hasPrefix("three-star vs four-star — "))
        #expect(table.contains("[DISPUTED across 2 sources]"))
        #expect(table.contains("Stated once ("))
    }
}
