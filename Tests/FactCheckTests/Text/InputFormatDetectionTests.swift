import Testing
@testable import FactCheck

@Suite struct InputFormatDetectionTests {
    @Test(arguments: [
        ("story.txt", InputFormat.plain), ("a/b/story.TEXT", .plain), ("brief.md", .markdown),
        ("brief.Markdown", .markdown), ("page.html", .html), ("page.HTM", .html),
    ])
    func knownExtensions(path: String, format: InputFormat) {
        #expect(InputFormat.detect(path: path) == format)
    }

    @Test(arguments: ["notes.docx", "README", ".md", "dir.md/file", "archive.tar.gz"])
    func unknownExtensionsAreNil(path: String) {
        #expect(InputFormat.detect(path: path) == nil)
    }
}
