/// A crude English stemmer: enough that "contained" and "containment", "firefighters" and
/// "firefighter", "closed" and "closing" meet, which is all fact identity needs (both sides are stemmed alike).
enum Stemmer {
    private static let suffixes = ["ments", "ment", "ings", "ing", "ions", "ion", "ers", "er", "ies", "ied", "es", "ed", "s"]

    static func stem(_ word: String) -> String {
        var word = word.lowercased()
        for apostrophe in ["'s", "’s", "'", "’"] where word.hasSuffix(apostrophe) { word.removeLast(apostrophe.count) }
        for suffix in suffixes where word.count >= suffix.count + 3 && word.hasSuffix(suffix) {
            if suffix == "s", word.hasSuffix("ss") { break }
            var stem = String(word.dropLast(suffix.count))
            if suffix == "ies" || suffix == "ied" { stem += "y" }
            // "shipping" → "ship", "running" → "run": undo the doubled consonant.
            if ["ing", "ings", "ed", "er", "ers"].contains(suffix), stem.count >= 3, let last = stem.last, stem.dropLast().last == last,
               !"aeioulsz".contains(last) {
                stem.removeLast()
            }
            return withoutFinalE(stem)
        }
        return withoutFinalE(word)
    }

    /// "close" and "closing", "rate" and "rates", "increase" and "increased" meet only without the final e.
    private static func withoutFinalE(_ stem: String) -> String {
        stem.count >= 4 && stem.hasSuffix("e") && !stem.hasSuffix("ee") ? String(stem.dropLast()) : stem
    }
}
