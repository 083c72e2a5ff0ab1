/// Names as fact identity compares them: a name and a variant spelling of it ("Moskalik" and
/// "Moskalyk", a transliteration that differs in one letter) are one name. Names under six letters
/// must match exactly: "Iran" and "Iraq", "Mali" and "Bali" are other places.
enum NameVariants {
    /// Whether `names` holds `name` or a variant spelling of it.
    static func contains(_ names: Set<String>, _ name: String) -> Bool {
        names.contains(name) || names.contains { areVariants($0, name) }
    }

    /// Whether the two sets share no name, even spelt otherwise.
    static func areDisjoint(_ x: Set<String>, _ y: Set<String>) -> Bool {
        !x.contains { contains(y, $0) }
    }

    /// Whether `names` holds a name that `others` neither holds nor spells otherwise.
    static func hasOneMissing(from others: Set<String>, in names: Set<String>) -> Bool {
        names.contains { !contains(others, $0) }
    }

    /// One letter substituted, added or dropped, in names of six letters or more that start alike.
    static func areVariants(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        // Most pairs differ in their first letter or length: rejected before any allocation.
        guard a.utf8.first == b.utf8.first, abs(a.utf8.count - b.utf8.count) <= 4, min(a.utf8.count, b.utf8.count) >= 6 else { return false }
        let (x, y) = (Array(a.unicodeScalars), Array(b.unicodeScalars))
        guard min(x.count, y.count) >= 6, abs(x.count - y.count) <= 1, x[0] == y[0] else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        var i = 0, j = 0, edits = 0
        while i < short.count, j < long.count {
            if short[i] == long[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if short.count == long.count { i += 1 }
            j += 1
        }
        return edits + (long.count - j) + (short.count - i) <= 1
    }
}
