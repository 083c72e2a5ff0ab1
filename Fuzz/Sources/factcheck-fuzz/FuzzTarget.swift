import FactCheck
import Foundation

/// One entry point a user's bytes reach, fed whatever libFuzzer makes up.
///
/// Each target must return normally on any input: a crash, a sanitizer report or a hang is the
/// finding. Errors a parser throws are its answer to bad input, so they are ignored here.
struct FuzzTarget: Sendable {
    let name: String
    let summary: String
    let run: @Sendable ([UInt8]) -> Void

    static let all: [FuzzTarget] = [
        FuzzTarget(name: "text", summary: "plain-text prose reader (suppression directives, sentences)") { bytes in
            readProse(bytes, format: .plain)
        },
        FuzzTarget(name: "markdown", summary: "Markdown prose reader") { bytes in
            readProse(bytes, format: .markdown)
        },
        FuzzTarget(name: "html", summary: "HTML prose reader") { bytes in
            readProse(bytes, format: .html)
        },
        FuzzTarget(name: "numbers", summary: "the whole document pass on plain text: extraction, facts, checks") { bytes in
            analyze(bytes, format: .plain)
        },
        FuzzTarget(name: "rules", summary: "a --rules YAML file on top of the built-in rules, then compiled") { bytes in
            guard let kind = bytes.first else { return }
            let name = RuleSet.fileNames[Int(kind) % RuleSet.fileNames.count]
            var rules = Shared.builtinRules
            do {
                try rules.read(text: String(decoding: bytes.dropFirst(), as: UTF8.self), name: name, displayPath: "fuzz/\(name)")
                _ = try Extractor(rules: rules)
            } catch {}
        },
        FuzzTarget(name: "configuration", summary: ".factcheck.yml, then its globs on a few paths") { bytes in
            guard let configuration = try? Configuration.parse(String(decoding: bytes, as: UTF8.self), file: "/fuzz/.factcheck.yml", root: "/fuzz")
            else { return }
            for path in ["/fuzz/a.txt", "/fuzz/wire/ap/b.md", "/fuzz/.hidden/c.html", "/elsewhere/d.txt"] {
                _ = configuration.skipReason(for: path)
                _ = configuration.excludesFolder(path)
                _ = configuration.metadata(for: path)
            }
        },
        FuzzTarget(name: "baseline", summary: "a --baseline JSON file") { bytes in
            _ = try? Baseline.decode(Data(bytes), path: "fuzz-baseline.json")
        },
        FuzzTarget(name: "lsp", summary: "language-server framing, JSON-RPC envelopes, params and edits") { bytes in
            lsp(bytes)
        },
    ]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// What every run shares: built once, before the first input.
enum Shared {
    static let builtinRules: RuleSet = try! RuleSet.builtin()
    static let checker: FactChecker = try! FactChecker(rules: builtinRules)
    static let scratch = ThreadLocalScratch()
}

/// libFuzzer calls the target on one thread; the scratch is that thread's.
final class ThreadLocalScratch: @unchecked Sendable {
    let scratch = MatchScratch()
}

private func readProse(_ bytes: [UInt8], format: InputFormat) {
    guard let (source, _) = try? SourceLoader.decode(path: "fuzz", bytes: bytes, format: format) else { return }
    let prose = ProseReader.read(source)
    // Every prose byte maps back inside the source: a report would otherwise point past the file.
    for offset in [0, prose.bytes.count / 2, prose.bytes.count] {
        let mapped = prose.offsets.sourceOffset(offset)
        precondition((0...source.bytes.count).contains(mapped), "prose offset \(offset) maps to \(mapped), outside the source")
    }
    for sentence in prose.sentences {
        precondition(sentence.upperBound <= prose.bytes.count, "sentence \(sentence) ends past the prose (\(prose.bytes.count) bytes)")
    }
}

private func analyze(_ bytes: [UInt8], format: InputFormat) {
    guard let (source, _) = try? SourceLoader.decode(path: "fuzz.txt", bytes: bytes, format: format) else { return }
    _ = try? Shared.checker.analyze(source, scratch: Shared.scratch.scratch)
}

private func lsp(_ bytes: [UInt8]) {
    var framing = MessageFraming()
    var buffer: TextBuffer?
    // Reads end anywhere: feed the input in pieces whose sizes come from the input itself.
    var index = 0
    while index < bytes.count {
        let piece = 1 + Int(bytes[index]) % 64
        framing.append(bytes[index..<min(bytes.count, index + piece)])
        index += piece
        while let item = framing.next() {
            guard case .body(let body) = item, case .success(let message) = JSONRPC.Incoming.parse(Data(body)) else { continue }
            if case .success(let open) = message.params(LSP.DidOpenTextDocumentParams.self) {
                let item = open.textDocument
                buffer = TextBuffer(uri: item.uri, languageId: item.languageId, version: item.version, text: item.text)
            }
            if case .success(let change) = message.params(LSP.DidChangeTextDocumentParams.self) {
                for encoding in PositionEncoding.allCases {
                    var copy = buffer
                    copy?.apply(change.contentChanges, version: change.textDocument.version, encoding: encoding)
                }
            }
            _ = message.params(LSP.InitializeParams.self)
            _ = message.params(LSP.CodeActionParams.self)
            _ = message.params(LSP.TextDocumentPositionParams.self)
        }
    }
}
