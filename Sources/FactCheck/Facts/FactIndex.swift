/// Finds the pairs of facts worth comparing without comparing every pair: facts are indexed by
/// dimension and the stems, names and figures near their numbers, and only facts sharing an entry are paired.
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
        func post(_ parts: String..., index: Int) {
            var hasher = Hasher()
            for part in parts { hasher.combine(part) }
            postings[hasher.finalize(), default: []].append(index)
        }
        for index in 0..<facts.count {
            let fact = facts[index]
            guard let prefix = key(fact) else { continue }
            guard byWords else {
                post(prefix, index: index)
                continue
            }
            for stem in fact.near { post(prefix, "w", stem, index: index) }
            if let measure = fact.measure { post(prefix, "=", measure, index: index) }
            for companion in fact.companions { post(prefix, "#", companion, index: index) }
            for name in fact.nearNames { post(prefix, "@", name, index: index) }
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
