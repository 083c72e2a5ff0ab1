extension InputFormat {
    /// The format a file's extension names, or nil when FactCheck does not read that kind of file.
    ///
    /// Matching is case-insensitive ("REPORT.MD" is Markdown). A file without an extension is nil:
    /// the caller reports it as skipped unless the user forces a format.
    public static func detect(path: String) -> InputFormat? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .plain
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        default: return nil
        }
    }
}
