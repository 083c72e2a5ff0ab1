import Foundation

/// Paths as the user gave them, made absolute and normalized lexically: the one rule the
/// configuration, baselines and report URIs share for "where is this file".
public enum FilePath {
    /// `path` made absolute against `base` (by default the working directory), with ".", ".." and
    /// repeated slashes resolved without touching the file system; "" for the root.
    public static func absolute(_ path: String, from base: String = FileManager.default.currentDirectoryPath) -> String {
        var parts: [Substring] = []
        for part in (path.hasPrefix("/") ? path : base + "/" + path).split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? "" : "/" + parts.joined(separator: "/")
    }

    /// The absolute folder holding the file at `path`.
    public static func folder(of path: String) -> String {
        let absolute = absolute(path)
        guard let slash = absolute.lastIndex(of: "/"), slash != absolute.startIndex else { return "/" }
        return String(absolute[..<slash])
    }

    /// `path` relative to the absolute folder `root`, or nil when it lies outside.
    public static func relative(_ path: String, to root: String) -> String? {
        let absolute = absolute(path)
        let base = root.hasSuffix("/") ? root : root + "/"
        guard absolute.hasPrefix(base) else { return nil }
        return String(absolute.dropFirst(base.count))
    }
}
