import ArgumentParser
import FactCheck
import Foundation

/// `factcheck init`: writes a commented `.factcheck.yml` to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented .factcheck.yml with the defaults to the working directory.")

    @Flag(help: "Replace an existing .factcheck.yml.")
    var force = false

    func run() throws {
        let path = Configuration.fileNames[0]
        if FileManager.default.fileExists(atPath: path), !force {
            Console.error("factcheck: error: \(path) already exists; edit it, or pass --force to replace it")
            throw ExitCode(2)
        }
        do {
            try Configuration.template.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Console.error("factcheck: error: \(path): cannot write (\(error.localizedDescription)); check the folder is writable")
            throw ExitCode(2)
        }
        Console.note("factcheck: wrote \(path); `factcheck check PATH` now uses it")
    }
}
