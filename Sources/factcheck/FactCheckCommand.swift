import ArgumentParser
import FactCheck
import Foundation

/// `factcheck`: the root command. Exit status 0 clean, 1 findings, 2 usage, input or configuration error.
@main
struct FactCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Extract the numbers in news copy and check them for consistency.",
        version: "factcheck \(BuildInfo.version) (commit \(BuildInfo.commit))",
        subcommands: [CheckCommand.self, FactsCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, LSPCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// ArgumentParser exits 64 on usage errors; the contract says 2.
    static func main() async {
        if let typo = mistypedSubcommand(CommandLine.arguments.dropFirst().first) {
            Console.error("factcheck: error: unknown command '\(typo.word)' (did you mean '\(typo.command)'?); run 'factcheck --help' for the commands, or name a file that exists")
            Foundation.exit(2)
        }
        if let word = singleDashWord(in: CommandLine.arguments.dropFirst()) {
            Console.error("factcheck: error: unknown option '\(TerminalText.escaped(word))'; a file whose name starts with '-' goes after '--' (factcheck check -- \(TerminalText.escaped(word))) or as ./\(TerminalText.escaped(word))")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            Console.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

extension FactCheckCommand {
    /// `factcheck check -dash.txt`: ArgumentParser reads "-dash.txt" as the short flags -d -a -s -h
    /// and prints the help (exit 0), checking nothing. The only short option is -h, so a word of one
    /// dash and several characters before "--" (other than a negative number) is a file name or a typo.
    static func singleDashWord(in arguments: ArraySlice<String>) -> String? {
        for word in arguments {
            if word == "--" { return nil }
            if word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 2, Double(word) == nil { return word }
        }
        return nil
    }

    /// `factcheck chek stories/`: the default subcommand would read "chek" as a missing file. A first
    /// argument that is no file, no option and no command, but close to a command's name, is a typo.
    static func mistypedSubcommand(_ word: String?) -> (word: String, command: String)? {
        guard let word, !word.hasPrefix("-"), !FileManager.default.fileExists(atPath: word) else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(word), let match = DidYouMean.suggestion(for: word, among: names) else { return nil }
        return (word, match)
    }
}

/// Where messages for people go: stderr, so stdout stays a clean report.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasPrefix("factcheck:") || message.contains(": ") ? message : "factcheck: error: \(message)").utf8 + [10]))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8 + [10]))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
