import Testing
@testable import FactCheck

@Suite struct RegexTextTests {
    @Test(arguments: [
        (["km", "kilometre", "kilometres"], #"(?:k(?:ilometres?|m))"#),
        (["square", "square kilometres", "square miles", "sq mi", "sq. mi"],
         #"(?:sq(?:\h+mi|\.\h+mi|uare(?:\h+(?:kilometres|miles))?))"#),
        (["a", "a.", "a.b", "ab", "b"], #"(?:(?:a(?:(?:\.b?|b))?|b))"#),
    ])
    func alternationIsATrieWithLongerContinuationsFirst(words: [String], pattern: String) {
        #expect(RegexText.alternation(words) == pattern)
    }

    @Test func aPhraseOfSixtyThousandCharactersBuildsWithoutExhaustingTheStack() throws {
        let phrase = String(repeating: "ab", count: 30_000)
        let pattern = RegexText.alternation([phrase, phrase + "c"])
        #expect(pattern == "(?:" + phrase + "c?)")
    }
}
