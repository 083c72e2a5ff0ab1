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

    /// Why two facts are taken as one: what they share.
    func sharedGround(_ facts: [Fact]) -> String {
        var shared = facts[0].near
        for fact in facts.dropFirst() { shared.formUnion(fact.near) }
        let common = shared.filter { stem in facts.filter { $0.near.contains(stem) }.count >= 2 }.sorted().prefix(4)
        var parts: [String] = []
        if let measure = facts.compactMap(\.measure).first { parts.append("both count \(measure)") }
        if !common.isEmpty { parts.append("both say " + common.map { "'\($0)'" }.joined(separator: ", ")) }
        let names = facts.map(\.names).reduce(facts[0].names) { $0.intersection($1) }
        if !names.isEmpty { parts.append("about " + names.sorted().joined(separator: ", ")) }
        return parts.isEmpty ? "" : " (same fact: " + parts.joined(separator: "; ") + ")"
    }
}
