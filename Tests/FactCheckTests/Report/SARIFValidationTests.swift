import Foundation
import Testing
@testable import FactCheck

/// Runs the shared SARIF validator (schema + GitHub ingestion rules) on what SARIFReporter writes.
@Suite struct SARIFValidationTests {
    @Test(.enabled(if: Validator.isAvailable, "needs shared/tools/validate-sarif and python3 with jsonschema (or FACTCHECK_SHARED)"))
    func runWithLinkedClaimsAndFixIsValidWithoutWarnings() throws {
        try expectValid(ReportFixtures.run(), exitCode: 1)
    }

    @Test(.enabled(if: Validator.isAvailable, "needs shared/tools/validate-sarif and python3 with jsonschema (or FACTCHECK_SHARED)"))
    func runWithThreeClaimsAndAnUndescribedRuleIsValid() throws {
        var claims = ReportFixtures.troopClaims()
        claims.append(Claim(path: "c.txt", span: 0..<5, text: "[About]", normalized: nil))
        try expectValid(ReportFixtures.run(troopClaims: claims, troopRule: "mystery"), exitCode: 1)
    }

    @Test(.enabled(if: Validator.isAvailable, "needs shared/tools/validate-sarif and python3 with jsonschema (or FACTCHECK_SHARED)"))
    func emptyRunIsValidWithoutWarnings() throws {
        try expectValid(ReportFixtures.empty, exitCode: 0)
    }

    private func expectValid(_ run: CheckRun, exitCode: Int) throws {
        let sarif = try SARIFReporter.render(run, workingDirectory: "/srv/news my paper",
                                             invocation: (exitCode: exitCode, commandLine: "factcheck --format sarif ."))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try Validator.run(file.path)
        #expect(outcome.status == 0, "validate-sarif failed:\n\(outcome.stdout)\(outcome.stderr)")
        // Problems go to stdout, one per line; the stderr summary always mentions "0 warnings".
        let warnings = outcome.stdout.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.isEmpty, "validate-sarif warned:\n\(warnings.joined(separator: "\n"))")
        #expect(outcome.stderr.contains("valid (0 errors, 0 warnings)"), "\(outcome.stderr)")
    }
}

/// Finds and runs `validate-sarif`: `$FACTCHECK_SHARED/tools`, else `shared/` next to the repository.
enum Validator {
    static var sharedDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["FACTCHECK_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // #filePath is <repo>/Tests/FactCheckTests/Report/<file>.swift; shared/ is the repository's sibling.
        var repository = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { repository.deleteLastPathComponent() }
        return repository.deletingLastPathComponent().appendingPathComponent("shared")
    }

    static var path: String { sharedDirectory.appendingPathComponent("tools/validate-sarif").path }

    /// Whether the validator can run; prints why not, so a skip is never silent.
    static var isAvailable: Bool {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            print("SARIF validation skipped: no executable validator at \(path) (set FACTCHECK_SHARED)")
            return false
        }
        guard let probe = try? execute("/usr/bin/env", ["python3", "-c", "import jsonschema"]), probe.status == 0 else {
            print("SARIF validation skipped: python3 with the jsonschema package is not available")
            return false
        }
        return true
    }

    static func run(_ file: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try execute(path, [file])
    }

    /// Expects the SARIF log in `file` to pass the validator with no warnings; `name` says whose log it is.
    static func expectValid(file: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(file)
        #expect(result.status == 0, "\(name): \(result.stdout)", sourceLocation: sourceLocation)
        #expect(!result.stdout.contains("warning"), "\(name): \(result.stdout)", sourceLocation: sourceLocation)
    }

    static func execute(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot deadlock the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
