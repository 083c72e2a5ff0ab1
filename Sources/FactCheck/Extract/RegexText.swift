/// Builds PCRE2 pattern text from rule words.
enum RegexText {
    /// A literal word or phrase as a pattern: metacharacters escaped, each space matching any run of white space.
    static func literal(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if !lastWasSpace { result += #"\s+"# }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if #"\^$.|?*+()[]{}#/-"#.unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// An alternation of literals, longest first so that "square kilometres" wins over "square".
    static func alternation(_ words: some Sequence<String>) -> String {
        let unique = Set(words.filter { !$0.isEmpty })
        let sorted = unique.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
        return "(?:" + sorted.map(literal).joined(separator: "|") + ")"
    }

    /// The lookup key for a matched alias: lower-cased with runs of white space folded to one space.
    static func key(_ text: some StringProtocol) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Like ``key(_:)`` but keeping case, for case-sensitive symbols.
    static func symbolKey(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
