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

    @Option(help: ArgumentHelp("text for the terminal; markdown for the rule's page in docs/rules/.", valueName: "text|markdown"))
    var format: DocumentationFormat = .text

    enum DocumentationFormat: String, ExpressibleByArgument { case text, markdown }

    func run() throws {
        let checks = CheckCatalog.descriptions
        guard let check = checks.first(where: { $0.id == rule }) else {
            // An error of its own rather than a ValidationError, which would print the usage of every command.
            Console.error("factcheck: error: unknown rule '\(rule)'\(DidYouMean.hint(for: rule, among: checks.map(\.id))); see 'factcheck rules'")
            throw ExitCode(2)
        }
        let rules = try RuleSet.builtin()
        let examples = rules.checks.examples
        let messages = try check.exampleMessages(examples, checker: FactChecker(rules: rules))
        Console.write(format == .markdown ? check.documentationPage(examples: examples, messages: messages)
                                          : check.explanation(examples: examples, messages: messages))
    }
}
