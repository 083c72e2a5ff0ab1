import Testing
@testable import FactCheck

@Suite struct TagSearchTests {
    /// What failed searches teach must never change an answer: on random runs of "<", ">", "=",
    /// quotes and letters, queried as the readers query (starts in order, limits that vary as
    /// lines do), every answer equals a search from scratch.
    @Test func rememberedFailuresGiveTheAnswersOfSearchesFromScratch() {
        var random = SplitMix(seed: 14)
        let alphabet = Array("<<<>=\"' ab/".utf8)
        for _ in 0..<400 {
            let source = (0..<Int(random.next() % 60 + 1)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            var search = TagSearch(source: source)
            for open in source.indices where source[open] == UInt8(ascii: "<") {
                let limit = open + 1 + Int(random.next() % UInt64(source.count - open))
                #expect(search.tagEnd(openedAt: open, from: open + 1, limit: limit) == Self.tagEnd(source, from: open + 1, limit: limit),
                        "\(String(decoding: source, as: UTF8.self).debugDescription) at \(open) before \(limit)")
            }
        }
    }

    @Test func closingTagsAreFoundFromAnyEarlierStart() {
        let source = Array("<pre> a </PRE> b <pre> c".utf8)
        var search = TagSearch(source: source)
        #expect(search.closingTag(Array("</pre".utf8), from: 5) == 8..<13)
        #expect(search.closingTag(Array("</pre".utf8), from: 6) == 8..<13)
        #expect(search.closingTag(Array("</pre".utf8), from: 20) == nil)
        #expect(search.closingTag(Array("</pre".utf8), from: 21) == nil)
        #expect(search.closingTag(Array("</pre".utf8), from: 0) == 8..<13)
    }

    /// The search as it was before failures were remembered: the reference.
    private static func tagEnd(_ source: [UInt8], from start: Int, limit: Int) -> Int? {
        var index = start, afterEquals = false
        while index < limit {
            let byte = source[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "=") {
                afterEquals = true
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                if afterEquals {
                    guard let close = source[(index + 1)..<limit].firstIndex(of: byte) else { return nil }
                    index = close
                }
                afterEquals = false
            } else if byte != UInt8(ascii: " ") {
                afterEquals = false
            }
            index += 1
        }
        return nil
    }
}

/// A seeded generator, so a failure is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
