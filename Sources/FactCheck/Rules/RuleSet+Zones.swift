/// Clock-time zones (rules/zones.yml): what "IST" in "13:38 IST" is offset from UTC by.
public struct ClockZones: Sendable {
    /// Abbreviation (upper case) → the offsets from UTC in minutes it may stand for ("ET": EST and EDT).
    public var offsets: [String: [Int]] = [:]
    /// Lower-case phrases for the clock of the place reported from ("local time").
    public var local: [String] = []
    public var examples: [RuleExample] = []
}

extension RuleSet {
    /// zones.yml: zone abbreviations and their offsets; its examples are conversion-mismatch's.
    mutating func readZones(_ root: RuleNode) throws(RuleFileError) {
        let rule = ConversionMismatchCheck.description.id
        let fields = try root.fields(allowed: ["zones", "local", "examples", "clean"])
        for (name, node) in try fields["zones"]?.entries() ?? [] {
            var minutes: [Int] = []
            for text in try node.strings() {
                guard let offset = Self.offsetMinutes(text) else {
                    throw node.error("zone '\(name)': '\(text)' is no offset from UTC; write hours such as \"5:30\" or \"-4\"")
                }
                minutes.append(offset)
            }
            zones.offsets[name.uppercased()] = minutes
        }
        zones.local.appendNew(try fields["local"]?.phrases() ?? [])
        zones.examples += try fields["examples"]?.examples(owner: "zones", kind: .finding(rule: rule)) ?? []
        zones.examples += try fields["clean"]?.examples(owner: "zones", kind: .clean(rule: rule)) ?? []
    }

    /// "5:30" → 330, "-4" → -240, "0" → 0; nil beyond ±14 hours or off the quarter hour.
    static func offsetMinutes(_ text: String) -> Int? {
        let negative = text.hasPrefix("-")
        let parts = text.drop { $0 == "-" || $0 == "+" }.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hours = Int(parts[0]), hours <= 14 else { return nil }
        let minutes = parts.count == 2 ? Int(parts[1]) : 0
        guard let minutes, minutes < 60, minutes % 15 == 0 else { return nil }
        return (negative ? -1 : 1) * (hours * 60 + minutes)
    }
}
