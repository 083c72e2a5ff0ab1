import Foundation
import Testing
@testable import FactCheck

@Suite struct InputCollectorTests {
    /// A fresh temporary directory holding `files` (relative paths; directories created as needed).
    func makeTree(_ files: [String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-\(UUID().uuidString)").path
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    @Test func walksSortedSkipsHiddenAndUnknown() throws {
        let root = try makeTree([
            "b.md", "a.txt", "sub/z.html", "sub/c.htm", "notes.docx", ".hidden.md", ".git/config.md", "sub/.cache/x.txt",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, skipped) = try InputCollector.collect(paths: [root], forcedFormat: nil)
        #expect(files.map(\.path) == ["a.txt", "b.md", "sub/c.htm", "sub/z.html"].map { root + "/" + $0 })
        #expect(files.map(\.format) == [.plain, .markdown, .html, .html])
        #expect(skipped == [
            SkippedInput(path: root + "/.git", reason: "hidden directory"),
            SkippedInput(path: root + "/notes.docx", reason: InputCollector.unknownTypeReason),
            SkippedInput(path: root + "/sub/.cache", reason: "hidden directory"),
        ])
    }

    @Test func forcedFormatAppliesToNamedAndWalkedFiles() throws {
        let root = try makeTree(["dir/notes.docx", "named.log"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, skipped) = try InputCollector.collect(paths: [root + "/named.log", root + "/dir"], forcedFormat: .markdown)
        #expect(files.map(\.path) == [root + "/dir/notes.docx", root + "/named.log"])
        #expect(files.allSatisfy { $0.format == .markdown })
        #expect(skipped.isEmpty)
    }

    @Test func namedFileWithUnknownExtensionIsSkippedNotFatal() throws {
        let root = try makeTree(["data.csv"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, skipped) = try InputCollector.collect(paths: [root + "/data.csv"], forcedFormat: nil)
        #expect(files.isEmpty)
        #expect(skipped.map(\.reason) == [InputCollector.unknownTypeReason])
    }

    @Test func fileNamedTwiceIsCheckedOnce() throws {
        let root = try makeTree(["a.md"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, _) = try InputCollector.collect(paths: [root + "/a.md", root, root + "/"], forcedFormat: nil)
        #expect(files.map(\.path) == [root + "/a.md"])
    }

    @Test func emptyDirectoryIsNotAnError() throws {
        let root = try makeTree([])
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, skipped) = try InputCollector.collect(paths: [root], forcedFormat: nil)
        #expect(files.isEmpty && skipped.isEmpty)
    }

    @Test func missingPathThrowsNamingIt() {
        #expect(throws: InputError.noSuchFile(path: "/no/such/story.md")) {
            try InputCollector.collect(paths: ["/no/such/story.md"], forcedFormat: nil)
        }
        #expect(InputError.noSuchFile(path: "x.md").description == "x.md: no such file or directory; check the path")
    }
}
