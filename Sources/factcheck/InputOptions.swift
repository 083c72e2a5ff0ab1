import ArgumentParser
import FactCheck
import Foundation

/// Options shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .md, .markdown, .html, .htm); folders are walked. '-' reads standard input; '--' ends the options (a file named '-draft.md').")
    var paths: [String]

    @Option(help: ArgumentHelp("With the path '-': the name standard input is reported under (its extension picks the format).", valueName: "name"))
    var stdinFilename: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of rule files that add to or override the built-in rules (repeatable).", valueName: "dir"))
    var ruleDirectories: [String] = []

    @Option(help: ArgumentHelp("Read every file as this type, whatever its extension.", valueName: "text|markdown|html"))
    var inputType: InputFormat?

    @Option(help: "How many documents to read at once; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var project: ConfigurationOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if readsStandardInput, paths.count > 1 { throw ValidationError("'-' (standard input) cannot be combined with other paths") }
        if stdinFilename != nil, !readsStandardInput {
            throw ValidationError("--stdin-filename names standard input, which is read only with the path '-' (factcheck check - --stdin-filename draft.md)")
        }
    }

    /// The path '-': read standard input (an editor's buffer, a pipe) as the file `--stdin-filename` names.
    var readsStandardInput: Bool { paths.contains("-") }

    /// Standard input as a source, under its `--stdin-filename`.
    func standardInput() throws(InputError) -> (SourceFile, [InputWarning]) {
        let name = stdinFilename ?? "<stdin>"
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        return try SourceLoader.decode(path: name, bytes: bytes, format: inputType ?? InputFormat.detect(path: name) ?? .plain)
    }

    /// The configuration, rules and checker, or a one-line error naming the file and line.
    func makeChecker() async throws -> FactChecker {
        try await exitingOnInputErrors {
            let configuration = try project.load()
            return try FactChecker(rules: try configuration.ruleSet(extraDirectories: ruleDirectories), configuration: configuration)
        }
    }
}

/// `--config FILE` / `--no-config`: which `.factcheck.yml` applies.
struct ConfigurationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The configuration file; by default the nearest .factcheck.yml in the working directory or above.", valueName: "file"))
    var config: String?

    @Flag(help: "Use no configuration file, only the built-in defaults.")
    var noConfig = false

    func validate() throws {
        if config != nil, noConfig { throw ValidationError("--config and --no-config cannot be combined") }
    }

    func load() throws -> Configuration {
        if noConfig { return Configuration() }
        if let config {
            guard FileManager.default.fileExists(atPath: config) else {
                throw InputError.unusable(path: config, problem: "no such configuration file; check --config, or write one with 'factcheck init'")
            }
            return try Configuration.load(path: config)
        }
        return try Configuration.discover().map(Configuration.load(path:)) ?? Configuration()
    }
}

/// Runs `body`; an input, rule or pattern error becomes its one-line message on stderr and exit status 2.
func exitingOnInputErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as InputError {
        Console.error("factcheck: error: \(error)")
    } catch let error as RuleFileError {
        Console.error("factcheck: error: \(error)")
    } catch let error as RegexError {
        Console.error("factcheck: error: \(error)")
    }
    throw ExitCode(2)
}

extension InputFormat: ExpressibleByArgument {}
