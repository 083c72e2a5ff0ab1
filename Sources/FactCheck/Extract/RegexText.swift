/// Builds PCRE2 pattern text from rule words.
enum RegexText {
    /// A literal word or phrase as a pattern: metacharacters escaped, each space matching any run of white space.
    static func literal(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                // Multi-word names stay on one line: "square\nkilometres" across a line break is not a unit.
                if !lastWasSpace { result += #"\h+"# }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if #"\^$.|?*+()[]{}#/-"#.unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// An alternation of literals as a trie ("k(?:m|ilometres?)"), so PCRE2 steps through a
    /// word's letters instead of trying hundreds of aliases one by one. At every branch the
    /// longer continuation is tried first, so "square kilometres" wins over "square".
    static func alternation(_ words: some Sequence<String>) -> String {
        let unique = Set(words.filter { !$0.isEmpty }).map { Array($0.unicodeScalars) }
        guard !unique.isEmpty else { return "(?!)" }
        return "(?:" + trie(unique.sorted { $0.lexicographicallyPrecedes($1) }) + ")"
    }

    private static func trie(_ words: [[Unicode.Scalar]]) -> String {
        var endsHere = false
        var branches: [(first: Unicode.Scalar, rests: [[Unicode.Scalar]])] = []
        for word in words {
            guard let first = word.first else { endsHere = true; continue }
            if branches.last?.first == first {
                branches[branches.count - 1].rests.append(Array(word.dropFirst()))
            } else {
                branches.append((first, [Array(word.dropFirst())]))
            }
        }
        let parts = branches.map { branch -> String in
            let rest = branch.rests.count == 1 && branch.rests[0].isEmpty ? "" : trie(branch.rests)
            return literal(String(branch.first)) + rest
        }
        guard !parts.isEmpty else { return "" }
        let body = parts.count == 1 ? parts[0] : "(?:" + parts.joined(separator: "|") + ")"
        if !endsHere { return body }
        return parts.count == 1 && parts[0].unicodeScalars.count == 1 ? body + "?" : "(?:" + body + ")?"
    }

    /// The lookup key for a matched alias: lower-cased with runs of white space folded to one space.
    static func key(_ text: some StringProtocol) -> String {
        let lowered = text.lowercased()
        // One word, or words with single spaces, is already a key: skip the split and join.
        if !lowered.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 }), !lowered.contains("  ") { return lowered }
        return lowered.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Like ``key(_:)`` but keeping case, for case-sensitive symbols.
    static func symbolKey(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
