/// Why an input could not be read. Each message names the file and says what to do.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case noSuchFile(path: String)
    case unreadable(path: String, reason: String)
    /// The file holds NUL bytes: binary data or UTF-16 text, neither of which FactCheck reads.
    case binary(path: String)
    /// A file FactCheck needs (a baseline, a configuration) that cannot be used as it is; `problem` says what to do.
    case unusable(path: String, problem: String)
    /// The file was read but could not be fully checked (a pattern gave up on it): it must not pass silently.
    case incomplete(path: String, reason: String)

    public var path: String {
        switch self {
        case .noSuchFile(let path), .unreadable(let path, _), .binary(let path), .unusable(let path, _), .incomplete(let path, _): path
        }
    }

    /// The reason to report when the run skips this file instead of stopping, or nil when the
    /// error must stop the run (a path the user named that is not there is a usage mistake). A file
    /// that cannot be read is skipped, as an unlistable folder is: one bad file in an archive must
    /// not stop the report on the rest (a run left with no file fails for that reason).
    public var skipReason: String? {
        switch self {
        case .binary: "binary file (it contains NUL bytes; save text as UTF-8)"
        case .unreadable(_, let reason): "cannot be read (\(reason); check its permissions)"
        case .noSuchFile, .unusable, .incomplete: nil
        }
    }

    public var description: String {
        let path = TerminalText.escaped(path)
        return switch self {
        case .noSuchFile:
            "\(path): no such file or directory; check the path"
        case .unreadable(_, let reason):
            "\(path): cannot read the file (\(reason)); check that it exists and you may read it"
        case .binary:
            "\(path): binary file (it contains NUL bytes); FactCheck reads UTF-8 text, Markdown and HTML"
        case .unusable(_, let problem):
            "\(path): \(problem)"
        case .incomplete(_, let reason):
            "\(path): could not be fully checked, so it is not passed: \(reason)"
        }
    }
}
