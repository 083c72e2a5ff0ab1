import Testing
@testable import FactCheck

/// Checks on prose read from `source`: `kept` strings must appear in prose and map back to exactly
/// their own bytes in the source; `dropped` strings must not appear in prose at all. Checked again
/// after a paragraph of multi-byte text, so offsets are bytes and never characters.
func expectProse(
    _ source: String, format: InputFormat, kept: [String], dropped: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    for prefix in ["", "日本 👨‍👩‍👧 \n\n"] {
        let bytes = Array((prefix + source).utf8)
        let prose = ProseReader.read(SourceFile(path: "t", bytes: bytes, format: format))
        for text in kept {
            guard let range = prose.bytes.firstRange(ofBytes: Array(text.utf8)) else {
                Issue.record("\"\(text)\" missing from prose: \(prose.text.debugDescription)", sourceLocation: sourceLocation)
                continue
            }
            let mapped = prose.offsets.sourceRange(range)
            #expect(Array(bytes[mapped]) == Array(text.utf8), "\"\(text)\" maps to \(mapped)", sourceLocation: sourceLocation)
        }
        for text in dropped {
            #expect(prose.bytes.firstRange(ofBytes: Array(text.utf8)) == nil,
                    "\"\(text)\" should not be prose: \(prose.text.debugDescription)", sourceLocation: sourceLocation)
        }
    }
}

/// The sentences of the prose read from `source`.
func proseSentences(_ source: String, format: InputFormat) -> [String] {
    let prose = ProseReader.read(SourceFile(path: "t", bytes: Array(source.utf8), format: format))
    return prose.sentences.map { String(decoding: prose.bytes[$0], as: UTF8.self) }
}

extension [UInt8] {
    func firstRange(ofBytes needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        for start in 0...(count - needle.count) where self[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }
}
