import Synchronization

/// The lines of workspace files that diagnostics point into, read from disk once and kept until the
/// index changes: a dispute names the same wire sentences keystroke after keystroke.
final class TextLinesCache: Sendable {
    private let lines = Mutex<[String: TextLines?]>([:])

    /// The file's lines (nil: it cannot be read), read on first use.
    func lines(of path: String) -> TextLines? {
        if let known = lines.withLock({ $0[path] }) { return known }
        let read = (try? SourceLoader.load(path: path, format: InputFormat.detect(path: path) ?? .plain)).map { TextLines(bytes: $0.0.bytes, firstLineStart: $0.0.lines.lineStarts[0]) }
        lines.withLock { $0[path] = .some(read) }
        return read
    }

    /// Forgets everything (files on disk changed).
    func removeAll() {
        lines.withLock { $0.removeAll() }
    }
}
