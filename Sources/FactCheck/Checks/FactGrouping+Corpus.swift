extension FactGrouping {
    /// The groups holding a live fact (a draft's, or an open document's), as a full run over the live
    /// facts and the corpus would form them: live facts are compared with each other and with the corpus
    /// facts that share an index entry with them; the pairs among corpus facts are those the corpus
    /// index evaluated when it was built, so a draft that joins a corpus dispute joins all of it.
    ///
    /// Corpus facts of `excludedPaths`, and of the live facts' own files (their copy on disk), are left out.
    public func groups(live: [Fact], corpus: CorpusIndex?, excludingPaths excludedPaths: Set<String> = []) -> [Group] {
        let live = live.filter { $0.quantity.conversionOf == nil }
        let subset = FactSubset(facts: live, indices: Array(live.indices))
        var (agreeing, conflicts) = edges(subset)
        guard let corpus, !live.isEmpty else {
            return assemble(count: live.count, fact: { live[$0] }, agreeing: agreeing, conflicts: conflicts)
        }
        let excludedPaths = excludedPaths.union(live.map(\.path))
        let excluded = corpus.exclusion(excludedPaths)
        // Corpus facts get node numbers after the live ones, in the order they are met.
        var nodeOf: [Int32: Int] = [:], corpusNodes: [Int32] = []
        func node(_ index: Int32) -> Int {
            if let known = nodeOf[index] { return known }
            nodeOf[index] = live.count + corpusNodes.count
            corpusNodes.append(index)
            return live.count + corpusNodes.count - 1
        }
        let liveSentences = FactsBySentence(subset)
        let keys = live.map(CorpusIndex.wordKeys)
        let liveCounts = CorpusIndex.entryCounts(keys)
        let neighbours = { (fact: Fact) -> [Quantity] in
            excludedPaths.contains(fact.path) ? liveSentences.quantities(inSentenceOf: fact) : corpus.sentence(of: fact).map(\.quantity)
        }
        for (position, fact) in live.enumerated() {
            for index in corpus.wordCandidates(keys: keys[position], liveCounts: liveCounts).sorted() where !excluded(index) {
                guard corpus.facts[Int(index)].quantity.conversionOf == nil else { continue }
                switch edge(fact, corpus.facts[Int(index)], neighbours: neighbours) {
                case .agree?: agreeing.append((position, node(index)))
                case .conflict?: conflicts.append((position, node(index)))
                case nil: break
                }
            }
        }
        // The rest of each corpus group a live fact touches, and the pairs evaluated among them.
        for index in corpusNodes {
            for member in corpus.group(of: index) where !excluded(member) { _ = node(member) }
        }
        for (offset, index) in corpusNodes.enumerated() where !corpus.partners.isEmpty {
            for partner in corpus.partners[Int(index)] where partner.index > index {
                guard let other = nodeOf[partner.index] else { continue }
                if partner.agrees { agreeing.append((live.count + offset, other)) } else { conflicts.append((live.count + offset, other)) }
            }
        }
        return assemble(count: live.count + corpusNodes.count,
                        fact: { $0 < live.count ? live[$0] : corpus.facts[Int(corpusNodes[$0 - live.count])] },
                        agreeing: agreeing, conflicts: conflicts, keep: { $0 < live.count })
    }
}
