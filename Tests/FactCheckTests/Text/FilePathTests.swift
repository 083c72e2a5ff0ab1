import Testing
@testable import FactCheck

@Suite struct FilePathTests {
    @Test func absoluteFolderAndRelative() {
        #expect(FilePath.absolute("a/./b/../c.md", from: "/srv/news") == "/srv/news/a/c.md")
        #expect(FilePath.absolute("/x//y/", from: "/srv") == "/x/y")
        #expect(FilePath.absolute("..", from: "/") == "")
        #expect(FilePath.folder(of: "/srv/news/.factcheck.yml") == "/srv/news")
        #expect(FilePath.folder(of: "/top.json") == "/")
        #expect(FilePath.relative("/srv/news/wire/a.txt", to: "/srv/news") == "wire/a.txt")
        #expect(FilePath.relative("/srv/newsroom/a.txt", to: "/srv/news") == nil)
    }
}
