extension CheckDescription {
    /// The rule's documentation page in the repository (docs/rules/RULE.md, written by
    /// `factcheck explain RULE --format markdown`): SARIF `helpUri`, LSP `codeDescription`.
    public var documentationURI: String { FactCheckVersion.informationURI + "/blob/main/docs/rules/\(id).md" }

    /// Whether the rule compares facts across documents (its findings may point into several files).
    public var comparesDocuments: Bool {
        [ConflictingValueCheck.description.id, UnitMismatchCheck.description.id].contains(id)
    }

    /// What the rule says on each of its flagged examples, found by running `checker` on them: the
    /// documentation shows the tested examples with the check's own arithmetic, not a copy that can drift.
    public func exampleMessages(_ examples: [RuleExample], checker: FactChecker) throws -> [String: String] {
        var messages: [String: String] = [:]
        for example in examples where example.kind == .finding(rule: id) {
            let source = SourceFile(path: "example.txt", bytes: Array(example.text.utf8), format: .plain)
            let findings = try checker.check(sources: [source]).findings
            let finding = findings.first { $0.ruleId == id && $0.primary.span.lowerBound == example.markerOffset } ?? findings.first { $0.ruleId == id }
            if let finding { messages[example.text] = finding.message }
        }
        return messages
    }

    /// `factcheck explain`: the rule's summary, details, help and the examples rules/checks.yml gives it.
    public func explanation(examples: [RuleExample], messages: [String: String] = [:]) -> String {
        var text = "\(id) (\(defaultLevel.rawValue)): \(summary)\n\n\(details)\n\n\(helpMarkdown)\n"
        let own = examples.filter { $0.kind == .finding(rule: id) || $0.kind == .clean(rule: id) }
        guard !own.isEmpty else { return text }
        text += "\nExamples (\(RuleExample.marker) marks where the finding starts):\n"
        for example in own {
            text += (example.kind == .clean(rule: id) ? "  clean:   " : "  flagged: ") + Self.shown(example, separator: " / ") + "\n"
            if let message = messages[example.text] { text += "           → \(message)\n" }
        }
        return text
    }

    /// The rule's documentation page: the same content as ``explanation(examples:)``, as Markdown.
    public func documentationPage(examples: [RuleExample], messages: [String: String] = [:]) -> String {
        var page = """
        # \(id)

        \(summary)

        Default level: **\(defaultLevel.rawValue)**. Precision: \(precision). Tags: \(tags.joined(separator: ", ")).

        \(details)

        ## How to fix

        \(helpMarkdown)

        """
        let own = examples.filter { $0.kind == .finding(rule: id) || $0.kind == .clean(rule: id) }
        for (title, kind) in [("Flagged", RuleExample.Kind.finding(rule: id)), ("Not flagged", .clean(rule: id))] {
            let chosen = own.filter { $0.kind == kind }
            guard !chosen.isEmpty else { continue }
            page += "\n## \(title)\n\n"
            if kind == .finding(rule: id) {
                page += "\(RuleExample.marker) marks where the finding starts; each line of an example is a line of one document"
                page += messages.isEmpty ? ".\n\n" : "; → is what the check says on it.\n\n"
            }
            page += "```text\n" + chosen.map { example in
                Self.shown(example, separator: "\n") + (messages[example.text].map { "\n→ " + $0 } ?? "")
            }.joined(separator: "\n\n") + "\n```\n"
        }
        page += "\nSilence one reviewed finding with `<!-- factcheck-disable-next-line \(id) -- reason -->` (see the README, \"Silencing findings\"); set its level, or switch it off, under `rules:` in `.factcheck.yml`.\n"
        return page
    }

    /// An example's text with its marker put back, lines joined by `separator`.
    private static func shown(_ example: RuleExample, separator: String) -> String {
        var text = example.text
        if let marker = example.markerOffset {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: marker)
            text = String(text[..<index]) + RuleExample.marker + String(text[index...])
        }
        return text.replacingOccurrences(of: "\n", with: separator)
    }
}
