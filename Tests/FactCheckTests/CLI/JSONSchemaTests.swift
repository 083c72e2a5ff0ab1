import Foundation
import Testing

/// `--format json` output matches the schema in schemas/factcheck-report.schema.json, which is
/// what consumers are told to code against.
@Suite struct JSONSchemaTests {
    static let schema = CLIRunner.repositoryRoot.appendingPathComponent("schemas/factcheck-report.schema.json")

    static var hasJSONSchema: Bool {
        (try? Validator.execute("/usr/bin/env", ["python3", "-c", "import jsonschema"]).status) == 0
    }

    @Test(.enabled(if: hasJSONSchema, "needs python3 with jsonschema (scripts/test provides it)"))
    func reportsOfEveryKindMatchTheSchema() throws {
        let folder = try CLIRunner.folder([
            "a.txt": "There are 54,000 US troops stationed in Japan, officials said.\n",
            "b.md": "There are 45,000 US troops stationed in Japan, officials said.\n\n<!-- factcheck-disable-next-line -- as printed -->\nThe tunnel is 6, 200 metres long.\n\n<!-- factcheck-disable-next-line malformed-number -->\nFine.\n",
            "notes.json": "{}",
        ])
        _ = try CLIRunner.run(["check", "--write-baseline", "base.json", "a.txt", "b.md"], in: folder)
        let reports = [
            ("seeds", try CLIRunner.run(["check", "--format", "json", CLIRunner.repositoryRoot.appendingPathComponent("seeds").path])),
            ("suppressed, baselined and skipped", try CLIRunner.run(["check", "--format", "json", "--baseline", "base.json", "."], in: folder)),
            ("empty", try CLIRunner.run(["check", "--format", "json", "--allow-empty", "."], in: try CLIRunner.folder([:]))),
        ]
        for (name, output) in reports {
            let file = folder.appendingPathComponent("report.json")
            try output.stdout.write(to: file, atomically: true, encoding: .utf8)
            let check = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors: print("/".join(map(str, error.absolute_path)), error.message)
            sys.exit(1 if errors else 0)
            """
            let result = try Validator.execute("/usr/bin/env", ["python3", "-c", check, Self.schema.path, file.path])
            #expect(result.status == 0, "\(name): \(result.stdout)\(result.stderr)")
        }
        let mixed = try JSONSerialization.jsonObject(with: Data(reports[1].1.stdout.utf8)) as? [String: Any]
        let kinds = (mixed?["suppressed"] as? [[String: Any]] ?? []).compactMap { ($0["suppression"] as? [String: Any])?["kind"] as? String }
        #expect(Set(kinds) == ["inSource", "external"], "a comment and baseline entries: \(kinds)")
        #expect((mixed?["skipped"] as? [Any])?.isEmpty == false)
    }

    /// Every line of `facts --format jsonl` (ranges, frames, conversions, dates) matches schemas/factcheck-facts.schema.json.
    @Test(.enabled(if: hasJSONSchema, "needs python3 with jsonschema (scripts/test provides it)"))
    func factRecordsMatchTheirSchema() throws {
        let folder = try CLIRunner.folder(["ranges.txt": "Gusts of 35 to 48 km/h hit on April 10; bids ran US$4 to $6 million, about 9 km (6 miles) away.\n"])
        let schema = CLIRunner.repositoryRoot.appendingPathComponent("schemas/factcheck-facts.schema.json")
        let output = try CLIRunner.run(["facts", "--format", "jsonl", "--frames", "ranges.txt", CLIRunner.repositoryRoot.appendingPathComponent("seeds").path], in: folder)
        #expect(output.stdout.contains("\"high\":48"))
        let file = folder.appendingPathComponent("facts.jsonl")
        try output.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        errors = [(n, e) for n, line in enumerate(open(sys.argv[2]), 1) for e in validator.iter_errors(json.loads(line))]
        for n, error in errors: print(n, "/".join(map(str, error.absolute_path)), error.message)
        sys.exit(1 if errors else 0)
        """
        let result = try Validator.execute("/usr/bin/env", ["python3", "-c", check, schema.path, file.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
