/// Where a pattern came from, so errors can point at the rule file line that wrote it.
public struct PatternOrigin: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A pattern that does not compile, or a match that ran past its limits.
public enum RegexError: Error, Sendable, Equatable {
    case compile(pattern: String, offset: Int, message: String, origin: PatternOrigin?)
    case limitExceeded(pattern: String, message: String, origin: PatternOrigin?)
    case matchFailed(code: Int32, message: String)
}

extension RegexError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .compile(pattern, offset, message, origin):
            // The caret sits under the byte PCRE2 stopped at; patterns are shown as written.
            let prefix = origin.map { "\($0): " } ?? ""
            let column = String(decoding: Array(pattern.utf8.prefix(offset)), as: UTF8.self).count
            return "\(prefix)invalid pattern: \(message) at offset \(offset)\n    \(pattern)\n    \(String(repeating: " ", count: column))^"
        case let .limitExceeded(pattern, message, origin):
            let prefix = origin.map { "\($0): " } ?? ""
            // Generated patterns run to many kilobytes: the rule file and line say where to look.
            let shown = pattern.count > 80 ? pattern.prefix(80) + "…" : Substring(pattern)
            return "\(prefix)pattern gave up (\(message)); it backtracks too much, make it more specific: \(shown)"
        case let .matchFailed(code, message):
            return "PCRE2 match failed (\(code)): \(message)"
        }
    }
}
