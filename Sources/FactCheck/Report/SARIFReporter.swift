import Foundation

/// Writes a run as a SARIF 2.1.0 log that GitHub code scanning accepts without warnings.
public enum SARIFReporter {
    /// The log as pretty-printed JSON with sorted keys, so equal runs give equal bytes.
    ///
    /// Relative paths in `run` are relative to `workingDirectory`; artifact URIs are made relative
    /// to `root` (`%SRCROOT%`, by default the working directory). `invocation` is what the CLI will
    /// exit with, and the command line if it wants it recorded.
    public static func render(_ run: CheckRun, workingDirectory: String, root: String? = nil,
                              invocation: (exitCode: Int, commandLine: String?)) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(log(for: run, workingDirectory: workingDirectory, root: root, invocation: invocation))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The log as a value.
    public static func log(for run: CheckRun, workingDirectory: String, root: String? = nil,
                           invocation: (exitCode: Int, commandLine: String?)) -> SARIFLog {
        var writer = Writer(run: run, uris: ArtifactURI(workingDirectory: workingDirectory, root: root))
        var results = run.findings.map { writer.result(for: $0) }
        for suppressed in run.suppressed {
            var result = writer.result(for: suppressed.finding)
            result.suppressions = [SARIFLog.Suppression(kind: suppressed.kind.rawValue, justification: suppressed.justification)]
            results.append(result)
        }
        let driver = SARIFLog.ToolComponent(
            name: "factcheck",
            version: FactCheckVersion.current,
            semanticVersion: FactCheckVersion.current,
            informationUri: FactCheckVersion.informationURI,
            rules: writer.rules)
        let root = SARIFLog.ArtifactLocation(uri: writer.uris.rootURI)
        return SARIFLog(runs: [SARIFLog.Run(
            tool: SARIFLog.Tool(driver: driver),
            invocations: [SARIFLog.Invocation(
                // Exit code 1 means "findings", which is a successful run; 2 and up means the tool failed.
                executionSuccessful: invocation.exitCode < 2,
                exitCode: invocation.exitCode,
                commandLine: invocation.commandLine,
                workingDirectory: SARIFLog.ArtifactLocation(uri: "file://" + ArtifactURI.percentEncoded(writer.uris.workingDirectory) + "/"),
                toolExecutionNotifications: writer.notifications())],
            originalUriBaseIds: ["%SRCROOT%": root],
            columnKind: "utf16CodeUnits",
            results: results)])
    }

    /// Backslash-escapes `\`, `[` and `]` so text from findings is never read as an embedded link (SARIF 3.11.6).
    public static func escapedMessageText(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "[" || character == "]" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Builds results while collecting rules and caching line hashes per file.
    private struct Writer {
        let run: CheckRun
        let uris: ArtifactURI
        var rules: [SARIFLog.ReportingDescriptor] = []
        private var ruleIndex: [String: Int] = [:]
        private var lineHashes: [String: [String]] = [:]

        init(run: CheckRun, uris: ArtifactURI) {
            self.run = run
            self.uris = uris
            for check in run.checks where ruleIndex[check.id] == nil {
                ruleIndex[check.id] = rules.count
                rules.append(Self.descriptor(for: check))
            }
        }

        mutating func result(for finding: Finding) -> SARIFLog.Result {
            let index = index(ofRule: finding.ruleId)
            let related = finding.claims.dropFirst().enumerated().map { offset, claim in
                location(for: claim, id: offset + 1)
            }
            var fingerprints = ["factcheck/v1": Fingerprint.factCheckV1(
                ruleId: finding.ruleId,
                claims: finding.claims.map { (location: uris.location(for: $0.path).uri ?? $0.path, text: $0.text, normalized: $0.normalized) })]
            if let primary = finding.claims.first, let hash = lineHash(for: primary) {
                fingerprints["primaryLocationLineHash"] = hash
            }
            return SARIFLog.Result(
                ruleId: finding.ruleId,
                ruleIndex: index,
                level: finding.level,
                message: SARIFLog.Message(text: messageText(for: finding)),
                locations: finding.claims.first.map { [location(for: $0, id: nil)] } ?? [],
                relatedLocations: related.isEmpty ? nil : related,
                partialFingerprints: fingerprints,
                fixes: finding.fix.map { [fix(for: $0)] })
        }

        /// The finding's message, escaped, then a link to every related location so GitHub shows them.
        private func messageText(for finding: Finding) -> String {
            var text = SARIFReporter.escapedMessageText(finding.message)
            if text.trimmingCharacters(in: .whitespaces).isEmpty { text = "Finding from rule \(finding.ruleId)" }
            let others = finding.claims.dropFirst()
            guard !others.isEmpty else { return text }
            if let last = text.last, !".!?:".contains(last) { text += "." }
            let links = others.enumerated().map { offset, claim in
                let label = claim.text.isEmpty ? "claim \(offset + 2)" : SARIFReporter.escapedMessageText(claim.text)
                return "[\(label)](\(offset + 1))"
            }
            return text + " Related claim\(links.count == 1 ? "" : "s"): " + links.joined(separator: ", ") + "."
        }

        /// One note per skipped input and one warning per input warning, so a SARIF consumer sees
        /// what was not checked as the text report's stderr shows it.
        func notifications() -> [SARIFLog.Notification]? {
            let skipped = run.skipped.sorted { $0.path < $1.path }.map { input in
                SARIFLog.Notification(message: SARIFLog.Message(text: SARIFReporter.escapedMessageText("Skipped: \(input.reason)")), level: "note",
                                      locations: [SARIFLog.Location(physicalLocation: SARIFLog.PhysicalLocation(artifactLocation: uris.location(for: input.path), region: nil))])
            }
            let warnings = run.warnings.sorted { ($0.path, $0.offset) < ($1.path, $1.offset) }.map { warning in
                SARIFLog.Notification(message: SARIFLog.Message(text: SARIFReporter.escapedMessageText(warning.message)), level: "warning",
                                      locations: [SARIFLog.Location(physicalLocation: SARIFLog.PhysicalLocation(
                                          artifactLocation: uris.location(for: warning.path),
                                          region: region(for: warning.offset..<warning.offset, in: warning.path, snippet: nil)))])
            }
            let all = skipped + warnings
            return all.isEmpty ? nil : all
        }

        private func location(for claim: Claim, id: Int?) -> SARIFLog.Location {
            let label = claim.label
            return SARIFLog.Location(
                id: id,
                physicalLocation: SARIFLog.PhysicalLocation(
                    artifactLocation: uris.location(for: claim.path),
                    region: region(for: claim.span, in: claim.path, snippet: claim.text)),
                message: label.isEmpty ? nil : SARIFLog.Message(text: SARIFReporter.escapedMessageText(label)))
        }

        /// Lines and UTF-16 columns (the run's columnKind) plus the honest byte range.
        private func region(for span: Range<Int>, in path: String, snippet: String?) -> SARIFLog.Region {
            let content = snippet.map { SARIFLog.ArtifactContent(text: $0) }
            guard let file = run.files[path] else {
                // Without the file there are no lines to count; bytes are all we know.
                return SARIFLog.Region(byteOffset: max(0, span.lowerBound), byteLength: span.count, snippet: content)
            }
            let span = file.clamped(span)
            let start = file.reportPosition(of: span.lowerBound)
            let end = file.reportPosition(of: span.upperBound)
            return SARIFLog.Region(
                startLine: start.line, startColumn: start.utf16Column,
                endLine: end.line, endColumn: end.utf16Column,
                byteOffset: span.lowerBound, byteLength: span.count,
                snippet: content)
        }

        private func fix(for fix: Fix) -> SARIFLog.Fix {
            SARIFLog.Fix(
                description: SARIFLog.Message(text: SARIFReporter.escapedMessageText(fix.description)),
                artifactChanges: [SARIFLog.ArtifactChange(
                    artifactLocation: uris.location(for: fix.path),
                    replacements: [SARIFLog.Replacement(
                        deletedRegion: region(for: fix.span, in: fix.path, snippet: nil),
                        insertedContent: SARIFLog.ArtifactContent(text: fix.replacement))])])
        }

        private mutating func lineHash(for claim: Claim) -> String? {
            guard let file = run.files[claim.path] else { return nil }
            if lineHashes[claim.path] == nil {
                lineHashes[claim.path] = LineHash.hashes(of: String(decoding: file.bytes, as: UTF8.self))
            }
            let line = file.reportPosition(of: claim.span.lowerBound).line
            guard let hashes = lineHashes[claim.path], line <= hashes.count, !hashes[line - 1].isEmpty else { return nil }
            return hashes[line - 1]
        }

        /// The rule's index in `rules`; a finding from a check that did not describe itself gets a minimal rule
        /// so the log stays valid (GitHub rejects a ruleId missing from `rules`).
        private mutating func index(ofRule id: String) -> Int {
            if let index = ruleIndex[id] { return index }
            let text = SARIFLog.Message(text: "Findings reported under rule \(id).")
            rules.append(SARIFLog.ReportingDescriptor(
                id: id, shortDescription: text, fullDescription: text, help: text))
            ruleIndex[id] = rules.count - 1
            return rules.count - 1
        }

        private static func descriptor(for check: CheckDescription) -> SARIFLog.ReportingDescriptor {
            SARIFLog.ReportingDescriptor(
                id: check.id,
                name: check.name,
                shortDescription: SARIFLog.Message(text: check.summary),
                fullDescription: SARIFLog.Message(text: check.details),
                // The Markdown source doubles as the plain text: it is written to read well unrendered.
                help: SARIFLog.Message(text: check.helpMarkdown, markdown: check.helpMarkdown),
                helpUri: check.documentationURI,
                defaultConfiguration: SARIFLog.ReportingConfiguration(level: check.defaultLevel),
                properties: SARIFLog.RuleProperties(tags: check.tags.isEmpty ? nil : check.tags, precision: check.precision))
        }
    }
}
