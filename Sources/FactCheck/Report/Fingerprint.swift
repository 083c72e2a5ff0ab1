/// Stable finding fingerprints: the same finding gets the same value on every run, machine and process.
///
/// Swift's `Hasher` is seeded per process and Foundation on Linux has no SHA-256, so this is
/// FNV-1a (64-bit): not cryptographic, but fingerprints only need to tell findings apart.
public enum Fingerprint {
    /// The `factcheck/v1` fingerprint: rule id plus the set of (location, claim text, normalized value),
    /// ignoring lines and claim order. Baselines match findings by it too.
    ///
    /// Line numbers are left out on purpose so an edit above a claim does not turn an old
    /// finding into a "new" one; `location` should be the repository-relative URI, not the
    /// path as typed, so the value survives running from another directory.
    public static func factCheckV1(ruleId: String, claims: [(location: String, text: String, normalized: String?)]) -> String {
        var hash = FNV1a64()
        hash.add(ruleId)
        // Sorting makes the value independent of which claim a check happened to list first.
        let sorted = claims.map { [$0.location, $0.text, $0.normalized ?? ""] }.sorted { $0.lexicographicallyPrecedes($1) }
        for claim in sorted {
            for (index, field) in claim.enumerated() {
                hash.addSeparator(index == 0 ? 0x1E : 0x1F)
                hash.add(field)
            }
        }
        return hash.hex
    }
}

/// 64-bit FNV-1a over UTF-8 bytes.
struct FNV1a64: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    /// A control byte between fields so ("ab", "c") and ("a", "bc") differ.
    mutating func addSeparator(_ byte: UInt8) { add(byte) }

    private mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    /// 16 lowercase hex digits.
    var hex: String { String(value, radix: 16).leftPadded(to: 16) }
}
