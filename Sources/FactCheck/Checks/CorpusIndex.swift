/// The facts of a corpus held for lookups: which of them the corpus checks could compare with a few
/// new facts (an editor's draft), found through the same index entries a full run pairs on, so a
/// draft is checked against a thousand documents without pairing the thousand again.
public struct CorpusIndex: Sendable {
    /// Every fact of the corpus, in the order given.
    public let facts: [Fact]
    private let maxPosting: Int
    /// `conflicting-value` entries (dimension with each near stem, measure, companion, near name) → facts.
    private let byWords: [Int: [Int32]]
    /// `unit-mismatch` entries (the written number) → facts.
    private let byNumber: [Int: [Int32]]
    /// Document and sentence → facts: a claim can be explained away by a figure of its own sentence, so
    /// a comparison needs the sentence's other facts too.
    private let bySentence: [SentenceKey: [Int32]]
    /// The group each fact belongs to in the corpus on its own (-1: none), and each group's members:
    /// a draft that agrees with one side of a dispute joins the whole dispute.
    private let groupOf: [Int32]
    private let groupMembers: [[Int32]]

    private struct SentenceKey: Hashable, Sendable {
        var path: String
        var sentence: Int
    }

    /// Indexes `facts`; with `grouping`, also the groups they form among themselves (the costly part,
    /// one grouping run over the corpus) so lookups can bring in the rest of a dispute.
    public init(facts: [Fact], identity: IdentityRules, grouping: FactGrouping? = nil) {
        self.facts = facts
        maxPosting = identity.maxPosting
        var byWords: [Int: [Int32]] = [:], byNumber: [Int: [Int32]] = [:], bySentence: [SentenceKey: [Int32]] = [:]
        for (index, fact) in facts.enumerated() {
            let position = Int32(index)
            for key in Self.wordKeys(fact) { byWords[key, default: []].append(position) }
            for key in Self.numberKeys(fact) { byNumber[key, default: []].append(position) }
            bySentence[SentenceKey(path: fact.path, sentence: fact.sentence), default: []].append(position)
        }
        self.byWords = byWords
        self.byNumber = byNumber
        self.bySentence = bySentence
        var groupOf = [Int32](repeating: -1, count: facts.count)
        var members: [[Int32]] = []
        if let grouping {
            var position: [ClaimKey: Int32] = [:]
            for (index, fact) in facts.enumerated() { position[ClaimKey(fact)] = Int32(index) }
            for group in grouping.groups(facts) where group.facts.count > 1 {
                let indices = group.facts.compactMap { position[ClaimKey($0)] }
                for index in indices { groupOf[Int(index)] = Int32(members.count) }
                members.append(indices)
            }
        }
        self.groupOf = groupOf
        groupMembers = members
    }

    /// The corpus facts the corpus checks could compare with `newFacts`, with what such a comparison
    /// looks at: the other facts of their sentences and of their groups. Facts of `excludedPaths` (the
    /// draft's own file on disk, documents open in the editor) are left out.
    ///
    /// An entry held by more than `max_posting` facts, counting the new ones, is too common to pair on,
    /// as in a full run.
    public func related(to newFacts: [Fact], excludingPaths excludedPaths: Set<String> = []) -> [Fact] {
        var newCounts: [Int: Int] = [:]
        let wordKeys = newFacts.map(Self.wordKeys), numberKeys = newFacts.map(Self.numberKeys)
        for keys in wordKeys { for key in keys { newCounts[key, default: 0] += 1 } }
        var chosen = Set<Int32>()
        func take(_ keys: [[Int]], from postings: [Int: [Int32]]) {
            for keys in keys {
                for key in keys {
                    guard let list = postings[key], list.count + (newCounts[key] ?? 1) <= maxPosting else { continue }
                    chosen.formUnion(list)
                }
            }
        }
        take(wordKeys, from: byWords)
        newCounts = [:]
        for keys in numberKeys { for key in keys { newCounts[key, default: 0] += 1 } }
        take(numberKeys, from: byNumber)
        for index in Array(chosen) where groupOf[Int(index)] >= 0 {
            chosen.formUnion(groupMembers[Int(groupOf[Int(index)])])
        }
        for index in Array(chosen) {
            let fact = facts[Int(index)]
            chosen.formUnion(bySentence[SentenceKey(path: fact.path, sentence: fact.sentence)] ?? [])
        }
        return chosen.sorted().map { facts[Int($0)] }.filter { !excludedPaths.contains($0.path) }
    }

    private static func wordKeys(_ fact: Fact) -> [Int] {
        FactIndex.keys(of: fact, byWords: true, key: FactGrouping.indexKey)
    }

    private static func numberKeys(_ fact: Fact) -> [Int] {
        FactIndex.keys(of: fact, byWords: false, key: UnitMismatchCheck.indexKey)
    }

    /// A fact's identity across copies: its file and where it starts.
    private struct ClaimKey: Hashable {
        var path: String
        var start: Int
        init(_ fact: Fact) {
            path = fact.path
            start = fact.quantity.span.lowerBound
        }
    }
}
