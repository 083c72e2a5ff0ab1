import Foundation

/// `file:` URIs and paths: the editor names documents by URI, FactCheck by path.
public enum FileURI {
    /// The path of a `file:` URI, percent-decoded; any other URI (`untitled:Untitled-1`) stands for itself.
    public static func path(of uri: String) -> String {
        guard uri.lowercased().hasPrefix("file://") else { return uri }
        var rest = uri.dropFirst("file://".count)
        // "file://host/path": the authority is dropped, the path kept ("file:///path" has an empty one).
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }
        return String(rest).removingPercentEncoding ?? String(rest)
    }

    /// The `file:` URI of an absolute path.
    public static func uri(of path: String) -> String {
        "file://" + ArtifactURI.percentEncoded(path)
    }
}
