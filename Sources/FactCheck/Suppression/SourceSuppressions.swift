/// Applies the suppression comments of a run's documents to its findings.
///
/// A finding is silenced when a directive covering its rule covers the line of any of its claims:
/// an editor who has reviewed a dispute marks it where they stand, in their own file, whichever
/// file the report happens to list first. Directives that silence nothing are reported as
/// `unused-suppression` findings.
public enum SourceSuppressions {
    public struct Outcome: Sendable {
        public var findings: [Finding]
        public var suppressed: [SuppressedFinding]
    }

    /// `findings` split into those still reported (plus one per unused directive) and those silenced.
    ///
    /// `directives` and `files` are by path; `level` is the configured level of a rule (nil when it is off).
    public static func apply(to findings: [Finding], directives: [String: [SuppressionDirective]],
                             files: [String: SourceFile], level: (String, Level) -> Level?) -> Outcome {
        guard !directives.isEmpty else { return Outcome(findings: findings, suppressed: []) }
        var used = Set<DirectiveKey>()
        var kept: [Finding] = []
        var suppressed: [SuppressedFinding] = []
        for finding in findings {
            let silencer = finding.claims.lazy.compactMap { claim in
                directives[claim.path]?.enumerated().first { _, directive in
                    directive.kind != .enable && directive.kind != nil && directive.covers(finding.ruleId)
                        && directive.scope.contains(claim.span.lowerBound)
                }.map { (path: claim.path, index: $0.offset, directive: $0.element) }
            }.first
            if let silencer {
                used.insert(DirectiveKey(path: silencer.path, index: silencer.index))
                suppressed.append(SuppressedFinding(finding: finding, kind: .inSource, justification: silencer.directive.reason))
            } else {
                kept.append(finding)
            }
        }
        if let unusedLevel = level(UnusedSuppressionCheck.description.id, UnusedSuppressionCheck.description.defaultLevel) {
            for (path, list) in directives.sorted(by: { $0.key < $1.key }) {
                guard let file = files[path] else { continue }
                for (index, directive) in list.enumerated() where !used.contains(DirectiveKey(path: path, index: index)) {
                    guard let problem = problem(with: directive, in: list, isEnabled: { level($0, .warning) != nil }) else { continue }
                    kept.append(UnusedSuppressionCheck.finding(for: directive, in: file, problem: problem, level: unusedLevel))
                }
            }
        }
        return Outcome(findings: kept, suppressed: suppressed)
    }

    private struct DirectiveKey: Hashable {
        var path: String
        var index: Int
    }

    /// What is wrong with a directive that silenced nothing; nil when that is fine (it names only rules switched off).
    private static func problem(with directive: SuppressionDirective, in list: [SuppressionDirective],
                                isEnabled: (String) -> Bool) -> String? {
        guard let kind = directive.kind else {
            let forms = SuppressionDirective.Kind.allCases.map { "factcheck-" + $0.rawValue }
            return "is not a directive\(DidYouMean.hint(for: "factcheck-" + directive.name, among: forms)); write one of \(forms.joined(separator: ", "))"
        }
        let known = CheckCatalog.descriptions.map(\.id)
        if let unknown = directive.rules.first(where: { !known.contains($0) }) {
            return "names no rule '\(unknown)'\(DidYouMean.hint(for: unknown, among: known)); `factcheck rules` lists them"
        }
        if !directive.rules.isEmpty, !directive.rules.contains(where: isEnabled) { return nil }
        switch kind {
        case .enable:
            let closes = list.contains { $0.kind == .disable && $0.scope.upperBound == directive.span.lowerBound }
            return closes ? nil : "ends no factcheck-disable block; delete it"
        case .disableNextLine:
            return "silences no finding on the next line; delete it"
        case .disableLine:
            return "silences no finding on its line; delete it"
        case .disable:
            return "silences no finding in its block; delete it"
        }
    }
}
