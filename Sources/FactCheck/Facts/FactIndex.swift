/// Finds the pairs of facts worth comparing without comparing every pair: facts are indexed by
/// dimension and the stems, names, figures and measure senses near their numbers, and only facts sharing an entry are paired.
/// A stem shared by more than `max_posting` facts is too common to pair on, which keeps the
/// work near-linear in the number of facts.
struct FactIndex {
    let facts: FactSubset
    let maxPosting: Int

    /// Candidate pairs (i < j) whose facts share a key and, with `byWords`, a near stem; each pair once.
    func candidatePairs(byWords: Bool = true, key: (Fact) -> String?) -> [(Int, Int)] {
        // Keys are hashed, not composed strings: an index over millions of facts stays small. The hash is
        // only ever used to find pairs, which are then sorted, so output does not depend on it.
        var postings: [Int: [Int]] = [:]
        for index in 0..<facts.count {
            for hash in Self.keys(of: facts[index], byWords: byWords, key: key) { postings[hash, default: []].append(index) }
        }
        var seen = Set<Int>()
        var pairs: [(Int, Int)] = []
        for list in postings.values where list.count > 1 && list.count <= maxPosting {
            for i in 0..<list.count {
                for j in (i + 1)..<list.count {
                    let pair = list[i] * facts.count + list[j]
                    if seen.insert(pair).inserted { pairs.append((list[i], list[j])) }
                }
            }
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    /// The hashed index entries of one fact: its key alone, or with `byWords` the key with each near stem,
    /// its measure, companions and near names. ``CorpusIndex`` posts facts under the same entries, so a
    /// lookup finds exactly the facts a full run could pair.
    static func keys(of fact: Fact, byWords: Bool, key: (Fact) -> String?) -> [Int] {
        guard let prefix = key(fact) else { return [] }
        func hash(_ parts: String...) -> Int {
            var hasher = Hasher()
            for part in parts { hasher.combine(part) }
            return hasher.finalize()
        }
        guard byWords else { return [hash(prefix)] }
        var keys: [Int] = []
        keys.reserveCapacity(fact.near.count + fact.companions.count + fact.nearNames.count + 1)
        for stem in fact.near { keys.append(hash(prefix, "w", stem)) }
        if let measure = fact.measure { keys.append(hash(prefix, "=", measure)) }
        // What the frame measures, by WordNet sense: "128 ships" and "182 vessels" share no word near them.
        if let measure = fact.frame.measure {
            for sense in WordNetLexicon.builtin.measureKeys(measure) { keys.append(hash(prefix, "~", String(sense))) }
            if fact.frame.dimension != nil { keys.append(hash(prefix, "~", measure)) }
        }
        for companion in fact.companions { keys.append(hash(prefix, "#", companion)) }
        for name in fact.nearNames { keys.append(hash(prefix, "@", name)) }
        return keys
    }
}

/// Disjoint sets over fact indices: facts joined by a "same fact" edge end in one group.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var node = x
        while parent[node] != root { (node, parent[node]) = (parent[node], root) }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (x, y) = (find(a), find(b))
        if x != y { parent[max(x, y)] = min(x, y) }
    }

    /// The groups of more than one member, each sorted, in order of their first member.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for index in parent.indices { byRoot[find(index), default: []].append(index) }
        return byRoot.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
