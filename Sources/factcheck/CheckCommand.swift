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

    @Option(help: ArgumentHelp("With the path '-': the name standard input is reported under (its extension picks the format).", valueName: "name"))
    var stdinFilename = "<stdin>"

    @Option(help: ArgumentHelp("The folder SARIF artifact paths are relative to (default: the working directory); set it to the repository root when running from elsewhere.", valueName: "dir"))
    var root: String?

    @Option(help: ArgumentHelp("The lowest level that makes the exit status 1 (default: fail-level in .factcheck.yml, else warning).", valueName: "error|warning|note"))
    var failLevel: Level?

    @Option(help: ArgumentHelp("Report only findings not in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Write every finding to this baseline file instead of reporting them, and exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Colour in text output.", valueName: "auto|always|never"))
    var color: ColorChoice = .auto

    func run() async throws {
        let checker = try await input.makeChecker()
        var run = try await exitingOnInputErrors {
            if input.paths.contains("-") { return try checkStandardInput(checker) }
            return try await checker.check(paths: input.paths, forcedFormat: input.inputType, jobs: input.jobs)
        }
        for line in DiagnosticsFormatter.lines(for: run) { Console.note(line) }
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

        let failLevel = failLevel ?? checker.configuration.failLevel ?? .warning
        let failing = run.findings.contains { $0.level >= failLevel }
        let exitCode = failing ? 1 : 0
        switch format {
        case .text:
            Console.write(TextReporter.render(run, color: color.enabled))
        case .json:
            Console.write(try JSONReporter.render(run) + "\n")
        case .github:
            Console.write(GitHubReporter.render(run))
        case .sarif:
            let commandLine = CommandLine.arguments.joined(separator: " ")
            Console.write(try SARIFReporter.render(run, workingDirectory: FileManager.default.currentDirectoryPath, root: root,
                                                   invocation: (exitCode: exitCode, commandLine: commandLine)) + "\n")
        }
        if failing { throw ExitCode(1) }
    }
}

extension CheckCommand {
    /// `factcheck check - --stdin-filename draft.md`: an editor's buffer or a pipe, checked as that file.
    func checkStandardInput(_ checker: FactChecker) throws -> CheckRun {
        guard input.paths == ["-"] else { throw ValidationError("'-' (standard input) cannot be combined with other paths") }
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let format = input.inputType ?? InputFormat.detect(path: stdinFilename) ?? .plain
        let (source, warnings) = try SourceLoader.decode(path: stdinFilename, bytes: bytes, format: format)
        return try checker.check(sources: [source], warnings: warnings)
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
