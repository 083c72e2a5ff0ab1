import Foundation
import Testing

/// The reports on the seeds and the development corpus, byte for byte as the build before the
/// report writers and the parallel pipeline were rewritten for speed (issue 13) wrote them.
///
/// The expected files in Fixtures/CLI/output-bytes were written by that build (12f3998) with the
/// arguments below, run from the repository root; the SARIF log's absolute working directory and
/// command line are replaced by placeholders, as they depend on the checkout. A change that means
/// to change the output regenerates them the same way and says why in its commit.
@Suite struct OutputBytesTests {
    static let inputs = ["--no-config", "seeds", "Tests/DevCorpus"]
    static let expected = CLIRunner.fixtures.appendingPathComponent("output-bytes")

    @Test(arguments: [
        (["check", "--format", "json"], "check.json"),
        (["check", "--format", "sarif"], "check.sarif"),
        (["facts", "--format", "jsonl"], "facts.jsonl"),
        (["facts", "--format", "jsonl", "--jobs", "1"], "facts.jsonl"),
        (["facts", "--format", "jsonl", "--jobs", "3"], "facts.jsonl"),
        (["check", "--format", "json", "--jobs", "1"], "check.json"),
        (["check", "--format", "json", "--jobs", "3"], "check.json"),
    ])
    func sameBytes(arguments: [String], fixture: String) throws {
        let output = try CLIRunner.run(arguments + Self.inputs)
        #expect(output.status == (arguments[0] == "check" ? 1 : 0), "\(output.stderr)")
        let want = try String(contentsOf: Self.expected.appendingPathComponent(fixture), encoding: .utf8)
        let got = Self.placeholders(in: output.stdout)
        #expect(got == want, "first difference at line \(Self.firstDifferingLine(got, want)) of \(fixture)")
    }

    /// The SARIF log names the checkout and the binary; the rest must not move.
    static func placeholders(in report: String) -> String {
        report.replacingOccurrences(of: CLIRunner.binary.path, with: "$FACTCHECK")
            .replacingOccurrences(of: CLIRunner.repositoryRoot.standardizedFileURL.path, with: "$ROOT")
    }

    static func firstDifferingLine(_ a: String, _ b: String) -> Int {
        let (linesA, linesB) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
        return (zip(linesA, linesB).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(linesA.count, linesB.count)) + 1
    }
}
