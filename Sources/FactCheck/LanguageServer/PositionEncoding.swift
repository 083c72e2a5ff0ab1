/// What an LSP position's `character` counts, as agreed at `initialize` (LSP 3.17 `positionEncodings`).
public enum PositionEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The first encoding in the client's list that the server supports; UTF-16, the protocol's
    /// mandatory default, when the client lists none.
    public static func negotiate(_ offered: [String]?) -> PositionEncoding {
        for name in offered ?? [] {
            if let encoding = PositionEncoding(rawValue: name.lowercased()) { return encoding }
        }
        return .utf16
    }

    /// How many code units the scalar starting with `lead` counts for.
    func width(ofScalarStartingWith lead: UInt8) -> Int {
        switch self {
        case .utf8: lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        case .utf16: lead >= 0xF0 ? 2 : 1
        case .utf32: 1
        }
    }

    /// The code units in this encoding of the text that `counts` describes.
    func count(_ counts: CodeUnitCheckpoints.Counts) -> Int {
        switch self {
        case .utf8: counts.utf8
        case .utf16: counts.utf16
        case .utf32: counts.scalars
        }
    }
}
