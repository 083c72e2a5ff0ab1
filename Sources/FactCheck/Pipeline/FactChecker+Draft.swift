extension FactChecker {
    /// The grouping the `conflicting-value` check uses, for corroboration views and ``CorpusIndex``.
    public var grouping: FactGrouping { FactGrouping(identity: rules.identity) }

    /// An index over a corpus's facts for checking drafts against it; `groups` also records the disputes
    /// inside the corpus (one grouping run), so a draft that joins one is shown all of it.
    public func corpusIndex(facts: [Fact], groups: Bool = true) -> CorpusIndex {
        CorpusIndex(facts: facts, identity: rules.identity, grouping: groups ? grouping : nil)
    }

    /// A draft checked against the corpus and the other open documents: its own findings, and the
    /// findings of the corpus checks that involve `draft`'s file, at their configured levels, with the
    /// suppression comments of the draft and of `directives` (other documents') applied, in report order.
    ///
    /// `open` are the facts of other documents as an editor holds them; corpus facts of their files
    /// and of `excludingPaths` are left out. The result is what `check` over all of them gives the draft.
    public func findings(of draft: DocumentAnalysis, corpus: CorpusIndex?, open: [Fact] = [], excludingPaths: Set<String> = [],
                         directives: [String: [SuppressionDirective]] = [:]) -> [Finding] {
        let source = draft.document.source
        let involvesDraft = { (finding: Finding) in finding.involves(anyOf: [source.path]) }
        let live = draft.facts + open.filter { $0.path != source.path }
        var findings = draft.findings
        for check in corpusChecks {
            findings += check.findings(live: live, corpus: corpus, excludingPaths: excludingPaths).filter(involvesDraft).compactMap(configured)
        }
        var directives = directives
        directives[source.path] = draft.directives.isEmpty ? nil : draft.directives
        let outcome = SourceSuppressions.apply(to: findings, directives: directives, files: [source.path: source]) { rule, level in
            configuration.level(of: rule, default: level)
        }
        return outcome.findings.filter(involvesDraft).sorted(by: Finding.reportOrder)
    }
}

extension Finding {
    /// Whether a claim of this finding lies in one of `paths`: a finding about a draft, as the
    /// language server and `check --against` report them.
    public func involves(anyOf paths: Set<String>) -> Bool {
        claims.contains { paths.contains($0.path) }
    }
}
