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

    /// The pattern of a trie of `words` (sorted). Built and written without recursion: one
    /// node per character, so a rule phrase of any length cannot exhaust the stack.
    private static func trie(_ words: [[Unicode.Scalar]]) -> String {
        var nodes = [TrieNode()]
        for word in words {
            var node = 0
            for scalar in word {
                // Sorted words share a prefix with the previous word only, so a branch is always the last child.
                if let last = nodes[node].children.last, last.scalar == scalar {
                    node = last.node
                } else {
                    nodes.append(TrieNode())
                    nodes[node].children.append((scalar, nodes.count - 1))
                    node = nodes.count - 1
                }
            }
            nodes[node].endsHere = true
        }

        enum Step { case node(Int), text(String) }
        var result = ""
        var steps = [Step.node(0)]
        while let step = steps.popLast() {
            switch step {
            case .text(let text):
                result += text
            case .node(let index):
                let node = nodes[index]
                guard !node.children.isEmpty else { continue }
                // "s?" for one optional character; "(?:…)?" for anything longer.
                let simpleOptional = node.children.count == 1 && nodes[node.children[0].node].children.isEmpty
                    && literal(String(node.children[0].scalar)).unicodeScalars.count == 1
                var pending: [Step] = []
                if node.endsHere, !simpleOptional { pending.append(.text("(?:")) }
                if node.children.count > 1 { pending.append(.text("(?:")) }
                for (offset, child) in node.children.enumerated() {
                    pending.append(.text((offset > 0 ? "|" : "") + literal(String(child.scalar))))
                    pending.append(.node(child.node))
                }
                if node.children.count > 1 { pending.append(.text(")")) }
                if node.endsHere { pending.append(.text(simpleOptional ? "?" : ")?")) }
                steps.append(contentsOf: pending.reversed())
            }
        }
        return result
    }

    private struct TrieNode {
        var endsHere = false
        var children: [(scalar: Unicode.Scalar, node: Int)] = []
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
