/// Turns a source file into prose, choosing the reader by the file's format.
public enum ProseReader {
    /// The prose of `file`, with its offset map, sentences and metadata.
    ///
    /// Plain text is its own prose (identity map) but for suppression directive lines, which are
    /// blanked; every newline in it ends a sentence (see ``SentenceSplitter``).
    /// `directives` are the file's suppression comments when the caller has scanned them already.
    public static func read(_ file: SourceFile, directives: [SuppressionDirective]? = nil) -> Prose {
        switch file.format {
        case .plain:
            var bytes = file.bytes
            for directive in directives ?? SuppressionDirective.scan(file) {
                bytes.replaceSubrange(directive.span, with: repeatElement(UInt8(ascii: " "), count: directive.span.count))
            }
            return Prose(bytes: bytes, offsets: .identity(length: bytes.count), sentences: SentenceSplitter.split(bytes))
        case .markdown:
            return MarkdownProse.read(file.bytes)
        case .html:
            return HTMLProse.read(file.bytes)
        }
    }
}
