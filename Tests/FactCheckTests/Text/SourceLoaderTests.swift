import Foundation
import Testing
@testable import FactCheck

@Suite struct SourceLoaderTests {
    @Test func invalidBytesBecomeQuestionMarksAtTheSameOffsets() throws {
        // 0xFF is never valid; 0xE2 0x82 is a truncated "€"; 0xC0 0xAF an overlong "/".
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF] + Array(" 5 ".utf8) + [0xE2, 0x82] + Array(" € ".utf8) + [0xC0, 0xAF] + Array("9".utf8)
        let (file, warnings) = try SourceLoader.decode(path: "in.txt", bytes: bytes, format: .plain)
        #expect(file.bytes.count == bytes.count)
        #expect(String(decoding: file.bytes, as: UTF8.self) == "ok ? 5 ?? € ??9")
        #expect(warnings == [InputWarning(
            path: "in.txt", offset: 3,
            message: "invalid UTF-8 at byte 3 (5 bytes replaced with '?'); save the file as UTF-8")])
    }

    @Test func validUTF8IsUntouchedAndWarningFree() throws {
        let text = "日本 👨‍👩‍👧 costs €5"
        let (file, warnings) = try SourceLoader.decode(path: "in.md", bytes: Array(text.utf8), format: .markdown)
        #expect(file.bytes == Array(text.utf8))
        #expect(warnings.isEmpty)
    }

    @Test func byteOrderMarkBecomesThreeSpaces() throws {
        let (file, warnings) = try SourceLoader.decode(path: "in.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("42".utf8), format: .plain)
        #expect(file.bytes == Array("   42".utf8))
        #expect(warnings.isEmpty)
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: InputError.binary(path: "photo.txt")) {
            try SourceLoader.decode(path: "photo.txt", bytes: [0x89, 0x50, 0x00, 0x01], format: .plain)
        }
        #expect(InputError.binary(path: "photo.txt").skipReason != nil)
        #expect(InputError.noSuchFile(path: "photo.txt").skipReason == nil)
    }

    @Test func loadReadsFilesAndNamesMissingOnes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-\(UUID().uuidString).md").path
        try Data("# 12 dead".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (file, _) = try SourceLoader.load(path: path, format: .markdown)
        #expect(file.text(2..<4) == "12")
        #expect(throws: InputError.noSuchFile(path: path + ".gone")) {
            try SourceLoader.load(path: path + ".gone", format: .markdown)
        }
    }
}
