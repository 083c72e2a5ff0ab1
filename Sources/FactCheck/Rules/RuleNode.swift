import Yams

/// A YAML node of a rule file with typed accessors whose errors name the file and line.
struct RuleNode {
    let node: Node
    let file: String

    var line: Int? { node.mark?.line }
    var origin: PatternOrigin { PatternOrigin(file: file, line: line ?? 1) }

    static func parse(_ text: String, file: String) throws(RuleFileError) -> RuleNode? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return RuleNode(node: node, file: file)
        } catch let error as YamlError {
            throw RuleFileError(file: file, line: Self.line(of: error), message: "not valid YAML: \(Self.problem(of: error))")
        } catch {
            throw RuleFileError(file: file, line: nil, message: "not valid YAML: \(error)")
        }
    }

    /// An empty value (`key:` with nothing after it, `~`, `null`): a key left for later.
    var isEmpty: Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null"].contains(scalar.string)
    }

    func error(_ message: String) -> RuleFileError { RuleFileError(file: file, line: line, message: message) }

    /// The entries of a mapping, in file order.
    func entries() throws(RuleFileError) -> [(key: String, value: RuleNode)] {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys to values") }
        return mapping.map { (key: $0.key.string ?? "", value: RuleNode(node: $0.value, file: file)) }
    }

    /// The line of `key` in this mapping (the mapping's own line if not found).
    func keyLine(_ key: String) -> Int? {
        node.mapping?.first { $0.key.string == key }?.key.mark?.line ?? line
    }

    /// The entries of a mapping whose keys must all be among `allowed`.
    func fields(allowed: [String], required: [String] = []) throws(RuleFileError) -> [String: RuleNode] {
        var fields: [String: RuleNode] = [:]
        for (key, value) in try entries() {
            guard allowed.contains(key) else {
                throw RuleFileError(file: file, line: keyLine(key),
                                    message: "unknown key '\(key)'\(DidYouMean.hint(for: key, among: allowed)); allowed: \(allowed.joined(separator: ", "))")
            }
            fields[key] = value
        }
        for key in required where fields[key] == nil { throw error("missing required key '\(key)'") }
        return fields
    }

    func string() throws(RuleFileError) -> String {
        guard let scalar = node.scalar else { throw error("expected a single value, not a list or mapping") }
        return scalar.string
    }

    func double() throws(RuleFileError) -> Double {
        let text = try string()
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")) else { throw error("expected a number, got '\(text)'") }
        return value
    }

    func int() throws(RuleFileError) -> Int {
        let text = try string()
        guard let value = Int(text) else { throw error("expected a whole number, got '\(text)'") }
        return value
    }

    /// A list of strings; a single string is taken as a list of one.
    func strings() throws(RuleFileError) -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else { throw error("expected a list of strings") }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                throw RuleFileError(file: file, line: item.mark?.line ?? line, message: "expected a string in this list")
            }
            result.append(scalar.string)
        }
        return result
    }

    /// Examples: strings with a `↓` marker, each remembering its own line.
    func examples(owner: String, kind: RuleExample.Kind) throws(RuleFileError) -> [RuleExample] {
        guard let sequence = node.sequence else { throw error("expected a list of example strings") }
        var result: [RuleExample] = []
        for item in sequence {
            let itemOrigin = PatternOrigin(file: file, line: item.mark?.line ?? line ?? 1)
            guard let scalar = item.scalar else { throw RuleFileError(file: file, line: itemOrigin.line, message: "expected an example string") }
            result.append(try RuleExample(raw: scalar.string, owner: owner, kind: kind, origin: itemOrigin))
        }
        return result
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): problem
        default: "\(error)"
        }
    }
}
