/// The `include` or `exclude` globs of a configuration, compiled together: one PCRE2 alternation
/// per few thousand globs instead of one pattern per glob, so a configuration with 300,000 globs
/// loads and matches without 300,000 compiled patterns.
///
/// Each alternative starts with `(*MARK:n)`, n its glob's index: the mark of a match names the
/// first glob (in the configuration's order) that matches, which the "excluded by" message quotes.
public struct GlobSet: Sendable {
    /// A glob that does not compile, with PCRE2's reason.
    public struct InvalidGlob: Error, Sendable {
        public var text: String
        public var error: RegexError
    }

    /// The globs as written.
    public let texts: [String]
    private let chunks: [Pattern]

    /// Source bytes of one alternation before it is split: well under PCRE2's default 64 KB
    /// compiled-pattern limit; a chunk that still fails to compile is halved until it does.
    static let chunkSourceLimit = 16 << 10

    /// No globs: matches nothing.
    public init() {
        texts = []
        chunks = []
    }

    public init(_ texts: [String]) throws(InvalidGlob) {
        self.texts = texts
        let regexes = texts.map(Glob.regex(for:))
        var chunks: [Pattern] = []
        var start = 0
        while start < regexes.count {
            var end = start
            var size = 0
            while end < regexes.count, end == start || size + regexes[end].utf8.count <= Self.chunkSourceLimit {
                size += regexes[end].utf8.count
                end += 1
            }
            try Self.compile(start..<end, regexes: regexes, texts: texts, into: &chunks)
            start = end
        }
        self.chunks = chunks
    }

    public var isEmpty: Bool { texts.isEmpty }

    /// The first glob (in order) that matches `relativePath` ("wire/ap.txt") or a folder above it.
    public func firstMatch(_ relativePath: String) -> String? {
        firstMatchIndex(relativePath).map { texts[$0] }
    }

    /// The index in ``texts`` of the first glob that matches `relativePath` or a folder above it.
    public func firstMatchIndex(_ relativePath: String) -> Int? {
        for chunk in chunks {
            guard let match = try? chunk.firstMatch(in: relativePath) else { continue }
            guard let mark = match.mark, let index = Int(mark), texts.indices.contains(index) else { continue }
            return index
        }
        return nil
    }

    public func matches(_ relativePath: String) -> Bool { firstMatch(relativePath) != nil }

    /// Compiles `range` as one alternation, halving it while it will not compile; a single glob
    /// that will not compile is the configuration's error. Splits stay O(log n) deep.
    private static func compile(_ range: Range<Int>, regexes: [String], texts: [String], into chunks: inout [Pattern]) throws(InvalidGlob) {
        let alternation = "(?:" + range.map { "(*MARK:\($0))(?:\(regexes[$0]))" }.joined(separator: "|") + ")"
        do {
            chunks.append(try Pattern(alternation))
        } catch {
            guard range.count > 1 else {
                // Compiled alone, the error shows the glob's own pattern, not the alternation.
                do { _ = try Pattern(regexes[range.lowerBound]) } catch let alone { throw InvalidGlob(text: texts[range.lowerBound], error: alone) }
                throw InvalidGlob(text: texts[range.lowerBound], error: error)
            }
            let middle = range.lowerBound + range.count / 2
            try compile(range.lowerBound..<middle, regexes: regexes, texts: texts, into: &chunks)
            try compile(middle..<range.upperBound, regexes: regexes, texts: texts, into: &chunks)
        }
    }
}
