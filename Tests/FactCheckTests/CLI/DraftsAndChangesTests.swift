import Foundation
import Testing

/// `check --against`, `check --drafts` (the pre-commit hook), `--changed-since` and the empty run:
/// what is compared, and what is reported.
@Suite struct DraftsAndChangesTests {
    /// A wire report with an old malformed number, and a draft that contradicts it.
    static let wire = "Officials said 54,000 US troops are stationed in Japan.\n\nThe mission spans 6, 200 kilometers.\n"
    static let draft = "# Draft\n\nSome 45,000 US troops are stationed in Japan.\n"

    @Test func againstReportsOnlyFindingsThatInvolveADraft() throws {
        let folder = try CLIRunner.folder(["wire/ap.txt": Self.wire, "draft.md": Self.draft])
        let whole = try CLIRunner.run(["check", "draft.md", "wire"], in: folder)
        #expect(whole.stdout.contains("wire/ap.txt:3:19: warning: '6, 200'"), "check over everything reports the wire's own finding: \(whole.stdout)")
        #expect(whole.stdout.contains("[conflicting-value]"))

        let output = try CLIRunner.run(["check", "draft.md", "--against", "wire"], in: folder)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("draft.md:3:6: warning: The same fact is given different values"), "\(output.stdout)")
        #expect(output.stdout.contains("wire/ap.txt:1"), "the finding names the wire claim: \(output.stdout)")
        #expect(!output.stdout.contains("6, 200"), "the wire's own finding is not the draft's: \(output.stdout)")
        #expect(output.stdout.hasSuffix("1 finding (0 errors, 1 warning, 0 notes) in 2 files\n"), "\(output.stdout)")

        // A draft also under the sources, spelt another way, is read once: it does not contradict itself.
        let spelt = try CLIRunner.run(["check", "./draft.md", "--against", ".", "./wire/"], in: folder)
        #expect(spelt.stdout.hasSuffix("1 finding (0 errors, 1 warning, 0 notes) in 2 files\n"), "\(spelt.stdout)")
        #expect(spelt.stderr.isEmpty, "\(spelt.stderr)")
    }

    @Test func draftsAreComparedWithTheConfiguredSources() throws {
        let folder = try CLIRunner.folder([
            ".factcheck.yml": "against: [wire]\n", "wire/ap.txt": Self.wire, "draft.md": Self.draft,
            "archive/old.txt": "Some 45,000 US troops are stationed in Japan.\n",
        ])
        let output = try CLIRunner.run(["check", "--drafts", "draft.md"], in: folder)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("wire/ap.txt:1"))
        #expect(!output.stdout.contains("archive/old.txt"), "only 'against' is compared: \(output.stdout)")
        #expect(!output.stdout.contains("6, 200"))

        // Without 'against', the configuration's folder: from a subfolder too, paths as a walk from there names them.
        try "rules:\n  malformed-number: warning\n".write(to: folder.appendingPathComponent(".factcheck.yml"), atomically: true, encoding: .utf8)
        let everything = try CLIRunner.run(["check", "--drafts", "../draft.md"], in: folder.appendingPathComponent("archive"))
        #expect(everything.stdout.hasPrefix("../draft.md:3:6: warning: The same fact"), "\(everything.stdout)")
        #expect(everything.stdout.contains("old.txt:1:"), "\(everything.stdout)")
    }

    @Test func preCommitHookComparesStagedDraftsWithTheRepository() throws {
        let hook = try #require(try CIRecipesTests.yaml(".pre-commit-hooks.yaml").array().first)
        let words = try #require(hook["entry"]?.string).split(separator: " ").map(String.init)
        let folder = try CLIRunner.folder(["wire/ap.txt": Self.wire, "stories/draft.md": Self.draft])
        // pre-commit runs the entry from the repository's root with the staged files appended.
        let output = try CLIRunner.run(Array(words.dropFirst()) + ["stories/draft.md"], in: folder)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("stories/draft.md:3:6: warning: The same fact"), "\(output.stdout)")
        #expect(!output.stdout.contains("6, 200"), "the unchanged wire copy is compared, not reported on")
    }

    @Test func changedSinceReportsOnlyFindingsOnChangedLines() throws {
        let folder = try CLIRunner.folder(["wire/ap.txt": Self.wire, "story.md": "# Story\n\nAbout 40, 000 vehicles a day.\n"])
        try Git.commitAll(in: folder)
        try "# Story\n\nAbout 40, 000 vehicles a day.\n\nSome 45,000 US troops are stationed in Japan.\n"
            .write(to: folder.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        try "Officials said 1,0000 people left.\n".write(to: folder.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)

        let output = try CLIRunner.run(["check", "--changed-since", "HEAD", "."], in: folder)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("story.md:5:6: warning: The same fact"), "a changed line contradicts an unchanged source: \(output.stdout)")
        #expect(output.stdout.contains("new.txt:1:16: warning: '1,0000'"), "an untracked file is new throughout: \(output.stdout)")
        #expect(!output.stdout.contains("40, 000"), "an old finding on an unchanged line: \(output.stdout)")
        #expect(!output.stdout.contains("6, 200"))

        // From a subfolder the same lines are found (git's paths are relative to the repository's root).
        let inside = try CLIRunner.run(["check", "--changed-since", "HEAD", "ap.txt", "../story.md"], in: folder.appendingPathComponent("wire"))
        #expect(inside.stdout.contains("../story.md:5:6"), "\(inside.stdout)")

        let bad = try CLIRunner.run(["check", "--changed-since", "no-such-ref", "."], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no-such-ref: --changed-since: git cannot compare with this revision"), "\(bad.stderr)")
    }

    @Test func actionPassesChangedSince() throws {
        let action = try CompositeAction.load()
        let workspace = try CLIRunner.folder(["story.md": "About 40, 000 vehicles a day.\n"])
        try Git.commitAll(in: workspace)
        try "About 40, 000 vehicles a day.\n\nAbout 12,,300 cars.\n".write(to: workspace.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        let run = try action.runCheck(in: workspace, inputs: ["changed-since": "HEAD"], factcheckDirectory: CLIRunner.binary.deletingLastPathComponent())
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("::warning file=story.md,line=3,"), "\(run.stdout)")
        #expect(!run.stdout.contains("line=1,"), "\(run.stdout)")
    }

    @Test func aRunThatChecksNothingIsAnError() throws {
        let folder = try CLIRunner.folder(["notes.rtf": "6, 200 km", ".factcheck.yml": "include: [\"wire/**\"]\n", "a.txt": "5 km\n"])
        let named = try CLIRunner.run(["check", "notes.rtf"], in: folder)
        #expect(named.status == 2)
        #expect(named.stderr.contains("factcheck: error: no file was checked: every input was skipped (see above)"), "\(named.stderr)")
        #expect(!named.stdout.contains("no findings"), "no report that looks like a pass")
        let excluded = try CLIRunner.run(["check", "."], in: folder)
        #expect(excluded.status == 2, "every file left out by include: \(excluded.stderr)")
        let empty = try CLIRunner.folder(["images/logo.png": "x"])
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("nothing"), withIntermediateDirectories: true)
        let nothing = try CLIRunner.run(["check", "nothing"], in: empty)
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("the paths hold no .txt, .text, .md, .markdown, .html or .htm file"), "\(nothing.stderr)")
        let allowed = try CLIRunner.run(["check", "--allow-empty", "notes.rtf"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout == "no findings in 0 files\n")
    }
}

/// git, run in a test's folder with a fixed identity.
enum Git {
    static func run(_ arguments: [String], in folder: URL) throws -> CLIRunner.Output {
        let output = try CLIRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                       ["git", "-c", "user.name=FactCheck Tests", "-c", "user.email=tests@factcheck.invalid", "-c", "commit.gpgsign=false"] + arguments,
                                       in: folder)
        if output.status != 0 { Issue.record("git \(arguments.joined(separator: " ")): \(output.stderr)") }
        return output
    }

    static func commitAll(in folder: URL) throws {
        _ = try run(["init", "-q"], in: folder)
        _ = try run(["add", "-A"], in: folder)
        _ = try run(["commit", "-q", "-m", "wire"], in: folder)
    }
}
