/// The facts of a corpus (a workspace's documents) held for checking drafts against it: indexed by
/// the entries a full run pairs facts on, with the pairs a full run would find among the corpus's
/// own facts already evaluated. Checking a draft then costs the comparisons of the draft's facts
/// with the few corpus facts that share an entry with them, not a run over the corpus.
public struct CorpusIndex: Sendable {
    /// Every fact of the corpus, in the order given.
    public let facts: [Fact]
    /// Each fact's document, as a number into `documentNumbers`' keys: paths are compared as numbers
    /// when thousands of facts are left out by path.
    private let documentOf: [Int32]
    private let documentNumbers: [String: Int32]
    let maxPosting: Int
    /// `conflicting-value` entries (dimension with each near stem, measure, companion, near name) → facts.
    private let byWords: [Int: [Int32]]
    /// `unit-mismatch` entries (the written number) → facts.
    private let byNumber: [Int: [Int32]]
    /// Document and sentence → its facts other than conversions: a claim can be explained away by a
    /// figure of its own sentence.
    private let bySentence: [SentenceKey: [Int32]]
    /// Each fact's agreeing and conflicting partners in the corpus (empty without a grouping).
    let partners: [[Partner]]
    /// The group each fact belongs to in the corpus (-1: none), and each group's members: a draft that
    /// agrees with one side of a dispute joins the whole dispute.
    private let groupOf: [Int32]
    private let groupMembers: [[Int32]]

    struct Partner: Sendable {
        var index: Int32
        var agrees: Bool
    }

    private struct SentenceKey: Hashable, Sendable {
        var path: String
        var sentence: Int
    }

    /// Indexes `facts`; with `grouping`, also evaluates the pairs among them (one grouping run's work),
    /// so that checking a draft needs only the pairs the draft is part of.
    public init(facts: [Fact], identity: IdentityRules, grouping: FactGrouping? = nil) {
        self.facts = facts
        maxPosting = identity.maxPosting
        var byWords: [Int: [Int32]] = [:], byNumber: [Int: [Int32]] = [:], bySentence: [SentenceKey: [Int32]] = [:]
        var documentOf: [Int32] = [], documentNumbers: [String: Int32] = [:]
        documentOf.reserveCapacity(facts.count)
        for (index, fact) in facts.enumerated() {
            let position = Int32(index)
            if let known = documentNumbers[fact.path] {
                documentOf.append(known)
            } else {
                documentNumbers[fact.path] = Int32(documentNumbers.count)
                documentOf.append(Int32(documentNumbers.count - 1))
            }
            for key in Self.wordKeys(fact) { byWords[key, default: []].append(position) }
            for key in Self.numberKeys(fact) { byNumber[key, default: []].append(position) }
            if fact.quantity.conversionOf == nil {
                bySentence[SentenceKey(path: fact.path, sentence: fact.sentence), default: []].append(position)
            }
        }
        self.documentOf = documentOf
        self.documentNumbers = documentNumbers
        self.byWords = byWords
        self.byNumber = byNumber
        self.bySentence = bySentence
        var partners = [[Partner]](repeating: [], count: grouping == nil ? 0 : facts.count)
        var groupOf = [Int32](repeating: -1, count: facts.count)
        var members: [[Int32]] = []
        if let grouping {
            let kept = facts.indices.filter { facts[$0].quantity.conversionOf == nil }
            let (agreeing, conflicts) = grouping.edges(FactSubset(facts: facts, indices: kept))
            var components = UnionFind(count: facts.count)
            for (pairs, agrees) in [(agreeing, true), (conflicts, false)] {
                for (i, j) in pairs {
                    let (a, b) = (kept[i], kept[j])
                    partners[a].append(Partner(index: Int32(b), agrees: agrees))
                    partners[b].append(Partner(index: Int32(a), agrees: agrees))
                    components.union(a, b)
                }
            }
            for group in components.groups() {
                for index in group { groupOf[index] = Int32(members.count) }
                members.append(group.map { Int32($0) })
            }
        }
        self.partners = partners
        self.groupOf = groupOf
        groupMembers = members
    }

    /// The corpus facts sharing one of a live fact's `conflicting-value` entries (``wordKeys(_:)``). An
    /// entry held by more than `max_posting` facts, counting `liveCounts` (how many of the facts being
    /// checked hold it), is too common to pair on, as in a full run.
    func wordCandidates(keys: [Int], liveCounts: [Int: Int]) -> Set<Int32> {
        candidates(keys, in: byWords, liveCounts: liveCounts)
    }

    /// The corpus facts with the same written number as a live fact (``numberKeys(_:)``; `unit-mismatch` pairs on it).
    func numberCandidates(keys: [Int], liveCounts: [Int: Int]) -> Set<Int32> {
        candidates(keys, in: byNumber, liveCounts: liveCounts)
    }

    /// Which facts to leave out: those of the documents at `paths`.
    func exclusion(_ paths: Set<String>) -> (Int32) -> Bool {
        let documents = Set(paths.compactMap { documentNumbers[$0] })
        return { [documentOf] index in documents.contains(documentOf[Int(index)]) }
    }

    /// The other facts of a corpus fact's sentence (conversions left out), and the fact itself.
    func sentence(of fact: Fact) -> [Fact] {
        (bySentence[SentenceKey(path: fact.path, sentence: fact.sentence)] ?? []).map { facts[Int($0)] }
    }

    /// The corpus group of fact `index` (itself alone when it has none).
    func group(of index: Int32) -> [Int32] {
        groupOf[Int(index)] < 0 ? [index] : groupMembers[Int(groupOf[Int(index)])]
    }

    /// How many facts hold each entry, from each fact's entries.
    static func entryCounts(_ keys: [[Int]]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for list in keys { for key in list { counts[key, default: 0] += 1 } }
        return counts
    }

    private func candidates(_ keys: [Int], in postings: [Int: [Int32]], liveCounts: [Int: Int]) -> Set<Int32> {
        var found = Set<Int32>()
        for key in keys {
            guard let list = postings[key], list.count + (liveCounts[key] ?? 1) <= maxPosting else { continue }
            found.formUnion(list)
        }
        return found
    }

    static func wordKeys(_ fact: Fact) -> [Int] {
        FactIndex.keys(of: fact, byWords: true, key: FactGrouping.indexKey)
    }

    static func numberKeys(_ fact: Fact) -> [Int] {
        FactIndex.keys(of: fact, byWords: false, key: UnitMismatchCheck.indexKey)
    }
}
