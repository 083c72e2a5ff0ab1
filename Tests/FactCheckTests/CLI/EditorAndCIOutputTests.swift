import Foundation
import Testing
@testable import FactCheck

/// What editors and CI pipelines use besides `check PATH`: stdin, GitHub annotations, the rule list.
@Suite struct EditorAndCIOutputTests {
    @Test func standardInputIsCheckedUnderItsGivenName() throws {
        let output = try CLIRunner.run(["check", "-", "--stdin-filename", "drafts/bridge.md"], stdin: "# Bridge\n\nAbout 40, 000 vehicles a day.\n\n`6, 200` in code is not prose.\n")
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("drafts/bridge.md:3:7: warning: '40, 000' has a space inside the number"))
        #expect(!output.stdout.contains("6, 200"), "the name's .md extension makes it Markdown: inline code is not prose")
        #expect(try CLIRunner.run(["check", "-", "seeds"], stdin: "").status == 2)
    }

    @Test func githubFormatWritesWorkflowCommands() throws {
        let output = try CLIRunner.run(["check", "--format", "github", "seeds"])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "::warning file=seeds/001_18a2e4631ae6a783.txt,line=27,col=175,endLine=27,endColumn=181,title=malformed-number::'6, 200' has a space inside the number; write '6,200'")
        #expect(lines.last?.hasPrefix("::notice file=seeds/002_589291569dc7cd24.txt,line=19,col=39,") == true)
    }

    @Test func rulesListsEveryCheckAndExplainDocumentsOne() throws {
        let rules = try CLIRunner.run(["rules"])
        #expect(rules.status == 0)
        for id in ["malformed-number", "conversion-mismatch", "arithmetic-mismatch", "conflicting-value", "unit-mismatch"] {
            #expect(rules.stdout.contains(id))
        }
        let explain = try CLIRunner.run(["explain", "unit-mismatch"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("unit-mismatch (warning): "))
        #expect(explain.stdout.contains("flagged: The quake struck at a depth of ↓10 kilometres"))
        let unknown = try CLIRunner.run(["explain", "unit-mismatc"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'unit-mismatch'?"))
    }
}

extension EditorAndCIOutputTests {
    /// `--root` makes SARIF paths relative to the repository when factcheck runs from a subfolder.
    @Test func sarifPathsAreRelativeToRoot() throws {
        let folder = try CLIRunner.folder(["desk/typo.txt": "About 40, 000 vehicles a day.\n"])
        let desk = folder.appendingPathComponent("desk")
        let plain = try CLIRunner.run(["check", "--format", "sarif", "typo.txt"], in: desk)
        #expect(plain.stdout.contains("\"uri\" : \"typo.txt\""))
        let rooted = try CLIRunner.run(["check", "--format", "sarif", "--root", "..", "typo.txt"], in: desk)
        #expect(rooted.stdout.contains("\"uri\" : \"desk/typo.txt\""), "\(rooted.stdout)")
    }
}

extension EditorAndCIOutputTests {
    /// docs/rules/RULE.md is what `factcheck explain RULE --format markdown` prints, for every rule:
    /// the pages SARIF `helpUri` and LSP `codeDescription` link to never drift from the code.
    @Test func ruleDocumentationPagesAreUpToDate() throws {
        for check in CheckCatalog.descriptions {
            let page = CLIRunner.repositoryRoot.appendingPathComponent("docs/rules/\(check.id).md")
            let committed = try? String(contentsOf: page, encoding: .utf8)
            let generated = try CLIRunner.run(["explain", "--format", "markdown", check.id]).stdout
            #expect(committed == generated, "docs/rules/\(check.id).md is out of date: run `factcheck explain --format markdown \(check.id) > docs/rules/\(check.id).md`")
            #expect(check.documentationURI.hasSuffix("docs/rules/\(check.id).md"))
        }
        let sarif = try CLIRunner.run(["check", "--format", "sarif", "seeds"]).stdout
        #expect(sarif.contains("\"helpUri\" : \"https://github.com/factcheck/factcheck/blob/main/docs/rules/malformed-number.md\""))
    }
}

extension EditorAndCIOutputTests {
    /// What stderr says was skipped or replaced, SARIF says too (`toolExecutionNotifications`), and it validates.
    @Test func sarifListsSkippedInputsAndInputWarnings() throws {
        let folder = try CLIRunner.folder(["notes.json": "{}", "a.txt": "About 40, 000 vehicles a day.\n"])
        try Data([0x4F, 0x6E, 0x20, 0xE9, 0x74, 0xE9, 0x0A]).write(to: folder.appendingPathComponent("latin1.txt"))
        let output = try CLIRunner.run(["check", "--format", "sarif", "."], in: folder)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let invocation = ((log["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first
        let notifications = invocation?["toolExecutionNotifications"] as? [[String: Any]] ?? []
        #expect(notifications.map { $0["level"] as? String } == ["note", "warning"])
        #expect(((notifications.first?["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("Skipped: not a text, Markdown or HTML file") == true)
        #expect(output.stdout.contains("\"uri\" : \"notes.json\""))
        if Validator.isAvailable {
            let file = folder.appendingPathComponent("out.sarif")
            try output.stdout.write(to: file, atomically: true, encoding: .utf8)
            try Validator.expectValid(file: file.path, name: "SARIF with notifications")
        }
    }
}
