@testable import FactCheck

/// Hand-built runs shared by the report tests.
enum ReportFixtures {
    static let a = "Intro line.\n日本 👨‍👩‍👧 54,000 troops crossed.\n"
    static let b = "Officials said\n\t55,000 troops were sent.\n"
    static let c = "About 6, 200 km [sic] away\n"

    /// The byte range of the first `needle` in `text` (fine in tests; production never searches).
    static func span(of needle: String, in text: String) -> Range<Int> {
        let bytes = Array(text.utf8), target = Array(needle.utf8)
        for start in 0...(bytes.count - target.count) where Array(bytes[start..<start + target.count]) == target {
            return start..<start + target.count
        }
        fatalError("fixture text \(needle) not found")
    }

    static func file(_ path: String, _ text: String) -> SourceFile {
        SourceFile(path: path, bytes: Array(text.utf8), format: .plain)
    }

    static let troopCount = CheckDescription(
        id: "troop-count", name: "TroopCount", summary: "Two claims give different troop numbers.",
        details: "Flags the same force counted differently within a story.",
        helpMarkdown: "Check both figures against the source.", defaultLevel: .error,
        precision: "high", tags: ["consistency"])

    static let malformedNumber = CheckDescription(
        id: "malformed-number", name: "MalformedNumber", summary: "A number is written in a broken way.",
        details: "Flags digit groups split by a space after the comma.",
        helpMarkdown: "Write `6,200`, not `6, 200`.", defaultLevel: .warning,
        precision: "very-high", tags: ["typography", "numbers"])

    static func troopClaims() -> [Claim] {
        [Claim(path: "a.txt", span: span(of: "54,000 troops", in: a), text: "54,000 troops", normalized: "54000 troops"),
         Claim(path: "b.txt", span: span(of: "55,000 troops", in: b), text: "55,000 troops", normalized: "55000 troops")]
    }

    /// Two findings over three files: a two-claim contradiction and a malformed number with a fix.
    static func run(troopClaims claims: [Claim] = troopClaims(), troopRule: String = "troop-count") -> CheckRun {
        let malformed = span(of: "6, 200", in: c)
        let findings = [
            Finding(ruleId: troopRule, level: .error, message: "Troop numbers disagree", claims: claims),
            Finding(ruleId: "malformed-number", level: .warning,
                    message: "Number has a space after the thousands comma [sic]",
                    claims: [Claim(path: "c.txt", span: malformed, text: "6, 200", normalized: "6200")],
                    fix: Fix(path: "c.txt", span: malformed, replacement: "6,200", description: "Remove the space")),
        ]
        return CheckRun(
            findings: findings,
            files: ["a.txt": file("a.txt", a), "b.txt": file("b.txt", b), "c.txt": file("c.txt", c)],
            skipped: [SkippedInput(path: "photo.jpg", reason: "not a text file")],
            warnings: [InputWarning(path: "b.txt", offset: span(of: "were", in: b).lowerBound, message: "invalid UTF-8 replaced")],
            checks: [troopCount, malformedNumber])
    }

    static let empty = CheckRun(findings: [], files: [:], skipped: [], warnings: [], checks: [troopCount, malformedNumber])
}
