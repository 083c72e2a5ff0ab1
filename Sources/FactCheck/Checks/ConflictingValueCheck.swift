/// `conflicting-value`: the same fact given different values, across documents or inside one.
public struct ConflictingValueCheck: CorpusCheck {
    public static let description = CheckDescription(
        id: "conflicting-value",
        name: "ConflictingValue",
        summary: "The same fact is given different values.",
        details: "Groups the facts that state the same thing (same measure, scope and time, by the features in rules/identity.yml) and reports each group whose values cannot all be true: one finding per fact, naming every claim. Values are compared as intervals: \"about 6,000\" agrees with \"6,200\", \"more than 10,000\" with \"11,000\". A hedged claim (\"could\", \"will consider\") that disagrees only with firm ones is reported as a note.",
        helpMarkdown: """
        Find out which value is right and correct the others, or make clear they are different facts
        (another time, place or measure).

        - `54,000 US troops` in one report, `45,000 US troops` in another
        - `a four-star commander` (hedged: *will consider*) vs `a three-star general`
        """,
        defaultLevel: .warning, precision: "medium", tags: ["consistency", "cross-source"])

    let matcher: FactMatcher

    public init(identity: IdentityRules) { matcher = FactMatcher(identity: identity) }

    public func findings(in facts: [Fact]) -> [Finding] {
        // A bracketed conversion restates its original; the original speaks for both.
        let subset = facts.filter { $0.quantity.conversionOf == nil }
        let index = FactIndex(facts: subset, maxPosting: matcher.identity.maxPosting)
        var agreeing = UnionFind(count: subset.count)
        var conflicts: [(Int, Int)] = []
        let sentences = FactsBySentence(subset)
        for (i, j) in index.candidatePairs(key: { $0.quantity.unit.dimension }) {
            let (a, b) = (subset[i], subset[j])
            let strongTypo = FactMatcher.isStrongTypo(a, b)
            guard matcher.describeSameThing(a, b, numbersAgreeOddly: strongTypo), !UnitMismatchCheck.isUnitSwap(a, b) else { continue }
            // Swapped digits are flagged even where a bound would let both stand ("at least 1,240" vs "1,420").
            let swappedDigits = strongTypo && a.text.filter(\.isNumber).sorted() == b.text.filter(\.isNumber).sorted()
            if matcher.agree(a, b), !swappedDigits {
                agreeing.union(i, j)
            } else if matcher.plausiblyTheSame(a, b),
                      // A hedged side makes the finding a note: ordinary evidence of one fact is enough for that.
                      a.isHedged || b.isHedged || matcher.describeSameThingDespiteValues(a, b),
                      !explainedAway(a, b, sentences: sentences, facts: subset) {
                conflicts.append((i, j))
            }
        }
        // Claims that agree are one side; sides joined by a direct conflict make one finding.
        var sides = agreeing
        var linked = UnionFind(count: subset.count)
        for (i, j) in conflicts { linked.union(sides.find(i), sides.find(j)) }
        var findingsByRoot: [Int: [(Int, Int)]] = [:]
        for (i, j) in conflicts {
            findingsByRoot[linked.find(sides.find(i)), default: []].append((i, j))
        }
        return findingsByRoot.keys.sorted().compactMap { root in
            let edges = findingsByRoot[root]!
            let members = Set(edges.flatMap { [$0.0, $0.1] }.flatMap { member in subset.indices.filter { sides.find($0) == sides.find(member) } })
            // A warning needs two firm claims in direct conflict; otherwise the disagreement rests on a hedge.
            let firm = edges.contains { !subset[$0.0].isHedged && !subset[$0.1].isHedged }
            return finding(for: members.sorted().map { subset[$0] }, firm: firm)
        }
    }

    /// A claim is explained away when its own sentence holds a firm value that agrees with the other
    /// claim: "Of the 301 structures destroyed, 214 were homes" does not say 214 structures.
    private func explainedAway(_ a: Fact, _ b: Fact, sentences: FactsBySentence, facts: [Fact]) -> Bool {
        for (claim, other) in [(a, b), (b, a)] {
            for neighbour in sentences.facts(inSentenceOf: claim) where neighbour.quantity.span != claim.quantity.span {
                let candidate = facts[neighbour.index]
                // Only a bounded value explains: "more than two minutes" agrees with any longer time.
                guard ![.atLeast, .atMost].contains(candidate.quantity.bound) else { continue }
                if !candidate.isHedged, candidate.quantity.unit.dimension == other.quantity.unit.dimension, matcher.agree(candidate, other) { return true }
            }
        }
        return false
    }

    /// One finding for a group of facts whose values split into disagreeing parts.
    private func finding(for group: [Fact], firm: Bool) -> Finding? {
        var parts: [[Fact]] = []
        for fact in group.sorted(by: { matcher.interval($0).lowerBound < matcher.interval($1).lowerBound }) {
            if let last = parts.indices.last, parts[last].allSatisfy({ matcher.agree($0, fact) }) {
                parts[last].append(fact)
            } else {
                parts.append([fact])
            }
        }
        guard parts.count > 1 else { return nil }
        let level: Level = firm ? Self.description.defaultLevel : .note
        let ordered = group.sorted { ($0.path, $0.quantity.span.lowerBound) < ($1.path, $1.quantity.span.lowerBound) }
        let values = parts.map { part in part.map(located).joined(separator: " = ") }.joined(separator: " vs ")
        var message = "The same fact is given different values: \(values)\(sharedGround(ordered))"
        if level == .note { message += "; the disagreeing claims are hedged" }
        return Finding(ruleId: Self.description.id, level: level, message: message, claims: claims(group))
    }
}

/// The facts of each sentence, to look at a claim's neighbours.
struct FactsBySentence {
    struct Entry { var index: Int; var quantity: Quantity }
    private var entries: [String: [Entry]] = [:]

    init(_ facts: [Fact]) {
        for (index, fact) in facts.enumerated() { entries["\(fact.path)#\(fact.sentence)", default: []].append(Entry(index: index, quantity: fact.quantity)) }
    }

    func facts(inSentenceOf fact: Fact) -> [Entry] { entries["\(fact.path)#\(fact.sentence)"] ?? [] }
}
