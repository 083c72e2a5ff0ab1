import Foundation

extension RuleSet {
    /// The rule files FactCheck reads, by name.
    public static let fileNames = ["arithmetic.yml", "checks.yml", "claims.yml", "currencies.yml", "dates.yml", "exclusions.yml", "identity.yml", "nouns.yml",
                            "numbers.yml", "qualifiers.yml", "ranks.yml", "units.yml", "zones.yml"]

    /// The built-in rules, embedded in the binary.
    public static func builtin() throws(RuleFileError) -> RuleSet {
        var rules = RuleSet()
        for (name, text) in BuiltinRules.files where name.hasSuffix(".yml") {
            try rules.read(text: text, name: name, displayPath: "rules/\(name)")
        }
        return rules
    }

    /// The built-in rules, then every `*.yml` in each of `directories` on top of them.
    public static func load(extraDirectories directories: [String]) throws(RuleFileError) -> RuleSet {
        var rules = try builtin()
        for directory in directories {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
                    .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
            } catch {
                throw RuleFileError(file: directory, line: nil, message: "cannot read the rules folder; check that --rules names a folder of .yml files")
            }
            for name in names {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw RuleFileError(file: path, line: nil, message: "cannot read this rule file as UTF-8 text")
                }
                let kind = name.hasSuffix(".yaml") ? String(name.dropLast(5)) + ".yml" : name
                try rules.read(text: text, name: kind, displayPath: path)
            }
        }
        return rules
    }

    /// Reads one rule file's text into this rule set; `name` decides which kind of file it is.
    public mutating func read(text: String, name: String, displayPath: String) throws(RuleFileError) {
        guard Self.fileNames.contains(name) else {
            throw RuleFileError(file: displayPath, line: nil,
                                message: "unknown rule file name\(DidYouMean.hint(for: name, among: Self.fileNames)); rule files are \(Self.fileNames.joined(separator: ", "))")
        }
        guard let node = try RuleNode.parse(text, file: displayPath) else { return }
        switch name {
        case "units.yml": try readUnits(node)
        case "currencies.yml": try readCurrencies(node)
        case "numbers.yml": try readNumbers(node)
        case "qualifiers.yml": try readQualifiers(node)
        case "dates.yml": try readDates(node)
        case "ranks.yml": try readRanks(node)
        case "nouns.yml": try readNouns(node)
        case "exclusions.yml": try readExclusions(node)
        case "identity.yml": try readIdentity(node)
        case "claims.yml": try readClaims(node)
        case "arithmetic.yml": try readArithmetic(node)
        case "zones.yml": try readZones(node)
        default: try readChecks(node)
        }
    }
}

extension Array {
    /// Replaces the element with the same key, or appends: later rule files override earlier ones.
    mutating func upsert<Key: Equatable>(_ element: Element, key: (Element) -> Key) {
        if let index = firstIndex(where: { key($0) == key(element) }) { self[index] = element } else { append(element) }
    }
}
