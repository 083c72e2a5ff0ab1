import Testing
@testable import FactCheck

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "wire/a.txt", true), ("*.txt", "a.md", false),
        ("wire/*.txt", "wire/a.txt", true), ("wire/*.txt", "wire/x/a.txt", false), ("wire/*.txt", "x/wire/a.txt", false),
        ("wire/**/*.txt", "wire/a.txt", true), ("wire/**/*.txt", "wire/x/y/a.txt", true),
        ("**/drafts", "a/b/drafts/c.md", true), ("archive", "archive/2019/a.md", true), ("archive/", "archive/a.md", true),
        ("archive", "archives/a.md", false), ("/top.md", "top.md", true), ("/top.md", "x/top.md", false),
        ("report-?.md", "report-1.md", true), ("report-?.md", "report-10.md", false),
        ("[ab]*.md", "a1.md", true), ("[!ab]*.md", "a1.md", false), ("*.{md,html}", "x/y.html", true),
        ("a+b (1).md", "a+b (1).md", true), ("a+b (1).md", "aab (1).md", false), ("日本/*.md", "日本/x.md", true),
    ])
    func matches(glob: String, path: String, expected: Bool) throws {
        #expect(try GlobSet([glob]).matches(path) == expected, "\(glob) vs \(path): regex \(Glob.regex(for: glob))")
    }
}
