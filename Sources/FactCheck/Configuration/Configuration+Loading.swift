import Foundation

extension Configuration {
    /// The names a configuration file may have, in the order they are looked for.
    public static let fileNames = [".factcheck.yml", ".factcheck.yaml"]

    /// The keys `.factcheck.yml` understands.
    static let keys = ["rules", "include", "exclude", "rule-folders", "tolerances", "documents", "fail-level", "against"]

    /// The rule ids a configuration or a suppression comment may name.
    public static var ruleIds: [String] { CheckCatalog.descriptions.map(\.id) }

    /// The nearest configuration file in `directory` or a folder above it, if any.
    public static func discover(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var folder = FilePath.absolute(directory).isEmpty ? "/" : FilePath.absolute(directory)
        while true {
            for name in fileNames {
                let candidate = (folder as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return candidate
                }
            }
            let parent = FilePath.folder(of: folder)
            if parent == folder { return nil }
            folder = parent
        }
    }

    /// Reads the configuration at `path`; errors name the file and line and say what to do.
    public static func load(path: String) throws(RuleFileError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileError(file: path, line: nil, message: "cannot read the configuration file; check the path given to --config")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError(file: path, line: nil, message: "the configuration file is not UTF-8 text")
        }
        return try parse(text, file: path, root: FilePath.folder(of: path))
    }

    /// Parses configuration text; `root` is the folder its paths are relative to.
    public static func parse(_ text: String, file: String, root: String) throws(RuleFileError) -> Configuration {
        var configuration = Configuration(root: root)
        configuration.file = file
        guard let node = try RuleNode.parse(text, file: file) else { return configuration }
        let fields = try node.fields(allowed: keys).filter { !$0.value.isEmpty }
        if let rules = fields["rules"] { try configuration.readRules(rules) }
        if let include = fields["include"] { configuration.include = try globSet(include) }
        if let exclude = fields["exclude"] { configuration.exclude = try globSet(exclude) }
        if let folders = fields["rule-folders"] { try configuration.readRuleFolders(folders) }
        if let tolerances = fields["tolerances"] { try configuration.readTolerances(tolerances) }
        if let documents = fields["documents"] { try configuration.readDocuments(documents) }
        if let failLevel = fields["fail-level"] { configuration.failLevel = try self.failLevel(failLevel) }
        if let against = fields["against"] { configuration.against = try against.strings().map { FilePath.absolute($0, from: root) } }
        return configuration
    }

    private mutating func readRules(_ node: RuleNode) throws(RuleFileError) {
        let known = Self.ruleIds
        for (id, value) in try node.entries() {
            guard known.contains(id) else {
                throw RuleFileError(file: node.file, line: node.keyLine(id),
                                    message: "unknown rule '\(id)'\(DidYouMean.hint(for: id, among: known)); rules are \(known.joined(separator: ", "))")
            }
            let setting = try value.string()
            rules[id] = setting == "off" ? .off : .level(try Self.level(value))
        }
    }

    private mutating func readRuleFolders(_ node: RuleNode) throws(RuleFileError) {
        for folder in try node.strings() {
            let path = folder.hasPrefix("/") ? folder : (root as NSString).appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw node.error("rule folder '\(folder)' does not exist (paths are relative to the configuration file's folder)")
            }
            ruleFolders.append(path)
        }
    }

    private mutating func readTolerances(_ node: RuleNode) throws(RuleFileError) {
        let scopes = RuleSet.tolerances.keys.sorted()
        for (scope, values) in try node.entries() {
            guard let known = RuleSet.tolerances[scope] else {
                throw RuleFileError(file: node.file, line: node.keyLine(scope),
                                    message: "no tolerances for '\(scope)'\(DidYouMean.hint(for: scope, among: scopes)); tolerances are set for \(scopes.joined(separator: ", "))")
            }
            for (key, value) in try values.fields(allowed: known.keys.sorted()) {
                let number = try value.double()
                guard number >= 0 else { throw value.error("a tolerance cannot be negative") }
                tolerances.append(Tolerance(scope: scope, key: key, value: number))
            }
        }
        tolerances.sort { ($0.scope, $0.key) < ($1.scope, $1.key) }
    }

    private mutating func readDocuments(_ node: RuleNode) throws(RuleFileError) {
        guard let items = node.node.sequence else { throw node.error("expected a list of entries, each with 'files' and 'date' or 'source'") }
        var entries: [DocumentMetadataGlobs.Entry] = []
        // Where each glob was written, for the error of one that does not compile.
        var nodes: [String: RuleNode] = [:]
        for item in items {
            let entry = RuleNode(node: item, file: node.file)
            let fields = try entry.fields(allowed: ["files", "date", "source"], required: ["files"])
            var values: [String: String] = [:]
            if let date = fields["date"] {
                let text = try date.string()
                guard PublicationDate(text) != nil else { throw date.error("'\(text)' is not a date; write it as 2025-03-10 (or 2025-03, 2025)") }
                values["date"] = text
            }
            if let source = fields["source"] { values["source"] = try source.string() }
            guard !values.isEmpty else { throw entry.error("a documents entry needs 'date' or 'source' (or both)") }
            let files = try fields["files"]!.strings()
            for text in files where nodes[text] == nil { nodes[text] = fields["files"]! }
            entries.append(DocumentMetadataGlobs.Entry(files: files, values: values))
        }
        do throws(GlobSet.InvalidGlob) {
            documents = try DocumentMetadataGlobs(entries)
        } catch {
            throw (nodes[error.text] ?? node).error("'\(error.text)' is not a usable glob: \(error.error)")
        }
    }

    private static func globSet(_ node: RuleNode) throws(RuleFileError) -> GlobSet {
        let texts = try node.strings()
        do throws(GlobSet.InvalidGlob) {
            return try GlobSet(texts)
        } catch {
            throw node.error("'\(error.text)' is not a usable glob: \(error.error)")
        }
    }

    /// `fail-level:` takes a level, not `off`: a rule is turned off under `rules:`.
    private static func failLevel(_ node: RuleNode) throws(RuleFileError) -> Level {
        let text = try node.string()
        guard let level = Level(rawValue: text) else {
            let choices = Level.allCases.map(\.rawValue)
            let hint = text == "off" ? " (a run cannot fail at no level; to turn a rule off set it to off under 'rules:')" : DidYouMean.hint(for: text, among: choices)
            throw node.error("unknown fail level '\(text)'\(hint); use error, warning or note")
        }
        return level
    }

    private static func level(_ node: RuleNode) throws(RuleFileError) -> Level {
        let text = try node.string()
        guard let level = Level(rawValue: text) else {
            let choices = Level.allCases.map(\.rawValue) + ["off"]
            throw node.error("unknown level '\(text)'\(DidYouMean.hint(for: text, among: choices)); use error, warning, note or off")
        }
        return level
    }
}
