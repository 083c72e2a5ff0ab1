import Foundation
import Testing

/// Suppression comments and baselines as an editor and a CI maintainer use them.
@Suite struct SuppressionCommandTests {
    static let draft = """
    # Tunnel

    The tunnel is 6, 200 metres long.

    <!-- factcheck-disable-next-line malformed-number -- as printed in the 1962 survey -->
    The bridge is 1, 500 metres long.

    <!-- factcheck-disable-next-line malformed-number -->
    The road is 4,100 metres long.

    """

    @Test func aDisableCommentSilencesExactlyOneFindingAndAnUnusedOneIsReported() throws {
        let folder = try CLIRunner.folder(["draft.md": Self.draft])
        let output = try CLIRunner.run(["check", "--format", "json", "draft.md"], in: folder)
        #expect(output.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let findings = report["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["rule"] as? String } == ["malformed-number", "unused-suppression"])
        #expect(((findings[0]["claims"] as? [[String: Any]])?.first?["text"] as? String) == "6, 200")
        #expect(((findings[1]["claims"] as? [[String: Any]])?.first?["line"] as? Int) == 8)
        let suppressed = report["suppressed"] as? [[String: Any]] ?? []
        #expect(suppressed.count == 1)
        #expect(((suppressed.first?["claims"] as? [[String: Any]])?.first?["text"] as? String) == "1, 500")
        #expect((suppressed.first?["suppression"] as? [String: String]) == ["kind": "inSource", "justification": "as printed in the 1962 survey"])

        let text = try CLIRunner.run(["check", "draft.md"], in: folder)
        #expect(text.stdout.contains("draft.md:8:1: warning: 'factcheck-disable-next-line malformed-number' silences no finding on the next line; delete it [unused-suppression]"), "\(text.stdout)")
        #expect(text.stdout.contains("2 findings (0 errors, 2 warnings, 0 notes) in 1 file; 1 suppressed"))
    }

    @Test(.enabled(if: Validator.isAvailable, "needs shared/tools/validate-sarif and python3 with jsonschema"))
    func sarifCarriesSuppressionsAndValidates() throws {
        let folder = try CLIRunner.folder(["draft.md": Self.draft])
        let sarif = try CLIRunner.run(["check", "--format", "sarif", "draft.md"], in: folder).stdout
        #expect(sarif.contains("\"kind\" : \"inSource\"") && sarif.contains("\"justification\" : \"as printed in the 1962 survey\""))
        let file = folder.appendingPathComponent("out.sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        try Validator.expectValid(file: file.path, name: "SARIF with suppressions")
    }

    @Test func aBaselinedFindingStaysBaselinedWhenALineIsInsertedAboveIt() throws {
        let wire = "There are 54,000 US troops stationed in Japan, officials said.\n"
        let story = "Tokyo (AP) -- There are 45,000 US troops stationed in Japan, officials said.\nThe tunnel is 6, 200 metres long.\n"
        let folder = try CLIRunner.folder(["copy/wire.txt": wire, "copy/story.txt": story])
        let written = try CLIRunner.run(["check", "--write-baseline", ".factcheck-baseline.json", "copy"], in: folder)
        #expect(written.status == 0, "writing a baseline is how a project adopts factcheck: \(written.stderr)")
        #expect(written.stderr.contains("wrote 2 findings to the baseline .factcheck-baseline.json"))

        try ("Updated at 10:00.\n\n" + story).write(to: folder.appendingPathComponent("copy/story.txt"), atomically: true, encoding: .utf8)
        let moved = try CLIRunner.run(["check", "--baseline", ".factcheck-baseline.json", "copy"], in: folder)
        #expect(moved.status == 0, "\(moved.stdout)")
        #expect(moved.stdout.contains("no findings in 2 files; 2 suppressed"))

        // From another working directory the same baseline still matches.
        let elsewhere = try CLIRunner.run(["check", "--baseline", "../.factcheck-baseline.json", "."], in: folder.appendingPathComponent("copy"))
        #expect(elsewhere.status == 0, "\(elsewhere.stdout)")

        // A new finding is reported; a fixed one leaves a stale entry, which is said.
        try "Updated.\nThe tunnel is 6,200 metres long, the road 1, 500.\nThere are 45,000 US troops stationed in Japan, officials said.\n"
            .write(to: folder.appendingPathComponent("copy/story.txt"), atomically: true, encoding: .utf8)
        let changed = try CLIRunner.run(["check", "--baseline", ".factcheck-baseline.json", "copy"], in: folder)
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("'1, 500'") && !changed.stdout.contains("'6, 200'"), "\(changed.stdout)")
        #expect(changed.stderr.contains("1 baseline entry matches no finding any more"), "\(changed.stderr)")

        let bad = try CLIRunner.run(["check", "--baseline", "copy/wire.txt", "copy"], in: folder)
        #expect(bad.status == 2 && bad.stderr.contains("copy/wire.txt: not a FactCheck baseline"), "\(bad.stderr)")
    }

    @Test func everyFormatIsByteIdenticalTwiceAndInAnyInputOrder() throws {
        let folder = try CLIRunner.folder([
            "a/wire.txt": "There are 54,000 US troops stationed in Japan, officials said.\n",
            "b/story.md": "There are 45,000 US troops stationed in Japan, officials said.\n\n" + Self.draft,
            "c/extra.html": "<p>The bridge is 12,,300 metres long.</p>\n",
        ])
        _ = try CLIRunner.run(["check", "--write-baseline", "base.json", "a/wire.txt"], in: folder)
        for format in ["text", "json", "sarif", "github"] {
            let common = ["check", "--format", format, "--baseline", "base.json"]
            let forward = try CLIRunner.run(common + ["a", "b", "c"], in: folder)
            let again = try CLIRunner.run(common + ["a", "b", "c"], in: folder)
            let shuffled = try CLIRunner.run(common + ["c/extra.html", "b", "a/wire.txt"], in: folder)
            // SARIF records the command line, which is the one thing that differs.
            let strip = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"commandLine\"") }.joined(separator: "\n") }
            #expect(forward.stdout == again.stdout, "\(format) differs between two runs")
            #expect(strip(forward.stdout) == strip(shuffled.stdout), "\(format) differs with the inputs in another order")
            #expect(forward.stderr == shuffled.stderr)
            #expect(!forward.stdout.isEmpty)
        }
    }
}
