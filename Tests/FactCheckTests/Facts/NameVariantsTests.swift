@testable import FactCheck
import Testing

@Suite struct NameVariantsTests {
    @Test(arguments: [
        ("moskalik", "moskalyk", true),    // a transliteration, one letter substituted
        ("petrescu", "petrescou", true),   // one letter added
        ("kovalenko", "kovalenco", true),
        ("slovakia", "slovenia", false),   // two letters: another country
        ("austria", "australia", false),
        ("iran", "iraq", false),           // under six letters: exact only
        ("moskalik", "noskalik", false),   // a different first letter
    ])
    func aNameSpeltOtherwiseIsOneName(_ a: String, _ b: String, _ same: Bool) {
        #expect(NameVariants.areVariants(a, b) == same)
    }

    @Test func setsCompareByVariants() {
        #expect(!NameVariants.areDisjoint(["oleg", "moskalik"], ["moskalyk"]))
        #expect(NameVariants.areDisjoint(["slovakia"], ["slovenia"]))
        #expect(!NameVariants.hasOneMissing(from: ["general", "moskalyk"], in: ["moskalik"]))
        #expect(NameVariants.hasOneMissing(from: ["general", "moskalyk"], in: ["moskalik", "kestria"]))
    }
}
