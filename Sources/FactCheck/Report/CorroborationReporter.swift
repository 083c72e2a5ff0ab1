import Foundation

/// Writes `factcheck facts --group`: each fact with the sources that agree, those that disagree,
/// and the facts only one source states — what an editor reads before publishing.
public enum CorroborationReporter {
    public enum Status: String, Codable, Sendable {
        /// More than one claim, all agreeing.
        case corroborated
        /// Claims that disagree.
        case disputed
        /// One claim, from one source.
        case single
    }

    /// One group as a JSON line: its status, sources and sides.
    public struct Record: Codable, Sendable, Equatable {
        public struct Claim: Codable, Sendable, Equatable {
            public var path: String
            /// The publisher, when front matter or .factcheck.yml names it.
            public var source: String?
            public var line: Int
            public var text: String
            public var normalized: String
            public var hedge: String?
        }

        public var status: Status
        /// How many distinct sources state the fact: publishers where known, else files.
        public var sources: Int
        /// What the fact is about, in the words its claims share.
        public var about: String
        /// The claims, in sides that agree with each other.
        public var sides: [[Claim]]
    }

    public static func records(_ groups: [FactGrouping.Group]) -> [Record] {
        groups.map { group in
            let facts = group.facts
            let status: Status = group.isConflict ? .disputed : facts.count > 1 ? .corroborated : .single
            let sides = group.sides.map { side in
                side.map { Record.Claim(path: $0.path, source: $0.source, line: $0.line, text: $0.text, normalized: $0.normalized, hedge: $0.quantity.hedge) }
            }
            return Record(status: status, sources: Set(facts.map { $0.source ?? $0.path }).count, about: about(facts), sides: sides)
        }
        .sorted { order($0) < order($1) }
    }

    public static func jsonLines(_ records: [Record]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    public static func text(_ records: [Record]) -> String {
        var output = ""
        for record in records where record.status != .single {
            let sources = record.sources == 1 ? "1 source" : "\(record.sources) sources"
            let values = record.sides.map { $0[0].text }.joined(separator: " vs ")
            let verdict = record.status == .disputed ? "DISPUTED across \(sources)" : "agreed by \(sources)"
            output += "\(values)\(record.about.isEmpty ? "" : " — \(record.about)")  [\(verdict)]\n"
            for (index, side) in record.sides.enumerated() {
                // Disputed: each side is marked by its letter, so who says what is plain.
                let mark = record.status == .disputed ? String(UnicodeScalar(UInt8(65 + min(index, 25)))) : "="
                for claim in side { output += "  \(mark) \(describe(claim))\n" }
            }
            output += "\n"
        }
        let singles = records.filter { $0.status == .single }
        if !singles.isEmpty {
            output += "Stated once (\(singles.count)):\n"
            for claim in singles.map({ $0.sides[0][0] }) { output += "  \(describe(claim))\n" }
        }
        return output
    }

    private static func describe(_ claim: Record.Claim) -> String {
        var details: [String] = []
        if claim.normalized.filter({ $0 != "," }) != claim.text.filter({ $0 != "," }) { details.append(claim.normalized) }
        if let hedge = claim.hedge { details.append("hedged: \(hedge)") }
        if let source = claim.source { details.append(source) }
        return "\(TerminalText.escaped(claim.path)):\(claim.line)  \(claim.text)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }

    /// The stems most of the group's claims share near their numbers, or their counted noun.
    private static func about(_ facts: [Fact]) -> String {
        if let measure = facts.compactMap(\.measure).first { return measure }
        var counts: [String: Int] = [:]
        for fact in facts { for stem in fact.near { counts[stem, default: 0] += 1 } }
        let shared = counts.filter { facts.count == 1 || $0.value >= 2 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return shared.prefix(3).map(\.key).joined(separator: ", ")
    }

    /// Disputed first, then corroborated, then single; then by where the first claim stands.
    private static func order(_ record: Record) -> (Int, String, Int) {
        let rank = record.status == .disputed ? 0 : record.status == .corroborated ? 1 : 2
        return (rank, record.sides[0][0].path, record.sides[0][0].line)
    }
}
