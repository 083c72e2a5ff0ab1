import FactCheck
import Foundation
import Testing
import Yams

/// The CI recipes at the repository root: the composite action, the pre-commit hooks and the
/// README's workflow. The scripts in them are run for real (the action's check step with bash,
/// as the runner starts it; the hook's entry with the built binary), not only read.
@Suite struct CIRecipesTests {
    // MARK: action.yml

    @Test func actionIsCompositeAndUsesExactlyTheInputsItDeclares() throws {
        let action = try CompositeAction.load()
        #expect(action.node["runs"]?["using"]?.string == "composite")
        #expect(Set(action.defaults.keys) == ["paths", "fail-level", "sarif-file", "config", "baseline", "args", "changed-since", "annotations", "version", "swift-version"])
        #expect(action.defaults["paths"] == ".")
        #expect(action.defaults["fail-level"] == "warning")
        #expect(action.defaults["sarif-file"] == "factcheck.sarif")
        #expect(action.defaults["config"] == "" && action.defaults["baseline"] == "" && action.defaults["args"] == "")

        let referenced = Set(action.expressions.flatMap { CompositeAction.matches(of: #"inputs\.([A-Za-z0-9_-]+)"#, in: $0) })
        #expect(referenced == Set(action.defaults.keys), "inputs used vs declared")

        // Every steps.X.outputs.Y names a step declared before the one that reads it.
        var seen: Set<String> = []
        for step in action.steps {
            for expression in CompositeAction.strings(in: step) {
                for id in CompositeAction.matches(of: #"steps\.([A-Za-z0-9_-]+)\.outputs"#, in: expression) {
                    #expect(seen.contains(id), "step '\(step["id"]?.string ?? "?")' reads outputs of '\(id)', not an earlier step")
                }
            }
            if let id = step["id"]?.string { seen.insert(id) }
        }
        for name in ["sarif-file", "exit-code"] {
            #expect(action.node["outputs"]?[name]?["value"]?.string == "${{ steps.check.outputs.\(name) }}")
        }
    }

    @Test func actionKeepsInputsOutOfScriptsAndPinsWhatItUses() throws {
        let action = try CompositeAction.load()
        for step in action.steps {
            if let run = step["run"]?.string {
                // An expression spliced into a script is code injection waiting for a file name.
                #expect(!run.contains("${{"), "step '\(step["id"]?.string ?? "?")' splices an expression into its script")
                #expect(step["shell"]?.string == "bash")
            }
            if let uses = step["uses"]?.string {
                #expect(uses.range(of: #"^[\w.-]+/[\w.-]+@v\d+$"#, options: .regularExpression) != nil, "\(uses): pin a major version")
            }
        }
        let setups = action.steps.filter { $0["uses"]?.string?.hasPrefix("swift-actions/setup-swift@") == true }
        #expect(setups.count == 2)
        #expect(setups.allSatisfy { $0["if"] != nil }, "Swift is installed only when asked for or missing")
        // What the build reads, the cache key hashes: the manifest, the sources, the plugin and the rules it embeds.
        let key = try #require(action.step("key")["run"]?.string)
        for input in ["Package.swift", "Sources", "Plugins", "rules"] {
            #expect(key.contains(" \(input)"), "the cache key ignores \(input)")
        }
        let build = try #require(action.step("build")["run"]?.string)
        #expect(build.contains("scripts/ensure-pcre2"))
        #expect(build.contains("swift build -c release --package-path \"$FACTCHECK_SOURCE\""))
        #expect(try action.step("build")["env"]?["FACTCHECK_SOURCE"]?.string == "${{ github.action_path }}")
    }

    @Test func actionCheckWithDefaultsWritesValidSARIFAndAnnotations() throws {
        let action = try CompositeAction.load()
        let workspace = try Self.workspaceWithSeeds()
        let run = try action.runCheck(in: workspace, factcheckDirectory: CLIRunner.binary.deletingLastPathComponent())

        #expect(run.status == 1, "a warning in the seeds, and fail-level defaults to warning: \(run.stderr)")
        #expect(run.outputs == ["exit-code": "1", "sarif-file": "factcheck.sarif"])
        let sarif = workspace.appendingPathComponent("factcheck.sarif")
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [Any]) ?? []
        #expect(results.count == 2, "the malformed number and the cross-document note")
        if Validator.isAvailable { try Validator.expectValid(file: sarif.path, name: "the action's SARIF on the seeds") }
        #expect(run.stdout.contains("::warning file=seeds/001_18a2e4631ae6a783.txt,line=27,col=175,"), "annotations: \(run.stdout)")
        #expect(!run.stderr.contains("skipped"), "the walk of '.' met the SARIF being written: \(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).sorted() == ["factcheck.sarif", "seeds"])

        let lenient = try action.runCheck(in: workspace, inputs: ["fail-level": "error"], factcheckDirectory: CLIRunner.binary.deletingLastPathComponent())
        #expect(lenient.status == 0)
        #expect(lenient.outputs == ["exit-code": "0", "sarif-file": "factcheck.sarif"])
        #expect(FileManager.default.fileExists(atPath: sarif.path), "SARIF is written whatever the exit code")
    }

    @Test func actionCheckStopsOnAnErrorWithoutSARIF() throws {
        let action = try CompositeAction.load()
        let workspace = try Self.workspaceWithSeeds()
        let run = try action.runCheck(in: workspace, inputs: ["paths": "seeds no-such-folder"],
                                      factcheckDirectory: CLIRunner.binary.deletingLastPathComponent())
        #expect(run.status == 2)
        #expect(run.outputs == ["exit-code": "2"], "no sarif-file output, so the README's upload step is skipped")
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("factcheck.sarif").path))
        #expect(run.stderr.contains("no-such-folder"))
        #expect(run.stdout.contains("::error title=factcheck::"))
    }

    @Test func actionCheckPassesOptionsOnlyWhenSetAndNeverGlobs() throws {
        let action = try CompositeAction.load()
        let stub = try FactcheckStub()
        let workspace = try CLIRunner.folder(["a.md": "x"])

        let plain = try action.runCheck(in: workspace, inputs: ["paths": "*.md\n  seeds docs", "args": "--jobs 1"],
                                        factcheckDirectory: stub.directory, environment: stub.environment(status: 0))
        #expect(plain.status == 0)
        #expect(try stub.calls() == [
            ["check", "--format", "sarif", "--fail-level", "warning", "--jobs", "1", "*.md", "seeds", "docs"],
            ["check", "--format", "github", "--fail-level", "warning", "--jobs", "1", "*.md", "seeds", "docs"],
        ])

        let configured = try action.runCheck(in: workspace, inputs: ["config": "factcheck.yml", "baseline": ".factcheck-baseline.json",
                                                                     "fail-level": "note", "annotations": "false", "sarif-file": "out/fc.sarif"],
                                             factcheckDirectory: stub.directory, environment: stub.environment(status: 1))
        #expect(configured.status == 1)
        #expect(configured.outputs == ["exit-code": "1", "sarif-file": "out/fc.sarif"])
        #expect(try String(contentsOf: workspace.appendingPathComponent("out/fc.sarif"), encoding: .utf8) == FactcheckStub.report)
        #expect(try stub.calls() == [
            ["check", "--format", "sarif", "--fail-level", "note", "--config", "factcheck.yml", "--baseline", ".factcheck-baseline.json", "."],
        ])

        let failed = try action.runCheck(in: workspace, factcheckDirectory: stub.directory, environment: stub.environment(status: 2))
        #expect(failed.status == 2)
        #expect(try stub.calls().count == 1, "no annotations pass after an error")
    }

    @Test func actionUsesAReleasedBinaryOnlyWhenItsChecksumMatches() throws {
        let action = try CompositeAction.load()
        #expect(action.steps.first?["id"]?.string == "download")
        #expect(try action.step("download")["if"]?.string == "inputs.version != ''")
        for id in ["swift", "key", "build"] {
            #expect(try action.step(id)["if"]?.string == "steps.download.outputs.bin == ''", "step '\(id)' runs only without a download")
        }
        // A curl that serves the release from a folder (by the URL's last component) and logs the URLs.
        let release = try CLIRunner.folder(["factcheck-linux-x86_64": "#!/bin/sh\necho released\n"])
        let digest = try CLIRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["shasum", "-a", "256", "factcheck-linux-x86_64"], in: release).stdout
        let tools = try CLIRunner.folder(["curl": """
            #!/bin/bash
            out=""; url=""
            while [ $# -gt 0 ]; do case "$1" in -o) out="$2"; shift 2 ;; --retry) shift 2 ;; -*) shift ;; *) url="$1"; shift ;; esac; done
            echo "$url" >> "$RELEASE/urls"
            cp "$RELEASE/${url##*/}" "$out" 2>/dev/null || exit 22
            """])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tools.appendingPathComponent("curl").path)
        let environment = ["PATH": tools.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                           "RELEASE": release.path, "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64"]
        func download(_ version: String) throws -> (status: Int32, stdout: String, stderr: String, outputs: [String: String]) {
            try action.runStep("download", in: release, inputs: ["version": version],
                               expressions: ["github.action_repository": "factcheck/factcheck"], environment: environment, leavesFiles: true)
        }

        try digest.write(to: release.appendingPathComponent("factcheck-linux-x86_64.sha256"), atomically: true, encoding: .utf8)
        let verified = try download("v0.2.0")
        #expect(verified.status == 0, "\(verified.stderr)")
        let bin = try #require(verified.outputs["bin"])
        #expect(try CLIRunner.run(URL(fileURLWithPath: bin + "/factcheck"), []).stdout == "released\n")
        #expect(try String(contentsOf: release.appendingPathComponent("urls"), encoding: .utf8).hasPrefix(
            "https://github.com/factcheck/factcheck/releases/download/v0.2.0/factcheck-linux-x86_64\n"))

        try "0000  factcheck-linux-x86_64\n".write(to: release.appendingPathComponent("factcheck-linux-x86_64.sha256"), atomically: true, encoding: .utf8)
        let tampered = try download("0.2.0")
        #expect(tampered.status == 0 && tampered.outputs["bin"] == nil, "a mismatch builds from source")
        #expect(tampered.stdout.contains("::warning title=factcheck::no verified binary at"))

        try FileManager.default.removeItem(at: release.appendingPathComponent("factcheck-linux-x86_64.sha256"))
        #expect(try download("0.2.0").outputs["bin"] == nil, "no checksum, no download")
    }

    // MARK: .pre-commit-hooks.yaml

    @Test func preCommitHooksAreDeclaredForSwiftAndSystem() throws {
        let hooks = try Self.yaml(".pre-commit-hooks.yaml").array()
        #expect(hooks.map { $0["id"]?.string } == ["factcheck", "factcheck-system"])
        #expect(hooks.map { $0["language"]?.string } == ["swift", "system"])
        for hook in hooks {
            #expect(hook["entry"]?.string == "factcheck check --drafts", "staged files are drafts, compared with the repository")
            #expect(hook["require_serial"]?.bool == true, "cross-document checks need every file in one run")
            #expect(hook["pass_filenames"] == nil)
            #expect(hook["files"]?.string == hooks[0]["files"]?.string)
        }
        // language: swift builds the package and puts .build/release on PATH: the entry must name a product.
        let manifest = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#".executable(name: "factcheck""#))
    }

    @Test func preCommitFileFilterIsWhatFactcheckReads() throws {
        let hooks = try Self.yaml(".pre-commit-hooks.yaml").array()
        let pattern = try #require(hooks.first?["files"]?.string)
        // pre-commit matches with Python's re.search; this pattern means the same to ICU.
        let files = try NSRegularExpression(pattern: pattern)
        let samples = ["seeds/001_18a2e4631ae6a783.txt", "stories/a.md", "b.MARKDOWN", "c/index.html", "d.htm", "e.text", "F.TXT",
                       "action.yml", "Package.swift", "LICENSE", "notes.txt.bak", "page.xhtml", "md", "a.mdx", "html/readme"]
        for path in samples {
            let matched = files.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
            #expect(matched == (InputFormat.detect(path: path) != nil), "\(path): filter \(matched), factcheck reads it: \(!matched)")
        }
    }

    @Test func preCommitEntryRunsOnTheSeedsAsPreCommitWould() throws {
        let hook = try #require(try Self.yaml(".pre-commit-hooks.yaml").array().first)
        let entry = try #require(hook["entry"]?.string)
        // pre-commit splits the entry with shlex; with no quotes or escapes that is a split on spaces.
        #expect(entry.rangeOfCharacter(from: CharacterSet(charactersIn: "\"'\\$")) == nil)
        let words = entry.split(separator: " ").map(String.init)
        #expect(words.first == "factcheck")

        let files = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.repositoryRoot.appendingPathComponent("seeds").path)
            .sorted().map { "seeds/" + $0 }
        #expect(files.count == 5)
        // A repository of the seeds alone: --drafts compares the staged files with the whole repository.
        let repository = try CLIRunner.folder([:])
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("seeds"), to: repository.appendingPathComponent("seeds"))
        let output = try CLIRunner.run(Array(words.dropFirst()) + files, in: repository)
        #expect(output.status == 1, "pre-commit fails the hook on a non-zero exit: \(output.stderr)")
        #expect(output.stdout.contains("seeds/001_18a2e4631ae6a783.txt:27:175: warning: '6, 200' has a space inside the number"))
        #expect(output.stdout.hasSuffix("2 findings (0 errors, 1 warning, 1 note) in 5 files\n"), "the note needs all files in one run: \(output.stdout)")
    }

    // MARK: .github/workflows/ci.yml, VERSION and CHANGELOG.md

    @Test func workflowTestsOnLinuxAndMacOSAndReleasesTheVersionOnItsTag() throws {
        let workflow = try Self.yaml(".github/workflows/ci.yml")
        let test = try #require(workflow["jobs"]?["test"])
        let systems = (test["strategy"]?["matrix"]?["os"]?.array() ?? []).compactMap(\.string)
        #expect(systems.contains { $0.hasPrefix("ubuntu") } && systems.contains { $0.hasPrefix("macos") })
        #expect((test["steps"]?.array() ?? []).contains { $0["run"]?.string == ".ci/run" }, "the README's test command")
        let ci = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("exec scripts/test"))

        let assets = (workflow["jobs"]?["build"]?["strategy"]?["matrix"]?["include"]?.array() ?? []).compactMap { $0["asset"]?.string }
        #expect(assets == ["factcheck-linux-x86_64", "factcheck-linux-arm64", "factcheck-macos-arm64"])
        let publish = (workflow["jobs"]?["release"]?["steps"]?.array() ?? []).compactMap { $0["run"]?.string }.joined()
        #expect(publish.contains("SHA256SUMS") && publish.contains("gh release create"))

        let version = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(FactCheckVersion.current == version)
        let changelog = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        #expect(changelog.contains("\n## \(version)\n"), "CHANGELOG.md has a section for VERSION, the release notes of its tag")
    }

    // MARK: README

    @Test func readmeWorkflowUsesTheActionAndUploadsItsSARIF() throws {
        let blocks = try Self.readmeYAMLBlocks()
        let workflow = try #require(blocks.first { $0["jobs"] != nil }, "no workflow in the README's CI section")
        #expect(workflow["permissions"]?["security-events"]?.string == "write")
        let steps = (workflow["jobs"]?.mapping?.values.first?["steps"]?.array()) ?? []

        let factcheck = try #require(steps.first { $0["uses"]?.string?.hasPrefix("factcheck/factcheck@") == true })
        let id = try #require(factcheck["id"]?.string)
        let declared = Set(try CompositeAction.load().defaults.keys)
        for (key, _) in factcheck["with"]?.mapping ?? [:] {
            #expect(declared.contains(key.string ?? ""), "the workflow passes '\(key.string ?? "")', which action.yml does not declare")
        }

        let upload = try #require(steps.first { $0["uses"]?.string?.hasPrefix("github/codeql-action/upload-sarif@v") == true })
        let condition = upload["if"]?.string ?? ""
        #expect(condition.contains("always()"), "upload also when the check step failed on findings")
        #expect(condition.contains("steps.\(id).outputs.sarif-file"))
        #expect(upload["with"]?["sarif_file"]?.string == "${{ steps.\(id).outputs.sarif-file }}")
        let category = upload["with"]?["category"]?.string ?? ""
        #expect(!category.isEmpty)

        let preCommit = try #require(blocks.first { $0["repos"] != nil }, "no pre-commit snippet in the README's CI section")
        let hookIDs = Set(try Self.yaml(".pre-commit-hooks.yaml").array().compactMap { $0["id"]?.string })
        for hook in preCommit["repos"]?.array().flatMap({ $0["hooks"]?.array() ?? [] }) ?? [] {
            #expect(hookIDs.contains(hook["id"]?.string ?? ""))
        }
    }

    // MARK: Helpers

    static func yaml(_ name: String) throws -> Node {
        let text = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(name), encoding: .utf8)
        return try #require(try Yams.compose(yaml: text), "\(name) is empty")
    }

    /// The ```yaml blocks of the README's "In CI" section, parsed.
    static func readmeYAMLBlocks() throws -> [Node] {
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n## In CI (GitHub Actions, pre-commit)\n"))
        let rest = readme[start.upperBound...]
        let section = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
        return try CompositeAction.matches(of: #"(?s)```yaml\n(.*?)```"#, in: String(section)).compactMap { try Yams.compose(yaml: $0) }
    }

    /// A temporary workspace holding a copy of seeds/, as a checkout of a news archive would.
    static func workspaceWithSeeds() throws -> URL {
        let workspace = try CLIRunner.folder([:])
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("seeds"),
                                         to: workspace.appendingPathComponent("seeds"))
        return workspace
    }
}

/// action.yml, read with Yams, and its `check` step run the way the runner runs it.
struct CompositeAction {
    let node: Node
    /// Every declared input with its default ("" when it has none).
    let defaults: [String: String]

    static func load() throws -> CompositeAction {
        let node = try CIRecipesTests.yaml("action.yml")
        var defaults: [String: String] = [:]
        for (name, input) in node["inputs"]?.mapping ?? [:] {
            defaults[name.string ?? ""] = input["default"]?.string ?? ""
        }
        return CompositeAction(node: node, defaults: defaults)
    }

    var steps: [Node] { node["runs"]?["steps"]?.array() ?? [] }

    func step(_ id: String) throws -> Node {
        try #require(steps.first { $0["id"]?.string == id }, "action.yml has no step '\(id)'")
    }

    /// The `${{ … }}` expressions anywhere in the action.
    var expressions: [String] {
        Self.strings(in: node).flatMap { Self.matches(of: #"\$\{\{\s*(.*?)\s*\}\}"#, in: $0) }
    }

    /// Runs the `check` step's script with bash as a composite step runs (`bash --noprofile --norc
    /// -eo pipefail FILE`), in `workspace`, with its environment resolved from the inputs (defaults
    /// unless given) and factcheck taken from `factcheckDirectory` (where the build step's bin path points).
    func runCheck(in workspace: URL, inputs: [String: String] = [:], factcheckDirectory: URL,
                  environment extra: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String, outputs: [String: String]) {
        try runStep("check", in: workspace, inputs: inputs,
                    expressions: ["steps.download.outputs.bin || steps.build.outputs.bin": factcheckDirectory.path], environment: extra)
    }

    /// Runs the script of the step `id` the same way; `expressions` resolves the step's other
    /// `${{ }}` expressions. `RUNNER_TEMP` is a scratch folder the step must leave empty, unless
    /// `leavesFiles` (a download kept for the steps after it).
    func runStep(_ id: String, in workspace: URL, inputs: [String: String] = [:], expressions: [String: String] = [:],
                 environment extra: [String: String] = [:], leavesFiles: Bool = false)
        throws -> (status: Int32, stdout: String, stderr: String, outputs: [String: String]) {
        let step = try step(id)
        let script = try #require(step["run"]?.string)
        var environment = extra
        for (key, value) in step["env"]?.mapping ?? [:] {
            environment[key.string ?? ""] = try resolve(value.string ?? "", inputs: inputs, expressions: expressions)
        }
        let scratch = try CLIRunner.folder(["check.sh": script])
        let outputs = scratch.appendingPathComponent("github-output")
        try Data().write(to: outputs)
        environment["GITHUB_OUTPUT"] = outputs.path
        environment["RUNNER_TEMP"] = scratch.path
        let run = try CLIRunner.run(URL(fileURLWithPath: "/bin/bash"), ["--noprofile", "--norc", "-eo", "pipefail", scratch.appendingPathComponent("check.sh").path],
                                    in: workspace, environment: environment)
        var written: [String: String] = [:]
        for line in try String(contentsOf: outputs, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            written[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0 != "check.sh" && $0 != "github-output" }
        #expect(leavesFiles || leftovers.isEmpty, "the step left temporary files: \(leftovers)")
        return (run.status, run.stdout, run.stderr, written)
    }

    /// Substitutes the expressions a step's environment may hold; any other expression fails the test.
    private func resolve(_ value: String, inputs: [String: String], expressions: [String: String]) throws -> String {
        var result = value
        for expression in Self.matches(of: #"\$\{\{\s*(.*?)\s*\}\}"#, in: value) {
            let replacement: String
            if expression.hasPrefix("inputs."), let declared = defaults[String(expression.dropFirst("inputs.".count))] {
                replacement = inputs[String(expression.dropFirst("inputs.".count))] ?? declared
            } else if let known = expressions[expression] {
                replacement = known
            } else {
                Issue.record("the step's environment uses '\(expression)', which this test cannot resolve")
                replacement = ""
            }
            result = result.replacingOccurrences(of: "${{ \(expression) }}", with: replacement)
        }
        #expect(!result.contains("${{"), "unresolved: \(value)")
        return result
    }

    /// Every scalar in `node`, keys and values.
    static func strings(in node: Node) -> [String] {
        switch node {
        case .scalar(let scalar): [scalar.string]
        case .mapping(let mapping): mapping.flatMap { strings(in: $0.key) + strings(in: $0.value) }
        case .sequence(let sequence): sequence.flatMap { strings(in: $0) }
        case .alias: []
        }
    }

    /// The first capture group of every match of `pattern` in `text`.
    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

/// A `factcheck` that records its arguments and exits as told: what the action passes, without a real check.
struct FactcheckStub {
    static let report = "{\"stub\": true}\n"
    let directory: URL
    private let log: URL

    init() throws {
        directory = try CLIRunner.folder(["factcheck": """
            #!/bin/sh
            for argument in "$@"; do printf '%s\\n' "$argument"; done >> "$STUB_LOG"
            echo "--end--" >> "$STUB_LOG"
            printf '%s' '\(Self.report)'
            exit "$STUB_STATUS"
            """])
        log = directory.appendingPathComponent("calls")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.appendingPathComponent("factcheck").path)
    }

    /// The environment that makes the stub exit with `status`; it also starts a fresh call log.
    func environment(status: Int32) -> [String: String] {
        try? FileManager.default.removeItem(at: log)
        return ["STUB_LOG": log.path, "STUB_STATUS": String(status)]
    }

    /// Each call's arguments, in order.
    func calls() throws -> [[String]] {
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        return try String(contentsOf: log, encoding: .utf8).components(separatedBy: "--end--\n").dropLast()
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }
}
