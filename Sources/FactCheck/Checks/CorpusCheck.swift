import Foundation

/// A check that compares facts across every document of a run (and inside each).
public protocol CorpusCheck: Sendable {
    static var description: CheckDescription { get }

    func findings(in facts: [Fact]) -> [Finding]

    /// The findings holding a live fact (a draft's, or an open document's) when the live facts are
    /// checked with `corpus`, as ``findings(in:)`` over both would give them, without a run over the
    /// corpus. Corpus facts of `excludedPaths` and of the live facts' files are left out.
    func findings(live: [Fact], corpus: CorpusIndex?, excludingPaths: Set<String>) -> [Finding]
}

extension CorpusCheck {
    /// Claims for facts, in report order (by file, then position): the first is the primary one.
    func claims(_ facts: [Fact]) -> [Claim] {
        facts.sorted { ($0.path, $0.quantity.span.lowerBound) < ($1.path, $1.quantity.span.lowerBound) }
            .map { Claim(path: $0.path, span: $0.quantity.span, text: $0.text, normalized: $0.normalized) }
    }

    /// "512,400 households (01-chronicle.txt:7)", or "(AP, 01-chronicle.txt:7)" when the source is known.
    func located(_ fact: Fact) -> String {
        let file = fact.path.split(separator: "/").last.map(String.init) ?? fact.path
        return "\(fact.described)\(fact.quantity.noun.map { " \($0)" } ?? "") (\(fact.source.map { "\($0), " } ?? "")\(file):\(fact.line)\(fact.isHedged ? ", hedged: '\(fact.quantity.hedge!)'" : ""))"
    }

    /// "weekday5" → "Friday", "month3" → "March"; other periods as they are ("2025", "last year").
    static func readable(_ period: String) -> String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        if period.hasPrefix("weekday"), let n = Int(period.dropFirst(7)), (1...7).contains(n) { return weekdays[n - 1] }
        if period.hasPrefix("month"), let n = Int(period.dropFirst(5)), (1...12).contains(n) { return months[n - 1] }
        return period
    }

    /// A claim's value for a message: "45,000 US troops (AP)", "four-star (= 4 star) commander, hedged: 'will consider'".
    func valueText(_ fact: Fact) -> String {
        "\(fact.described)\(fact.quantity.noun.map { " \($0)" } ?? "")\(fact.source.map { " (\($0))" } ?? "")\(fact.isHedged ? ", hedged: '\(fact.quantity.hedge!)'" : "")"
    }

    /// Why two facts are taken as one, in words a person reads: the measure and event their frames
    /// share, the names they are about, and their time.
    func sharedGround(_ facts: [Fact]) -> String {
        var parts: [String] = []
        var measures: [String] = []
        for measure in facts.compactMap({ $0.frame.measure ?? $0.measure }) where !measures.contains(measure) { measures.append(measure) }
        if !measures.isEmpty { parts.append("both measure " + measures.prefix(3).joined(separator: " / ")) }
        let events = Set(facts.compactMap(\.frame.event))
        if events.count == 1, let event = events.first { parts.append("both about \(event)") }
        let names = facts.map(\.names).reduce(facts[0].names) { $0.intersection($1) }
        if !names.isEmpty { parts.append("about " + names.sorted().prefix(3).map(\.capitalized).joined(separator: ", ")) }
        var times: [String] = []
        for (kind, periods) in facts[0].times where kind != "zone" && (kind != "relative" || periods != ["now"]) {
            if facts.dropFirst().allSatisfy({ $0.times[kind] == periods }) { times.append(periods.sorted().map(Self.readable).joined(separator: "/")) }
        }
        if !times.isEmpty { parts.append("at " + times.sorted().joined(separator: ", ")) }
        if parts.isEmpty {
            // No frame slot to name: the words they share near their numbers, those that are real words.
            var shared = facts[0].near
            for fact in facts.dropFirst() { shared.formUnion(fact.near) }
            let common = shared.filter { stem in facts.filter { $0.near.contains(stem) }.count >= 2 && WordNetLexicon.builtin.knows(stem) }
            if !common.isEmpty { parts.append("both say " + common.sorted().prefix(3).map { "'\($0)'" }.joined(separator: ", ")) }
        }
        return parts.isEmpty ? "" : " (one fact: " + parts.joined(separator: "; ") + ")"
    }
}
