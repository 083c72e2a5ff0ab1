import Foundation

/// A project's `.factcheck.yml`: which rules run at which level, which files are checked, extra
/// rule folders, tolerances, what is known about documents (publication date, source), fail level.
///
/// Every path and glob in it is relative to the folder holding the file (``root``), so a
/// configuration means the same wherever `factcheck` is run from.
public struct Configuration: Sendable {
    /// What a rule is set to: off, or on at a level.
    public enum RuleSetting: Sendable, Equatable {
        case off
        case level(Level)
    }

    /// One tolerance from `tolerances:`, already checked against the known keys.
    public struct Tolerance: Sendable, Equatable {
        public var scope: String
        public var key: String
        public var value: Double
    }

    /// The file this configuration was read from; nil for the built-in defaults.
    public var file: String?
    /// The absolute folder globs and paths are relative to.
    public var root: String
    public var rules: [String: RuleSetting] = [:]
    public var include = GlobSet()
    public var exclude = GlobSet()
    /// Absolute paths of extra rule folders, applied after the built-in rules.
    public var ruleFolders: [String] = []
    public var tolerances: [Tolerance] = []
    /// Metadata for the documents a glob matches ("wire/**": date 2025-03-10, source AP).
    public var documents = DocumentMetadataGlobs()
    public var failLevel: Level?
    /// Absolute paths of what drafts are compared with (`check --drafts`, the pre-commit hook); empty: the whole ``root``.
    public var against: [String] = []

    /// No file: every rule at its default level, every file checked.
    public init(root: String = FileManager.default.currentDirectoryPath) {
        self.root = root
    }

    /// What `check --drafts` compares drafts with: `against:`, or the configuration's folder; relative
    /// to the working directory when inside it, so reports name files as a walk from there would.
    public var draftSources: [String] {
        let working = FilePath.absolute(".")
        return (against.isEmpty ? [root] : against).map { path in
            path == working ? "." : FilePath.relative(path, to: working) ?? path
        }
    }

    /// The level a finding of `ruleId` is reported at, or nil when the rule is off.
    public func level(of ruleId: String, default defaultLevel: Level) -> Level? {
        switch rules[ruleId] {
        case .off: nil
        case let .level(level): level
        case nil: defaultLevel
        }
    }

    /// Whether the rule `ruleId` runs at all.
    public func isEnabled(_ ruleId: String) -> Bool { rules[ruleId] != .off }

    /// Why `path` is not checked (excluded, or not included), or nil when it is.
    ///
    /// Files outside the configuration's folder are checked as named: its globs do not reach them.
    public func skipReason(for path: String) -> String? {
        guard !include.isEmpty || !exclude.isEmpty, let relative = relativePath(of: path) else { return nil }
        let name = file.map { ($0 as NSString).lastPathComponent } ?? ".factcheck.yml"
        if let glob = exclude.firstMatch(relative) {
            return "excluded by '\(glob)' in \(name)"
        }
        if !include.isEmpty, !include.matches(relative) {
            return "not matched by 'include' in \(name)"
        }
        return nil
    }

    /// Whether a folder is excluded as a whole, so a walk need not enter it.
    public func excludesFolder(_ path: String) -> Bool {
        guard !exclude.isEmpty, let relative = relativePath(of: path) else { return false }
        return exclude.matches(relative)
    }

    /// The metadata the configuration gives `path`: later entries override earlier ones.
    public func metadata(for path: String) -> [String: String] {
        guard !documents.isEmpty, let relative = relativePath(of: path) else { return [:] }
        return documents.values(for: relative)
    }

    /// The built-in rules, then the configured rule folders, then `extraDirectories` (`--rules`),
    /// then the configured tolerances.
    public func ruleSet(extraDirectories: [String] = []) throws(RuleFileError) -> RuleSet {
        var rules = try RuleSet.load(extraDirectories: ruleFolders + extraDirectories)
        for tolerance in tolerances {
            _ = rules.setTolerance(scope: tolerance.scope, key: tolerance.key, to: tolerance.value)
        }
        return rules
    }

    /// `path` relative to ``root``, or nil when it lies outside.
    func relativePath(of path: String) -> String? { FilePath.relative(path, to: root) }
}
