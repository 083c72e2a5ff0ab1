import ArgumentParser
import FactCheck
import Foundation

/// `factcheck check PATH...`: report what a copy editor would flag.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check documents and report inconsistent, malformed or wrongly converted numbers.",
        discussion: "Exit status: 0 when no finding is at or above --fail-level, 1 when one is, 2 on a usage, input, configuration, baseline or rule error."
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Output format.", valueName: "text|json|sarif|github"))
    var format: ReportFormat = .text

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The PATHs are drafts: compare them with these files and folders too, and report only findings that involve a draft.", valueName: "source"))
    var against: [String] = []

    @Flag(help: "The PATHs are drafts: compare them with 'against' in .factcheck.yml (default: its folder) and report only findings that involve a draft (the pre-commit hook does this).")
    var drafts = false

    @Option(help: ArgumentHelp("Report only findings with a claim on a line changed since this git revision (every source is still compared).", valueName: "ref"))
    var changedSince: String?

    @Flag(help: "Exit 0 when no file is checked (by default a run that checks nothing is an error).")
    var allowEmpty = false

    @Option(help: ArgumentHelp("The folder SARIF artifact paths and GitHub annotation paths are relative to (default: the working directory); set it to the repository root when running from elsewhere.", valueName: "dir"))
    var root: String?

    @Option(help: ArgumentHelp("The lowest level that makes the exit status 1 (default: fail-level in .factcheck.yml, else warning).", valueName: "error|warning|note"))
    var failLevel: Level?

    @Option(help: ArgumentHelp("Report only findings not in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Write every finding to this baseline file instead of reporting them, and exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Colour in text output.", valueName: "auto|always|never"))
    var color: ColorChoice = .auto

    func validate() throws {
        if let root {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--root \(root): no such folder; give the repository's root folder")
            }
        }
        if input.readsStandardInput, drafts || !against.isEmpty {
            throw ValidationError("'-' (standard input) cannot be a draft checked --against sources yet; save it to a file")
        }
    }

    func run() async throws {
        let checker = try await input.makeChecker()
        var run = try await exitingOnInputErrors {
            if input.readsStandardInput {
                let (source, warnings) = try input.standardInput()
                return try checker.check(sources: [source], warnings: warnings)
            }
            if drafts || !against.isEmpty {
                let sources = against.isEmpty ? checker.configuration.draftSources : against
                return try await checker.check(drafts: input.paths, against: sources, forcedFormat: input.inputType, jobs: input.jobs)
            }
            return try await checker.check(paths: input.paths, forcedFormat: input.inputType, jobs: input.jobs)
        }
        for line in DiagnosticsFormatter.lines(for: run) { Console.note(line) }
        if run.checkedFileCount == 0, !allowEmpty {
            let reason = run.skipped.isEmpty ? "the paths hold no .txt, .text, .md, .markdown, .html or .htm file"
                : "every input was skipped (see above)"
            Console.error("factcheck: error: no file was checked: \(reason); name files FactCheck reads, or pass --allow-empty when an empty run is fine")
            throw ExitCode(2)
        }
        if let writeBaseline {
            let written = Baseline(run: run, folder: FilePath.folder(of: writeBaseline))
            try await exitingOnInputErrors { try written.write(to: writeBaseline) }
            let count = written.entries.count
            return Console.note("factcheck: wrote \(count) finding\(count == 1 ? "" : "s") to the baseline \(writeBaseline); check with --baseline \(writeBaseline)")
        }
        if let baseline {
            let outcome = try await exitingOnInputErrors {
                try Baseline.load(path: baseline).apply(to: run, folder: FilePath.folder(of: baseline), name: baseline)
            }
            run = outcome.run
            if outcome.staleEntries > 0 {
                Console.note("factcheck: \(outcome.staleEntries) baseline entr\(outcome.staleEntries == 1 ? "y matches" : "ies match") no finding any more (fixed?); refresh \(baseline) with --write-baseline")
            }
        }
        if let changedSince {
            let changed = try await exitingOnInputErrors { try ChangedLines.since(changedSince) }
            run = run.limited(to: changed)
        }

        let failLevel = failLevel ?? checker.configuration.failLevel ?? .warning
        let failing = run.findings.contains { $0.level >= failLevel }
        let exitCode = failing ? 1 : 0
        switch format {
        case .text:
            Console.write(TextReporter.render(run, color: color.enabled))
        case .json:
            Console.write(try JSONReporter.render(run) + "\n")
        case .github:
            Console.write(GitHubReporter.render(run, root: root))
        case .sarif:
            let commandLine = CommandLine.arguments.joined(separator: " ")
            Console.write(try SARIFReporter.render(run, workingDirectory: FileManager.default.currentDirectoryPath, root: root,
                                                   invocation: (exitCode: exitCode, commandLine: commandLine)) + "\n")
        }
        if failing { throw ExitCode(1) }
    }
}

enum ColorChoice: String, ExpressibleByArgument {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: Console.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}
