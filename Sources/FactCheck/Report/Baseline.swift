import Foundation

/// The findings a project has accepted, so only new ones are reported (`--write-baseline`, `--baseline`).
///
/// An entry is a finding's rule and claims (path, text as written, normalized value), never
/// its line: an edit that moves a claim down the page leaves it baselined. Paths are relative to
/// the baseline file's folder, so the file works from any working directory. Entries count: two
/// identical findings need two entries.
public struct Baseline: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var rule: String
        /// For people reading the file; not part of the match.
        public var message: String
        public var claims: [ClaimKey]
    }

    public struct ClaimKey: Sendable, Hashable, Codable {
        public var path: String
        public var text: String
        public var normalized: String?

        public init(path: String, text: String, normalized: String?) {
            self.path = path
            self.text = text
            self.normalized = normalized
        }
    }

    /// The file format's version.
    public var version = 1
    public var entries: [Entry]

    /// A baseline of every finding `run` reports, with paths relative to `folder`.
    public init(run: CheckRun, folder: String) {
        let uris = ArtifactURI(workingDirectory: FileManager.default.currentDirectoryPath, root: folder)
        entries = run.findings.map { finding in
            Entry(rule: finding.ruleId, message: finding.message, claims: Self.keys(of: finding, uris: uris))
        }.sorted { ($0.claims.first?.path ?? "", $0.rule, Self.key($0.rule, $0.claims)) < ($1.claims.first?.path ?? "", $1.rule, Self.key($1.rule, $1.claims)) }
    }

    /// Reads a baseline file; errors name the file and say what to do.
    public static func load(path: String) throws(InputError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unusable(path: path, problem: "cannot read the baseline file; write one with --write-baseline")
        }
        return try decode(data, path: path)
    }

    /// Reads a baseline's bytes; `path` names the file in errors.
    public static func decode(_ data: Data, path: String) throws(InputError) -> Baseline {
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw .unusable(path: path, problem: "not a FactCheck baseline (\(Self.problem(error))); write it again with --write-baseline")
        }
        guard baseline.version == 1 else {
            throw .unusable(path: path, problem: "baseline version \(baseline.version) is newer than this factcheck reads (1); upgrade factcheck")
        }
        return baseline
    }

    /// The file's bytes: sorted keys and entries, so rewriting an unchanged baseline changes nothing.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data([0x0A])
    }

    /// Writes the baseline to `path`; an error names the file and says what to do.
    public func write(to path: String) throws(InputError) {
        do {
            try encoded().write(to: URL(fileURLWithPath: path))
        } catch {
            // Foundation's own text here is "NSCocoaErrorDomain error 512": say what is wrong instead.
            var isDirectory: ObjCBool = false
            // URL, not NSString: NSString.deletingLastPathComponent traps on some paths in Foundation on Linux.
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            let problem = if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                "is a folder; name a baseline file, such as \(url.appendingPathComponent("factcheck-baseline.json").relativePath)"
            } else if !FileManager.default.fileExists(atPath: folder) {
                "cannot write the baseline file: its folder does not exist; create it first"
            } else {
                "cannot write the baseline file (permission denied or disk full); check the folder is writable"
            }
            throw .unusable(path: path, problem: problem)
        }
    }

    /// What applying a baseline did: the run with baselined findings moved to `suppressed`, and
    /// how many entries matched nothing (findings since fixed).
    public struct Outcome: Sendable {
        public var run: CheckRun
        public var staleEntries: Int
    }

    /// `run` with every finding that has an entry moved to its suppressed findings.
    /// `folder` is the baseline file's folder and `name` how the file is named in justifications.
    ///
    /// A finding matches an entry with the same rule and claims. When a new claim joins an accepted
    /// dispute (another report repeating one side), the finding holds every claim of the entry and
    /// more: the entry still matches it, and the finding stays accepted as long as the new claims
    /// only repeat values the entry already has; a new value is reported.
    public func apply(to run: CheckRun, folder: String, name: String) -> Outcome {
        let uris = ArtifactURI(workingDirectory: FileManager.default.currentDirectoryPath, root: folder)
        var byKey: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() { byKey[Self.key(entry.rule, entry.claims), default: []].append(index) }
        var matched = [Bool](repeating: false, count: entries.count)
        var result = run
        result.findings = []
        var suppressed: [SuppressedFinding] = []
        var open: [(finding: Finding, claims: [ClaimKey])] = []
        for finding in run.findings {
            let claims = Self.keys(of: finding, uris: uris)
            if let index = byKey[Self.key(finding.ruleId, claims)]?.popLast() {
                matched[index] = true
                suppressed.append(SuppressedFinding(finding: finding, kind: .external, justification: "accepted in the baseline \(name)"))
            } else {
                open.append((finding, claims))
            }
        }
        // Only after every exact match, so a grown dispute cannot take the entry of an unchanged one.
        for (finding, claims) in open {
            let present = Set(claims)
            guard let index = entries.indices.first(where: { !matched[$0] && entries[$0].rule == finding.ruleId
                    && Set(entries[$0].claims).isStrictSubset(of: present) }) else {
                result.findings.append(finding)
                continue
            }
            matched[index] = true
            let accepted = Set(entries[index].claims.map { $0.normalized ?? $0.text })
            if claims.allSatisfy({ accepted.contains($0.normalized ?? $0.text) }) {
                suppressed.append(SuppressedFinding(finding: finding, kind: .external,
                                                    justification: "accepted in the baseline \(name) (new claims repeat its values)"))
            } else {
                result.findings.append(finding)
            }
        }
        result.findings.sort(by: Finding.reportOrder)
        result.suppressed = (run.suppressed + suppressed).sorted { Finding.reportOrder($0.finding, $1.finding) }
        return Outcome(run: result, staleEntries: matched.filter { !$0 }.count)
    }

    private static func keys(of finding: Finding, uris: ArtifactURI) -> [ClaimKey] {
        finding.claims.map { ClaimKey(path: uris.location(for: $0.path).uri ?? $0.path, text: $0.text, normalized: $0.normalized) }
    }

    /// The match key: the `factcheck/v1` fingerprint of the rule and claims.
    private static func key(_ rule: String, _ claims: [ClaimKey]) -> String {
        Fingerprint.factCheckV1(ruleId: rule, claims: claims.map { ($0.path, $0.text, $0.normalized) })
    }

    private static func problem(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): "missing '\(key.stringValue)'"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            context.codingPath.isEmpty ? "expected an object with 'version' and 'entries'"
                : "unexpected value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted: "not valid JSON"
        default: "\(error)"
        }
    }
}
