/// A rule file that cannot be used: points at the YAML line and says what to do.
public struct RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(TerminalText.escaped(file))\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
