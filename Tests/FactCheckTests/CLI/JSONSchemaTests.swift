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
}
