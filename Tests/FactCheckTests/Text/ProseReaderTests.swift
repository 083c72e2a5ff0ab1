import Foundation
import Testing
@testable import FactCheck

@Suite struct ProseReaderTests {
    @Test func plainTextIsItsOwnProseAndEachLineASentence() {
        let text = "日本 👨‍👩‍👧 The toll rose to 1,420.\nIt was 6.8. Rescuers came"
        let prose = ProseReader.read(SourceFile(path: "t.txt", bytes: Array(text.utf8), format: .plain))
        #expect(prose.bytes == Array(text.utf8))
        #expect(prose.offsets == .identity(length: text.utf8.count))
        #expect(prose.sentences.map { String(decoding: prose.bytes[$0], as: UTF8.self) }
            == ["日本 👨‍👩‍👧 The toll rose to 1,420.", "It was 6.8.", "Rescuers came"])
    }

    /// The shared evaluation stories, next to the repository (absent in a bare checkout).
    static let publicCorpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/eval/public").standardized

    @Test(.enabled(if: FileManager.default.fileExists(atPath: publicCorpus.path)))
    func offsetMapNeverLiesOnTheEvaluationStories() throws {
        let (files, _) = try InputCollector.collect(paths: [Self.publicCorpus.path], forcedFormat: nil)
        #expect(!files.isEmpty)
        for (path, format) in files {
            let (file, _) = try SourceLoader.load(path: path, format: format)
            let prose = ProseReader.read(file)
            var digitRuns = 0
            var index = 0
            while index < prose.bytes.count {
                guard prose.bytes[index].isASCIIDigit else { index += 1; continue }
                var end = index
                while end < prose.bytes.count, prose.bytes[end].isASCIIDigit { end += 1 }
                let mapped = prose.offsets.sourceRange(index..<end)
                #expect(Array(file.bytes[mapped]) == Array(prose.bytes[index..<end]), "\(path): digits at prose \(index) map to \(mapped)")
                digitRuns += 1
                index = end
            }
            #expect(digitRuns > 0, "\(path) has no numbers in its prose")
        }
    }
}
