/// A path pattern from `.factcheck.yml` (`wire/**/*.txt`, `*.draft.md`, `archive/`), matched
/// against paths relative to the configuration's folder.
///
/// The syntax is the one .gitignore and most linters use: `*` and `?` stay within one path
/// component, `**` crosses components, `[abc]`/`[!abc]` are classes and `{a,b}` alternatives.
/// A pattern without a "/" matches a name at any depth; a pattern that matches a folder matches
/// everything inside it. Translated to an anchored PCRE2 pattern, which ``GlobSet`` compiles
/// together with the other globs of its list.
public enum Glob {
    static func regex(for glob: String) -> String {
        var body = Substring(glob)
        // A leading "/" only anchors at the configuration's folder, which every pattern is.
        let anchored = body.hasPrefix("/") || body.dropLast().contains("/")
        while body.hasPrefix("/") { body = body.dropFirst() }
        while body.hasSuffix("/") { body = body.dropLast() }
        var regex = anchored ? "^" : "^(?:.*/)?"
        let characters = Array(body)
        var index = 0
        var braceDepth = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*":
                if index + 1 < characters.count, characters[index + 1] == "*" {
                    let slashFollows = index + 2 < characters.count && characters[index + 2] == "/"
                    regex += slashFollows ? "(?:.*/)?" : ".*"
                    index += slashFollows ? 3 : 2
                    continue
                }
                regex += "[^/]*"
            case "?":
                regex += "[^/]"
            case "[":
                if let close = characters[(index + 1)...].firstIndex(of: "]"), close > index + 1 {
                    var members = String(characters[(index + 1)..<close])
                    if members.hasPrefix("!") { members = "^" + members.dropFirst() }
                    regex += "[" + members.replacingOccurrences(of: "\\", with: "\\\\") + "]"
                    index = close + 1
                    continue
                }
                regex += "\\["
            case "{":
                braceDepth += 1
                regex += "(?:"
            case "," where braceDepth > 0:
                regex += "|"
            case "}" where braceDepth > 0:
                braceDepth -= 1
                regex += ")"
            case "\\":
                regex += "\\\\"
            default:
                regex += character.isLetter || character.isNumber ? String(character) : "\\Q\(character)\\E"
            }
            index += 1
        }
        regex += String(repeating: ")", count: braceDepth)
        return regex + "(?:/.*)?$"
    }
}
