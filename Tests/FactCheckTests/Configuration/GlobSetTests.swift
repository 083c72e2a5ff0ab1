import Testing
@testable import FactCheck

@Suite struct GlobSetTests {
    static let globs = ["*.txt", "wire/*.txt", "wire/**/*.txt", "**/drafts", "archive", "/top.md", "report-?.md", "[!ab]*.md",
                        "*.{md,html}", "a+b (1).md", "日本/*.md"]
    static let paths = ["a.txt", "wire/x/a.txt", "a/b/drafts/c.md", "archives/a.md", "archive/2019/a.md", "x/top.md", "top.md",
                        "report-10.md", "a1.md", "x/y.html", "a+b (1).md", "日本/x.md", "z.rtf"]

    @Test func theSetMatchesWhatItsGlobsMatchEachAlone() throws {
        let set = try GlobSet(Self.globs)
        for path in Self.paths {
            let first = try Self.globs.first { try GlobSet([$0]).matches(path) }
            #expect(set.firstMatch(path) == first, "\(path)")
        }
    }

    @Test func theFirstGlobInOrderNamesTheMatch() throws {
        let set = try GlobSet(["*.md", "wire/**", "wire/a.md"])
        #expect(set.firstMatch("wire/a.md") == "*.md")
        #expect(set.firstMatch("wire/b.txt") == "wire/**")
        #expect(set.firstMatch("b.txt") == nil)
        #expect(GlobSet().firstMatch("b.txt") == nil)
    }

    @Test func fiftyThousandGlobsSplitIntoAlternationsAndStillNameTheMatch() throws {
        let texts = (0..<50_000).map { "desk-\($0)/**/*.{md,txt}" }
        let set = try GlobSet(texts)
        #expect(set.firstMatch("desk-49999/a/b.md") == "desk-49999/**/*.{md,txt}")
        #expect(set.firstMatch("desk-0/x.txt") == "desk-0/**/*.{md,txt}")
        #expect(set.firstMatch("desk-50000/x.txt") == nil)
    }

    @Test func aGlobThatDoesNotCompileIsNamedAmongMany() throws {
        let texts = (0..<2_000).map { "a\($0)/*.md" } + ["[z-a].md"] + (0..<2_000).map { "b\($0)/*.md" }
        #expect {
            try GlobSet(texts)
        } throws: { error in
            (error as? GlobSet.InvalidGlob)?.text == "[z-a].md"
        }
        let configuration = try? Configuration.parse("exclude: [archive, \"[z-a].md\"]\n", file: "/n/.factcheck.yml", root: "/n")
        #expect(configuration == nil)
    }
}
