import Foundation

/// The lines changed since a git revision (`check --changed-since REF`): a report keeps only the
/// findings with a claim on one of them, while the check itself still compares every source.
public struct ChangedLines: Sendable, Equatable {
    /// New-side line numbers (1-based) changed in each file, by absolute path.
    public var lines: [String: Set<Int>] = [:]
    /// Absolute paths of files git does not track yet: every line of them is new.
    public var untracked: Set<String> = []

    public init(lines: [String: Set<Int>] = [:], untracked: Set<String> = []) {
        self.lines = lines
        self.untracked = untracked
    }

    /// Whether line `line` (1-based) of the file at `path` (as a report names it) changed.
    public func contains(path: String, line: Int) -> Bool {
        let absolute = FilePath.absolute(path)
        return untracked.contains(absolute) || lines[absolute]?.contains(line) == true
    }

    /// Reads `git diff --unified=0` output: `+++ b/PATH` names a file, each `@@ -a,b +c,d @@` hunk
    /// adds lines c..<c+d (d is 1 when left out; 0 is a pure deletion). `root` is the repository's
    /// absolute top folder, which git's paths are relative to.
    public static func parse(diff: String, root: String) -> ChangedLines {
        var changed = ChangedLines()
        var current: String?
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                let name = line.dropFirst(4)
                current = name.hasPrefix("b/") ? FilePath.absolute(String(name.dropFirst(2)), from: root) : nil
            } else if line.hasPrefix("@@ "), let current, let added = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) {
                let numbers = added.dropFirst().split(separator: ",").compactMap { Int($0) }
                guard let start = numbers.first else { continue }
                let count = numbers.count > 1 ? numbers[1] : 1
                changed.lines[current, default: []].formUnion(start..<start + count)
            }
        }
        return changed
    }

    /// The lines changed in the working tree since `revision`, from git run in the working
    /// directory; untracked files (not ignored) count as changed throughout.
    public static func since(_ revision: String) throws(InputError) -> ChangedLines {
        let root = try git(["rev-parse", "--show-toplevel"], revision: revision).trimmingCharacters(in: .whitespacesAndNewlines)
        let diff = try git(["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", revision, "--"], revision: revision)
        var changed = parse(diff: diff, root: root)
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"], revision: revision)
        changed.untracked = Set(untracked.split(separator: "\0").map { FilePath.absolute(String($0), from: root) })
        return changed
    }

    private static func git(_ arguments: [String], revision: String) throws(InputError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw .unusable(path: revision, problem: "--changed-since needs git, which could not be run (\(error.localizedDescription))")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: "\n").first.map(String.init) ?? "git exited with \(process.terminationStatus)"
            throw .unusable(path: revision, problem: "--changed-since: git cannot compare with this revision (\(reason)); run inside the repository, and fetch the revision (actions/checkout: fetch-depth: 0)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

extension CheckRun {
    /// The run with only the findings that have a claim on a changed line (and the suppressed ones likewise).
    public func limited(to changed: ChangedLines) -> CheckRun {
        func touches(_ finding: Finding) -> Bool {
            finding.claims.contains { claim in
                guard let lines = files[claim.path]?.lines else { return false }
                let first = lines.line(of: claim.span.lowerBound), last = lines.line(of: max(claim.span.lowerBound, claim.span.upperBound - 1))
                return (first...last).contains { changed.contains(path: claim.path, line: $0) }
            }
        }
        var run = self
        run.findings = findings.filter(touches)
        run.suppressed = suppressed.filter { touches($0.finding) }
        return run
    }
}
