import ArgumentParser
import FactCheck

/// `factcheck rules`: every check with its level (as `.factcheck.yml` sets it) and summary.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every check with its level (as the configuration sets it) and summary.")

    @OptionGroup var project: ConfigurationOptions

    func run() async throws {
        let configuration = try await exitingOnInputErrors { try project.load() }
        let checks = CheckCatalog.descriptions
        let width = checks.map(\.id.count).max() ?? 0
        for check in checks {
            let level = configuration.level(of: check.id, default: check.defaultLevel)?.rawValue ?? "off"
            Console.write(check.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                          + level.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + check.summary + "\n")
        }
    }
}

/// `factcheck explain RULE`: a check's documentation and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Print a check's documentation and examples.")

    @Argument(help: "A rule id, as `factcheck rules` lists them.")
    var rule: String

    func run() throws {
        let checks = CheckCatalog.descriptions
        guard let check = checks.first(where: { $0.id == rule }) else {
            throw ValidationError("unknown rule '\(rule)'\(DidYouMean.hint(for: rule, among: checks.map(\.id))); see 'factcheck rules'")
        }
        let rules = try RuleSet.builtin()
        var text = "\(check.id) (\(check.defaultLevel.rawValue)): \(check.summary)\n\n\(check.details)\n\n\(check.helpMarkdown)\n"
        let examples = rules.checks.examples.filter { $0.kind == .finding(rule: check.id) || $0.kind == .clean(rule: check.id) }
        if !examples.isEmpty {
            text += "\nExamples (↓ marks where the finding starts):\n"
            for example in examples {
                var shown = example.text.replacingOccurrences(of: "\n", with: " / ")
                if let marker = example.markerOffset {
                    let index = example.text.utf8.index(example.text.utf8.startIndex, offsetBy: marker)
                    shown = (String(example.text[..<index]) + RuleExample.marker + String(example.text[index...])).replacingOccurrences(of: "\n", with: " / ")
                }
                text += (example.kind == .clean(rule: check.id) ? "  clean:   " : "  flagged: ") + shown + "\n"
            }
        }
        Console.write(text)
    }
}
