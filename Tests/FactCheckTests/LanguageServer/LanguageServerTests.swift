import Foundation
import Synchronization
import Testing
@testable import FactCheck

/// The server in-process: what it publishes for a session, and that a superseded version is never published.
@Suite struct LanguageServerTests {
    /// Collects what the server writes.
    final class Transcript: Sendable {
        private let messages = Mutex<[[UInt8]]>([])

        func append(_ bytes: [UInt8]) { messages.withLock { $0.append(bytes) } }

        /// The published diagnostics in order: (version, rule ids).
        func published() throws -> [(version: Int?, codes: [String])] {
            var framing = MessageFraming()
            messages.withLock { for message in $0 { framing.append(message) } }
            var found: [(version: Int?, codes: [String])] = []
            while case let .body(body)? = framing.next() {
                struct Publish: Decodable { var method: String?; var params: LSP.PublishDiagnosticsParams? }
                let message = try JSONDecoder().decode(Publish.self, from: Data(body))
                if message.method == "textDocument/publishDiagnostics", let params = message.params {
                    found.append((params.version, params.diagnostics.map(\.code)))
                }
            }
            return found
        }
    }

    private func send(_ server: LanguageServer, _ json: String) async {
        await server.receive(Array(json.utf8))
    }

    private func start(debounce: Int) async -> (LanguageServer, Transcript) {
        let transcript = Transcript()
        let server = LanguageServer(jobs: 1, output: { transcript.append($0) })
        await send(server, #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"initializationOptions":{"debounceMs":\#(debounce)}}}"#)
        await send(server, #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        return (server, transcript)
    }

    private func change(_ version: Int, _ text: String) -> String {
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:draft","version":\#(version)},"contentChanges":[{"text":"\#(text)"}]}}"#
    }

    @Test func editsInQuickSuccessionPublishOnlyTheLatestVersion() async throws {
        let (server, transcript) = await start(debounce: 200)
        await send(server, #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:draft","languageId":"plaintext","version":1,"text":"Clean."}}}"#)
        await server.settle()
        await send(server, change(2, "It runs 6, 200 km."))
        await send(server, change(3, "It runs 6, 300 km and 12,,300 m."))
        await server.settle()
        let published = try transcript.published()
        #expect(published.map(\.version) == [1, 3])
        #expect(published.last?.codes == ["malformed-number", "malformed-number"])
    }

    @Test func exitStatusFollowsShutdown() async {
        let (server, _) = await start(debounce: 0)
        #expect(await server.endOfInput() == 1)
        await send(server, #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
        await send(server, #"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(await server.exitCode == 0)
    }
}
