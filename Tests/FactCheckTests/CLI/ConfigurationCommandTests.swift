import Foundation
import Testing

/// `.factcheck.yml` as a CI maintainer uses it: found from the working directory, errors with
/// file:line, and every key changing what `check` does.
@Suite struct ConfigurationCommandTests {
    static let typo = "About 40, 000 vehicles a day.\n"

    @Test func exitCodesForCleanFindingsAndBadConfiguration() throws {
        let folder = try CLIRunner.folder(["clean.txt": "The bridge is 18.6 km (11.56 miles) long.\n", "typo.txt": Self.typo])
        #expect(try CLIRunner.run(["check", "clean.txt"], in: folder).status == 0)
        #expect(try CLIRunner.run(["check", "typo.txt"], in: folder).status == 1)

        try "rules:\n  malformed-number: note\nfail-levle: error\n".write(to: folder.appendingPathComponent(".factcheck.yml"), atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["check", "clean.txt"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(".factcheck.yml:3: unknown key 'fail-levle' (did you mean 'fail-level'?)"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
        #expect(try CLIRunner.run(["check", "--no-config", "typo.txt"], in: folder).status == 1)
        let missing = try CLIRunner.run(["check", "--config", "nope.yml", "clean.txt"], in: folder)
        #expect(missing.status == 2 && missing.stderr.contains("nope.yml: no such configuration file"))

        // A level below the fail level passes; --fail-level on the command line wins over the file.
        try "rules:\n  malformed-number: note\n".write(to: folder.appendingPathComponent(".factcheck.yml"), atomically: true, encoding: .utf8)
        let noted = try CLIRunner.run(["check", "typo.txt"], in: folder)
        #expect(noted.status == 0 && noted.stdout.contains("note: '40, 000'"), "\(noted.stdout)")
        #expect(try CLIRunner.run(["check", "--fail-level", "note", "typo.txt"], in: folder).status == 1)
        try "fail-level: error\n".write(to: folder.appendingPathComponent(".factcheck.yml"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["check", "typo.txt"], in: folder).status == 0)
    }

    @Test func theNearestFileAboveTheWorkingDirectoryApplies() throws {
        let folder = try CLIRunner.folder([".factcheck.yml": "rules:\n  malformed-number: off\n", "desk/drafts/typo.txt": Self.typo])
        let output = try CLIRunner.run(["check", "typo.txt"], in: folder.appendingPathComponent("desk/drafts"))
        #expect(output.status == 0 && output.stdout.contains("no findings in 1 file"), "\(output.stdout)")
        let sarif = try CLIRunner.run(["check", "--format", "sarif", "typo.txt"], in: folder.appendingPathComponent("desk/drafts"))
        #expect(!sarif.stdout.contains("\"malformed-number\""), "a rule switched off is not in rules[] either")
        let rules = try CLIRunner.run(["rules"], in: folder.appendingPathComponent("desk"))
        let levels = Dictionary(uniqueKeysWithValues: rules.stdout.split(separator: "\n").map { line in
            let words = line.split(separator: " ")
            return (String(words[0]), String(words[1]))
        })
        #expect(levels["malformed-number"] == "off" && levels["conflicting-value"] == "warning", "\(rules.stdout)")
    }

    @Test func includeAndExcludeSkipFilesAndSayWhy() throws {
        let folder = try CLIRunner.folder([
            ".factcheck.yml": "include: [\"**/*.md\", \"wire/**\"]\nexclude: [archive, \"*.draft.md\"]\n",
            "story.md": Self.typo, "notes.txt": Self.typo, "wire/ap.txt": Self.typo, "archive/2019.md": Self.typo, "desk/x.draft.md": Self.typo,
        ])
        let output = try CLIRunner.run(["check", "."], in: folder)
        #expect(output.stdout.contains("2 findings (0 errors, 2 warnings, 0 notes) in 2 files"), "\(output.stdout)")
        #expect(output.stderr.contains("factcheck: skipped archive: excluded by 'archive' in .factcheck.yml"), "\(output.stderr)")
        #expect(output.stderr.contains("factcheck: skipped desk/x.draft.md: excluded by '*.draft.md' in .factcheck.yml"))
        #expect(output.stderr.contains("factcheck: skipped notes.txt: not matched by 'include' in .factcheck.yml"))
        // Files named one by one (as pre-commit passes them) are filtered the same way.
        let named = try CLIRunner.run(["check", "archive/2019.md", "story.md"], in: folder)
        #expect(named.stdout.contains("in 1 file") && named.stderr.contains("skipped archive/2019.md"), "\(named.stdout)\(named.stderr)")
    }

    @Test func documentMetadataDatesPlainTextWireCopy() throws {
        let files = [
            "wire/a.txt": "Last year, the city council cut its transport budget to $412m.\n",
            "b.txt": "In 2022 the city council cut its transport budget to $421m.\n",
        ]
        // Undated, "last year" may be 2022: the figures are taken as one fact.
        let undated = try CLIRunner.run(["check", "."], in: try CLIRunner.folder(files))
        #expect(undated.stdout.contains("[conflicting-value]"), "\(undated.stdout)")
        // Dated 2025 by the configuration, "last year" is 2024: another year, another fact.
        var dated = files
        dated[".factcheck.yml"] = "documents:\n  - files: \"wire/**\"\n    date: 2025-01-10\n    source: AP\n"
        let output = try CLIRunner.run(["check", "."], in: try CLIRunner.folder(dated))
        #expect(!output.stdout.contains("[conflicting-value]"), "\(output.stdout)")
        // The source name is shown wherever the claim is named.
        dated[".factcheck.yml"] = "documents:\n  - files: \"wire/**\"\n    source: AP\n"
        let named = try CLIRunner.run(["check", "."], in: try CLIRunner.folder(dated))
        #expect(named.stdout.contains("(AP)"), "\(named.stdout)")
    }

    @Test func rulesFoldersAndTolerancesComeFromTheFile() throws {
        let conversion = "The tunnel is 100 km (64 miles) long.\n"
        let folder = try CLIRunner.folder(["a.txt": conversion])
        #expect(try CLIRunner.run(["check", "a.txt"], in: folder).stdout.contains("conversion-mismatch"))
        try "tolerances:\n  conversion-mismatch:\n    relative_tolerance: 0.05\n".write(to: folder.appendingPathComponent(".factcheck.yml"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["check", "a.txt"], in: folder).status == 0)

        try "rule-folders: [house]\n".write(to: folder.appendingPathComponent(".factcheck.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("house"), withIntermediateDirectories: true)
        try "length:\n  unts: {}\n".write(to: folder.appendingPathComponent("house/units.yml"), atomically: true, encoding: .utf8)
        let broken = try CLIRunner.run(["check", "a.txt"], in: folder)
        #expect(broken.status == 2 && broken.stderr.contains("house/units.yml:2: unknown key 'unts'"), "\(broken.stderr)")
    }

    @Test func initWritesACommentedDefaultThatCheckReads() throws {
        let folder = try CLIRunner.folder(["typo.txt": Self.typo])
        let first = try CLIRunner.run(["init"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent(".factcheck.yml"), encoding: .utf8)
        #expect(written.contains("# malformed-number: warning") && written.contains("fail-level: warning"))
        #expect(try CLIRunner.run(["check", "typo.txt"], in: folder).status == 1, "the defaults change nothing")
        let again = try CLIRunner.run(["init"], in: folder)
        #expect(again.status == 2 && again.stderr.contains("already exists"))
        #expect(try CLIRunner.run(["init", "--force"], in: folder).status == 0)
    }
}

extension ConfigurationCommandTests {
    /// The README's example configuration and suppression comments work as written.
    @Test func theReadmeExamplesWork() throws {
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Configuration (`.factcheck.yml`)").dropFirst().first)
        let yaml = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let silencing = try #require(readme.components(separatedBy: "## Silencing findings").dropFirst().first)
        let markdown = try #require(silencing.components(separatedBy: "```markdown\n").dropFirst().first?.components(separatedBy: "```").first)
        let text = try #require(silencing.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
        let folder = try CLIRunner.folder([".factcheck.yml": yaml, "house-rules/nouns.yml": "", "story.md": markdown.replacingOccurrences(of: "…", with: "It was 1, 900 km."),
                                           "wire/ap-1.txt": text, "wire/reuters.md": "There are 54,000 US troops in Japan.\n"])
        let output = try CLIRunner.run(["check", "--format", "json", "."], in: folder)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.isEmpty == true, "\(output.stdout)")
        #expect((report["suppressed"] as? [Any])?.count == 4, "the troops, 6, 200 twice and 1, 900: \(output.stdout)")
    }
}
