import Foundation

/// Turns input paths into artifact URIs: relative to a root folder when inside it, else file://.
struct ArtifactURI: Sendable {
    /// The absolute, normalized root without a trailing slash ("" for the file system's root).
    let root: String
    /// The absolute, normalized folder relative input paths are relative to.
    let workingDirectory: String

    /// Paths given relative to `workingDirectory` become URIs relative to `root` (by default the same folder).
    init(workingDirectory: String, root: String? = nil) {
        self.workingDirectory = FilePath.absolute(workingDirectory)
        self.root = FilePath.absolute(root ?? workingDirectory)
    }

    /// The `%SRCROOT%` base: `file:///abs/working/dir/` (a base URI must end in a slash).
    var rootURI: String {
        "file://" + Self.percentEncoded(root) + "/"
    }

    /// The artifact location for a path as the user gave it (relative paths are relative to the working directory).
    func location(for path: String) -> SARIFLog.ArtifactLocation {
        let absolute = FilePath.absolute(path, from: workingDirectory)
        if absolute.hasPrefix(root + "/") {
            let relative = String(absolute.dropFirst(root.count + 1))
            return SARIFLog.ArtifactLocation(uri: Self.percentEncoded(relative), uriBaseId: "%SRCROOT%")
        }
        return SARIFLog.ArtifactLocation(uri: "file://" + Self.percentEncoded(absolute))
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters, sub-delims, "@" and "/".
    ///
    /// ":" is encoded too: in a relative reference a colon in the first segment would read as a scheme.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, allowed.contains(Character(scalar)) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    private static let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/")
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
