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
                // Log messages come too (the index says when it is done): only diagnostics are read.
                struct Method: Decodable { var method: String? }
                struct Publish: Decodable { var params: LSP.PublishDiagnosticsParams }
                guard try JSONDecoder().decode(Method.self, from: Data(body)).method == "textDocument/publishDiagnostics" else { continue }
                let params = try JSONDecoder().decode(Publish.self, from: Data(body)).params
                found.append((params.version, params.diagnostics.map(\.code)))
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

    @Test func aDraftOpenedWhileTheWorkspaceIsIndexedGetsItsCrossFileDiagnostics() async throws {
        let folder = try CLIRunner.folder(["wire.txt": "Officials said 54,000 US troops are stationed in Japan.\n"])
        let transcript = Transcript()
        let server = LanguageServer(jobs: 1, output: { transcript.append($0) })
        let root = FileURI.uri(of: folder.path), uri = FileURI.uri(of: folder.appendingPathComponent("draft.txt").path)
        await send(server, #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"workspaceFolders":[{"uri":"\#(root)","name":"news"}],"initializationOptions":{"debounceMs":0}}}"#)
        // The index starts here and the draft opens at once: its first check may compare with no sources.
        await send(server, #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        await send(server, #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"plaintext","version":1,"text":"Some 45,000 US troops are stationed in Japan.\n"}}}"#)
        await server.settle()
        #expect(try transcript.published().last?.codes == ["conflicting-value"])

        // Whatever order the checks finish in: one begun before sources were installed is never published,
        // even for an unchanged buffer, so it cannot overwrite the check made with them.
        let buffer = try #require(await server.buffers[uri])
        let before = await server.checkContext(for: uri, checker: try #require(await server.checker))
        await send(server, #"{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"\#(FileURI.uri(of: folder.appendingPathComponent("wire.txt").path))","type":2}]}}"#)
        await server.settle()
        let published = try transcript.published().count
        let stale = DraftCheck.run(buffer, context: before)
        #expect(stale.sourcesGeneration < (await server.sourcesGeneration))
        #expect(await server.publish(stale, for: uri, propagate: false) == false)
        #expect(try transcript.published().count == published)
        #expect(try transcript.published().last?.codes == ["conflicting-value"])
    }

    @Test func exitStatusFollowsShutdown() async {
        let (server, _) = await start(debounce: 0)
        #expect(await server.endOfInput() == 1)
        await send(server, #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
        await send(server, #"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(await server.exitCode == 0)
    }
}
