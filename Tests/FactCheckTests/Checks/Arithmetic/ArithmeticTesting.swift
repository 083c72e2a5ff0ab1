@testable import FactCheck

/// A case for one arithmetic detector: the text and the stated figure it must flag (nil: clean).
struct ArithmeticCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// The flagged figure as written, or nil when the text must raise nothing.
    var flags: String?
    var testDescription: String { text }

    static func flag(_ text: String, at stated: String) -> ArithmeticCase { ArithmeticCase(text: text, flags: stated) }
    static func clean(_ text: String) -> ArithmeticCase { ArithmeticCase(text: text, flags: nil) }
}

enum ArithmeticTesting {
    static let settings = CheckSettings()
    static let cues = Fixtures.rules.arithmetic

    /// Runs `detector` on `text` (one sentence per line), optionally with front-matter metadata.
    static func run(_ detector: some ArithmeticDetector, _ text: String, metadata: [String: String] = [:]) throws -> [(stated: String, message: String)] {
        var document = Fixtures.document(text)
        if !metadata.isEmpty {
            document = Document(source: document.source, prose: Prose(bytes: document.prose.bytes, offsets: document.prose.offsets,
                                                                        sentences: document.prose.sentences, metadata: metadata))
        }
        let quantities = try Fixtures.extractor.extract(from: document, scratch: MatchScratch())
        return detector.mismatches(in: ArithmeticProse(document: document, quantities: quantities))
            .map { (document.source.text($0.stated.span), $0.message) }
    }

    /// Checks one case: exactly the expected figure is flagged, or nothing.
    static func expect(_ detector: some ArithmeticDetector, _ example: ArithmeticCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = try run(detector, example.text)
        if let stated = example.flags {
            #expect(found.map(\.stated) == [stated], "got \(found.map(\.message))", sourceLocation: sourceLocation)
        } else {
            #expect(found.isEmpty, "should be clean, got \(found.map(\.message))", sourceLocation: sourceLocation)
        }
    }
}

import Testing
