/// What a client may set in `initializationOptions`; a member of the wrong type is ignored, not an error.
public struct InitializationOptions: Decodable, Sendable {
    /// Milliseconds to wait after a change before checking the buffer (default 150): typing
    /// does not start a check per keystroke.
    public var debounceMs: Int?
    /// Folders of rule files that add to or override the built-in ones, like `--rules`.
    public var rules: [String]?
    /// Whether to read the workspace folders' documents to check drafts against (default true).
    public var indexWorkspace: Bool?

    public init(debounceMs: Int? = nil, rules: [String]? = nil, indexWorkspace: Bool? = nil) {
        self.debounceMs = debounceMs
        self.rules = rules
        self.indexWorkspace = indexWorkspace
    }

    enum CodingKeys: String, CodingKey { case debounceMs, rules, indexWorkspace }

    public init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else { return }
        debounceMs = try? container.decodeIfPresent(Int.self, forKey: .debounceMs)
        rules = try? container.decodeIfPresent([String].self, forKey: .rules)
        indexWorkspace = try? container.decodeIfPresent(Bool.self, forKey: .indexWorkspace)
    }
}
