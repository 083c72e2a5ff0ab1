import Foundation
import Testing

/// The SARIF the CLI prints passes the shared validator (schema and GitHub's rules) with no warnings.
@Suite struct SARIFOutputTests {
    static var inputs: [String] {
        let eval = Validator.sharedDirectory.appendingPathComponent("eval/public")
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: eval.path))?.sorted().map { eval.appendingPathComponent($0).path } ?? []
        return ["seeds"] + cases
    }

    @Test(.enabled(if: Validator.isAvailable, "needs shared/tools/validate-sarif and python3 with jsonschema"), arguments: inputs)
    func validates(input: String) throws {
        try expectValid(CLIRunner.run(["check", "--format", "sarif", input]).stdout, name: input)
    }

    @Test(.enabled(if: Validator.isAvailable, "needs shared/tools/validate-sarif and python3 with jsonschema"))
    func emptyInputValidates() throws {
        let folder = try CLIRunner.folder([:])
        let output = try CLIRunner.run(["check", "--format", "sarif", "--allow-empty", "."], in: folder)
        #expect(output.status == 0)
        try expectValid(output.stdout, name: "empty folder")
    }

    private func expectValid(_ sarif: String, name: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try Validator.expectValid(file: file.path, name: name)
    }
}
