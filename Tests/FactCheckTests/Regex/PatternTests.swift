import Testing
@testable import FactCheck

@Suite struct PatternTests {
    @Test func namedGroupsAndByteOffsets() throws {
        let pattern = try Pattern(#"(?<number>\d+)\s?(?<unit>km)"#)
        let text = "日本 is 100 km away"
        let matches = try pattern.allMatches(in: text)
        #expect(matches.count == 1)
        let number = try #require(matches[0]["number"])
        #expect(Array(text.utf8)[number].count == 3)
        #expect(number.lowerBound == "日本 is ".utf8.count)
    }

    @Test func emptyMatchesAdvanceByCharacter() throws {
        let pattern = try Pattern("x*")
        let matches = try pattern.allMatches(in: "日x本")
        // Empty at 0, "x" at 3, empty after 本: never a match inside a multi-byte character.
        #expect(matches.map(\.range) == [0..<0, 3..<4, 4..<4, 7..<7])
    }

    @Test func compileErrorShowsCaret() {
        #expect(throws: RegexError.self) { try Pattern("(ab", origin: PatternOrigin(file: "rules/x.yml", line: 4)) }
        do {
            _ = try Pattern("a(?<n>b", origin: PatternOrigin(file: "rules/x.yml", line: 4))
        } catch {
            let text = "\(error)"
            #expect(text.hasPrefix("rules/x.yml:4: invalid pattern:"))
            #expect(text.contains("^"))
        }
    }

    @Test func catastrophicBacktrackingIsAnErrorNotAHang() throws {
        let pattern = try Pattern("(a+)+$", origin: PatternOrigin(file: "user.yml", line: 2))
        let text = String(repeating: "a", count: 40) + "!"
        #expect(throws: RegexError.self) { try pattern.allMatches(in: text, scratch: MatchScratch(matchLimit: 10_000)) }
    }
}
