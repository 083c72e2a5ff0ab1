/// `documents:` in a configuration: what is known about the files each entry's globs match
/// (publication date, source), later entries overriding earlier ones.
///
/// Per key, the globs of every entry that gives the key are compiled together into one ``GlobSet``,
/// the last entry's first: the first glob that matches belongs to the entry that wins. A file costs
/// one match per key whatever the number of entries and globs, and a configuration of 300,000 globs
/// holds a few dozen compiled patterns, not 300,000.
public struct DocumentMetadataGlobs: Sendable {
    /// One entry as written: its globs and the values it gives.
    public struct Entry: Sendable {
        public var files: [String]
        /// Lower-cased keys, as front matter gives them: "date", "source".
        public var values: [String: String]

        public init(files: [String], values: [String: String]) {
            self.files = files
            self.values = values
        }
    }

    /// Per key, the globs of the entries giving it (last entry first) and, per glob, its entry's value.
    private let byKey: [String: (globs: GlobSet, values: [String])]

    public init() {
        byKey = [:]
    }

    public init(_ entries: [Entry]) throws(GlobSet.InvalidGlob) {
        var byKey: [String: (globs: GlobSet, values: [String])] = [:]
        for key in Set(entries.flatMap(\.values.keys)) {
            var globs: [String] = [], values: [String] = []
            for entry in entries.reversed() {
                guard let value = entry.values[key] else { continue }
                globs += entry.files
                values += Array(repeating: value, count: entry.files.count)
            }
            byKey[key] = (try GlobSet(globs), values)
        }
        self.byKey = byKey
    }

    public var isEmpty: Bool { byKey.isEmpty }

    /// What the entries say of `relativePath` ("wire/ap.txt"), each key from the last entry matching it.
    public func values(for relativePath: String) -> [String: String] {
        var values: [String: String] = [:]
        for (key, set) in byKey {
            if let index = set.globs.firstMatchIndex(relativePath) { values[key] = set.values[index] }
        }
        return values
    }
}
