import Foundation

/// Turns the paths a user named into the files to check and the inputs skipped, with reasons.
public enum InputCollector {
    /// The reason given for a file whose extension FactCheck does not know.
    public static let unknownTypeReason = "not a text, Markdown or HTML file (use --input-type to check it anyway)"

    /// Which inputs a project leaves out (`.factcheck.yml` include/exclude): a reason to skip a
    /// file, and whether a folder is left out whole (so a walk need not enter it).
    public struct Filter: Sendable {
        public var skipReason: @Sendable (String) -> String?
        public var excludesFolder: @Sendable (String) -> Bool

        public init(skipReason: @escaping @Sendable (String) -> String?, excludesFolder: @escaping @Sendable (String) -> Bool) {
            self.skipReason = skipReason
            self.excludesFolder = excludesFolder
        }

        /// Leaves nothing out.
        public static let none = Filter(skipReason: { _ in nil }, excludesFolder: { _ in false })
    }

    /// Files under `paths` (directories walked recursively), sorted by path, each once.
    ///
    /// Hidden files and directories (names starting with ".") inside a walked directory are not
    /// entered; each hidden directory is reported once as skipped. A path the user named is taken
    /// as named, hidden or not. `forcedFormat` overrides extension detection for every file.
    /// Symbolic links to directories are not followed (a link loop would never end).
    /// A path that does not exist throws; a directory with nothing to check is not an error.
    /// Files `filter` leaves out, named or walked, are reported as skipped with its reason.
    public static func collect(paths: [String], forcedFormat: InputFormat?, filter: Filter = .none) throws(InputError)
        -> (files: [(path: String, format: InputFormat)], skipped: [SkippedInput]) {
        var walk = Walk(forcedFormat: forcedFormat, filter: filter)
        for path in paths {
            let status = PathStatus(path)
            switch status {
            case .missing: throw .noSuchFile(path: path)
            case .unusable(let reason): throw .unreadable(path: path, reason: reason)
            case .file, .directory, .special: break
            }
            if status == .directory {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw .unreadable(path: path, reason: "the directory cannot be listed")
                }
                walk.enter(path, names: names)
            } else {
                walk.add(file: path)
            }
        }
        let files = walk.files.sorted { $0.key < $1.key }.map { (path: $0.key, format: $0.value) }
        let skipped = walk.skipped.sorted { $0.key < $1.key }.map { SkippedInput(path: $0.key, reason: $0.value) }
        return (files, skipped)
    }

    private struct Walk {
        let forcedFormat: InputFormat?
        let filter: Filter
        // Keyed by path so a file named twice (or named and walked) is checked once.
        var files: [String: InputFormat] = [:]
        var skipped: [String: String] = [:]
        /// Absolute paths already taken, so "a.md" and "./a.md" (a file named and walked from ".") are one file.
        var locations: Set<String> = []

        mutating func add(file path: String) {
            guard locations.insert(FilePath.absolute(path)).inserted else { return }
            if let reason = filter.skipReason(path) {
                skipped[path] = reason
            } else if let format = forcedFormat ?? InputFormat.detect(path: path) {
                files[path] = format
            } else {
                skipped[path] = InputCollector.unknownTypeReason
            }
        }

        mutating func enter(_ directory: String, names: [String]) {
            let manager = FileManager.default
            for name in names.sorted() {
                // Walking "." gives "a.md", not "./a.md": paths as a user would type them.
                let path = directory == "." ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
                let status = PathStatus(path)
                switch status {
                case .missing: skipped[path] = "no longer exists"; continue
                case .unusable(let reason), .special(let reason): skipped[path] = reason; continue
                case .file, .directory: break
                }
                if status == .directory {
                    if name.hasPrefix(".") {
                        skipped[path] = "hidden directory"
                    } else if filter.excludesFolder(path) {
                        skipped[path] = filter.skipReason(path) ?? "excluded by the configuration"
                    } else if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
                        skipped[path] = "symbolic link to a directory (not followed)"
                    } else if let children = try? manager.contentsOfDirectory(atPath: path) {
                        enter(path, names: children)
                    } else {
                        skipped[path] = "directory cannot be listed (check its permissions)"
                    }
                } else if !name.hasPrefix(".") {
                    add(file: path)
                }
            }
        }
    }
}
