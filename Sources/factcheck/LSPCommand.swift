import ArgumentParser
import FactCheck
import Foundation

/// `factcheck lsp`: the language server, speaking LSP over standard input and output.
struct LSPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server: check drafts in an editor against the workspace as they are typed.",
        discussion: "Speaks the Language Server Protocol over standard input and output; log lines go to stderr. Exit status: 0 after shutdown and exit, 1 when the client goes away without them."
    )

    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of rule files that add to or override the built-in rules (repeatable).", valueName: "dir"))
    var ruleDirectories: [String] = []

    @Flag(help: "Accepted for editors that pass it: standard input and output are the only transport.")
    var stdio = false

    func run() async throws {
        // A client that dies mid-write must not kill the server with SIGPIPE: the write fails, and end of input follows.
        signal(SIGPIPE, SIG_IGN)
        let server = LanguageServer(ruleDirectories: ruleDirectories, output: { StdioTransport.write($0) })
        for await item in StdioTransport.items() {
            switch item {
            case let .body(body): await server.receive(body)
            case let .badHeader(reason): await server.receiveBadHeader(reason)
            }
            if let code = await server.exitCode { Foundation.exit(code) }
        }
        Foundation.exit(await server.endOfInput())
    }
}
