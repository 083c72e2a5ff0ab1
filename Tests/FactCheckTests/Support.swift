@testable import FactCheck

/// Shared, compiled once: the built-in rules and an extractor over them.
enum Fixtures {
    static let rules: RuleSet = try! RuleSet.builtin()
    static let extractor: Extractor = try! Extractor(rules: rules)

    /// A plain-text document of `text`, one sentence per line.
    static func document(_ text: String, path: String = "test.txt") -> Document {
        let bytes = Array(text.utf8)
        var sentences: [Range<Int>] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if offset > start { sentences.append(start..<offset) }
            start = offset + 1
        }
        if bytes.count > start { sentences.append(start..<bytes.count) }
        let source = SourceFile(path: path, bytes: bytes, format: .plain)
        return Document(source: source, prose: Prose(bytes: bytes, offsets: .identity(length: bytes.count), sentences: sentences))
    }

    static func quantities(_ text: String) throws -> [Quantity] {
        try extractor.extract(from: document(text), scratch: MatchScratch())
    }

    static let factBuilder: FactBuilder = try! FactBuilder(rules: rules)

    /// The facts of `text`, each with its claim frame.
    static func facts(_ text: String) throws -> [Fact] {
        let document = document(text)
        let scratch = MatchScratch()
        return factBuilder.facts(in: document, quantities: try extractor.extract(from: document, scratch: scratch), scratch: scratch)
    }
}
