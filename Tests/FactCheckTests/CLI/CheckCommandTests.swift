import Foundation
import Testing

/// `factcheck check` as a user runs it: on the seeds, on drafts in every format, and on bad input.
@Suite struct CheckCommandTests {
    @Test func seedsReportTheMalformedDistanceAndTheRankConflict() throws {
        let output = try CLIRunner.run(["check", "seeds"])
        #expect(output.status == 1)
        let expected = try String(contentsOf: CLIRunner.fixtures.appendingPathComponent("seeds-check.txt"), encoding: .utf8)
        #expect(output.stdout == expected)
    }

    @Test func sarifOnSeedsHasTheTypoAndTheHedgedRankConflict() throws {
        let output = try CLIRunner.run(["check", "--format", "sarif", "seeds"])
        #expect(output.status == 1)
        let log = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let run = (log?["runs"] as? [[String: Any]])?.first
        let results = run?["results"] as? [[String: Any]] ?? []
        #expect(results.map { $0["ruleId"] as? String } == ["malformed-number", "conflicting-value"])
        #expect(results.map { $0["level"] as? String } == ["warning", "note"])
        #expect(results.first?["fixes"] != nil)
        // The rank conflict names every claim: the first in locations, the others related.
        #expect((results.last?["relatedLocations"] as? [[String: Any]])?.count == 2)
        #expect(output.stdout.contains("\"uri\" : \"seeds/001_18a2e4631ae6a783.txt\""))
    }

    @Test func conversionMismatchAndMalformedNumbersInADraft() throws {
        let folder = try CLIRunner.folder([
            "draft.md": "# Draft\n\nThe tunnel is 17.2 km (12 miles) long and cost $1,0000 million.\n\n```\n6, 200 km (72 miles) in code is not prose\n```\n",
        ])
        let output = try CLIRunner.run(["check", "draft.md"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("draft.md:3:15: warning: '17.2 km' is about 10.69 mi, not '12 miles' [conversion-mismatch]"))
        #expect(output.stdout.contains("draft.md:3:49: warning: '1,0000' has a digit group"))
        #expect(!output.stdout.contains("draft.md:6"), "code blocks are not prose")
    }

    @Test func htmlEntitiesAndTagsKeepPositionsExact() throws {
        let folder = try CLIRunner.folder(["page.html": "<html><body><p>Fuel:&nbsp;<b>12,,300</b>&nbsp;tonnes</p><script>var x = '6, 200 km';</script></body></html>\n"])
        let output = try CLIRunner.run(["check", "--format", "json", "page.html"], in: folder)
        #expect(output.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        #expect(findings.count == 1)
        let claim = (findings.first?["claims"] as? [[String: Any]])?.first
        #expect(claim?["start"] as? Int == 29 && claim?["end"] as? Int == 36 && claim?["text"] as? String == "12,,300")
    }

    @Test func exitCodes() throws {
        let folder = try CLIRunner.folder(["clean.txt": "The bridge is 18.6 km (11.56 miles) long.\n", "typo.txt": "About 40, 000 vehicles a day.\n"])
        #expect(try CLIRunner.run(["check", "clean.txt"], in: folder).status == 0)
        #expect(try CLIRunner.run(["check", "typo.txt"], in: folder).status == 1)
        #expect(try CLIRunner.run(["check", "--fail-level", "error", "typo.txt"], in: folder).status == 0)
        let missing = try CLIRunner.run(["check", "nope.txt"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.txt: no such file or directory"))
        #expect(try CLIRunner.run(["check", "--format", "xml", "clean.txt"], in: folder).status == 2)
        #expect(try CLIRunner.run(["check", "--jobs", "0", "clean.txt"], in: folder).status == 2)
    }

    @Test func badRuleFileIsAConfigurationError() throws {
        let folder = try CLIRunner.folder(["rules/units.yml": "length:\n  base: m\n  unts: {}\n", "a.txt": "5 km\n"])
        let output = try CLIRunner.run(["check", "--rules", "rules", "a.txt"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains("rules/units.yml:3: unknown key 'unts' (did you mean 'units'?)"))
    }

    @Test func unknownFilesAreReportedAsSkipped() throws {
        let folder = try CLIRunner.folder(["a.txt": "5 km\n", "notes.json": "{}", ".git/x.txt": "1, 000 km"])
        let output = try CLIRunner.run(["check", "."], in: folder)
        #expect(output.status == 0)
        #expect(output.stderr.contains("notes.json"))
        #expect(output.stderr.contains("hidden directory"))
        #expect(output.stdout.contains("no findings in 1 file"))
    }

    @Test func inputTypeForcesAFormat() throws {
        let folder = try CLIRunner.folder(["draft.text-copy": "About 40, 000 vehicles a day.\n"])
        #expect(try CLIRunner.run(["check", "draft.text-copy"], in: folder).status == 2, "skipped, so nothing was checked")
        #expect(try CLIRunner.run(["check", "--input-type", "text", "draft.text-copy"], in: folder).status == 1)
    }

    @Test func invalidUTF8IsAWarningNotACrash() throws {
        let folder = try CLIRunner.folder([:])
        try Data([0x4F, 0x6E, 0x20, 0xE9, 0x74, 0xE9, 0x2C, 0x20, 0x34, 0x30, 0x2C, 0x20, 0x30, 0x30, 0x30, 0x20, 0x63, 0x61, 0x72, 0x73, 0x0A])
            .write(to: folder.appendingPathComponent("latin1.txt"))
        let output = try CLIRunner.run(["check", "latin1.txt"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("latin1.txt:1:4: warning: invalid UTF-8 at byte 3"))
        #expect(output.stdout.contains("latin1.txt:1:9: warning: '40, 000'"))
    }

    @Test func outputIsTheSameWhateverTheOrderOfInputs() throws {
        let first = try CLIRunner.run(["check", "--format", "sarif", "seeds/004_4366d21c859b4f41.txt", "seeds/001_18a2e4631ae6a783.txt", "seeds"])
        let second = try CLIRunner.run(["check", "--format", "sarif", "seeds", "seeds/001_18a2e4631ae6a783.txt", "seeds/004_4366d21c859b4f41.txt"])
        let strip = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"commandLine\"") }.joined(separator: "\n") }
        #expect(strip(first.stdout) == strip(second.stdout))
        #expect(try CLIRunner.run(["check", "--format", "json", "seeds"]).stdout == (try CLIRunner.run(["check", "--format", "json", "seeds"]).stdout))
    }
}

extension CheckCommandTests {
    @Test func pathologicalNumbersNeitherCrashNorStopTheRun() throws {
        let digits = "1." + Array(repeating: "234", count: 40).joined(separator: ".") + " million and " + String(repeating: "9", count: 400) + " km and "
            + String(repeating: "1,", count: 5_000) + "000 and 40, 000 cars\n"
        let folder = try CLIRunner.folder(["odd.txt": digits, "typo.txt": "About 40, 000 vehicles a day.\n"])
        let output = try CLIRunner.run(["check", "."], in: folder)
        #expect(output.status == 1, "stderr: \(output.stderr)")
        #expect(output.stdout.contains("typo.txt:1:7: warning: '40, 000'"))
        #expect(!output.stderr.contains("Fatal error"))
    }
}

extension CheckCommandTests {
    /// "Last year" in a report dated 2023 is 2022: it agrees with "in 2022" elsewhere and disagrees with 2024.
    @Test func relativeYearsResolveAgainstThePublicationDate() throws {
        let folder = try CLIRunner.folder([
            "a.md": "---\ndate: 2023-03-25\n---\n\nLast year, the city council cut its transport budget to $412m.\n",
            "b.md": "---\ndate: 2025-01-10\n---\n\nIn 2022 the city council cut its transport budget to $421m.\n",
            "c.md": "---\ndate: 2025-01-10\n---\n\nLast year the city council cut its transport budget to $421m.\n",
        ])
        let (output, paths) = try findingPaths(in: folder)
        // a (2022) and b (2022) disagree on the figure; c is about 2024, a different year.
        #expect(paths == [["a.md", "b.md"]], "\(output.stdout)")
    }
}

extension CheckCommandTests {
    /// A figure at a line's end and a unit word starting the next line: no unit, and no crash.
    @Test func aUnitIsNeverReadAcrossALineBreak() throws {
        let folder = try CLIRunner.folder(["t.txt": "Total 426\nMinutes\n", "m.md": "Total 426\n\nMinutes of the meeting\n"])
        let output = try CLIRunner.run(["facts", "--format", "jsonl", "."], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.split(separator: "\n").allSatisfy { $0.contains("\"unit\":\"count\"") })
        #expect(try CLIRunner.run(["check", "."], in: folder).status == 0)
    }
}

extension CheckCommandTests {
    /// "Sunday" in a report dated Monday 2025-03-24 is March 23; "last month" in one dated April 2025 is March.
    @Test func weekdaysAndMonthsResolveAgainstThePublicationDate() throws {
        let folder = try CLIRunner.folder([
            "a.md": "---\ndate: 2025-03-24\n---\n\nThe port handled 41,200 containers on Sunday, officials said.\n",
            "b.md": "---\ndate: 2025-04-02\n---\n\nThe port handled 42,100 containers on March 23, officials said.\n",
            "c.md": "---\ndate: 2025-04-02\n---\n\nThe port handled 41,900 containers on March 22, officials said.\n",
            "d.md": "---\ndate: 2025-04-02\n---\n\nLast month the port handled 1.6 million containers in all.\n",
            "e.md": "---\ndate: 2025-05-06\n---\n\nLast month the port handled 1.9 million containers in all.\n",
        ])
        let (output, paths) = try findingPaths(in: folder)
        // Sunday = March 23: a and b disagree; c is about March 22. March (d) and April (e) are different months.
        #expect(paths == [["a.md", "b.md"]], "\(output.stdout)")
    }
}

extension CheckCommandTests {
    /// One sentence of thousands of figures, a long comma list and a big table: checked, not hung.
    @Test func pathologicalDocumentsAreChecked() throws {
        let line = (0..<3_000).map { "\(1_000 + $0 * 7) troops and" }.joined(separator: " ")
        let list = (0..<3_000).map { "\(10 + $0) people on March \($0 % 28 + 1), 2024" }.joined(separator: ", ")
        let table = "| Party | Seats |\n|---|---|\n" + (0..<3_000).map { "| Party \($0) | \($0 % 500) |" }.joined(separator: "\n")
        let folder = try CLIRunner.folder(["line.txt": line + ".\n", "list.txt": list + ".\n", "table.md": table + "\n"])
        let output = try CLIRunner.run(["check", "--format", "json", "."], in: folder)
        #expect(output.status == 0 || output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("\"files\" : 3"))
    }
}

extension CheckCommandTests {
    /// Runs `check --format json` in `folder`: the output, and each finding's claim paths, sorted.
    func findingPaths(in folder: URL) throws -> (CLIRunner.Output, [[String]]) {
        let output = try CLIRunner.run(["check", "--format", "json", "."], in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        return (output, findings.map { ($0["claims"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }.sorted() })
    }
}
