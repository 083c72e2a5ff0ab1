import ArgumentParser
import FactCheck
import Foundation

/// `factcheck facts PATH...`: list every quantity FactCheck reads.
struct FactsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List every quantity in the documents, normalized."
    )

    enum Format: String, ExpressibleByArgument {
        case table, jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Output format: a table for people, one JSON object per line for machines.", valueName: "table|jsonl"))
    var format: Format = .table

    @Flag(help: "Group the facts across documents: which sources agree, which disagree, which state a fact alone.")
    var group = false

    @Flag(help: "Show each figure's claim frame: what it measures (and the words that narrow it), its event, role, owner and time.")
    var frames = false

    @Flag(help: "Print throughput and peak memory on stderr when done.")
    var stats = false

    /// One document's part of the output, made by the worker that read it so the writer only writes.
    struct DocumentOutput: Sendable {
        var bytes: Int
        var quantities: Int
        var warnings: [String]
        /// With `--group`: the facts, grouped once every document is read.
        var facts: [Fact]
        var report: [UInt8]
    }

    func render(_ analysis: DocumentAnalysis) -> DocumentOutput {
        let warnings = analysis.warnings.map { warning in
            let position = analysis.document.source.lines.position(of: warning.offset)
            return "\(TerminalText.escaped(warning.path)):\(position.line):\(position.column): warning: \(warning.message)"
        }
        var output = DocumentOutput(bytes: analysis.document.source.bytes.count, quantities: analysis.quantities.count,
                                    warnings: warnings, facts: [], report: [])
        if group {
            output.facts = analysis.facts
            return output
        }
        var records = analysis.quantities.map { FactRecord($0, in: analysis.document, quantities: analysis.quantities) }
        if frames {
            let frameBySpan = Dictionary(analysis.facts.map { ($0.quantity.span.lowerBound, FactRecord.FrameRecord($0)) }) { first, _ in first }
            for index in records.indices { records[index].frame = frameBySpan[records[index].start] }
        }
        guard !records.isEmpty else { return output }
        switch format {
        case .jsonl: output.report = FactsReporter.jsonLines(records)
        case .table: output.report = Array((FactsReporter.table(records) + "\n").utf8)
        }
        return output
    }

    func run() async throws {
        let checker = try await input.makeChecker()
        let clock = ContinuousClock()
        let started = clock.now
        var bytes = 0, documents = 0, factCount = 0
        var facts: [Fact] = []
        try await exitingOnInputErrors {
            let consume = { (output: DocumentOutput) in
                bytes += output.bytes
                documents += 1
                factCount += output.quantities
                for warning in output.warnings { Console.note(warning) }
                facts += output.facts
                if !output.report.isEmpty { Console.write(output.report) }
            }
            if input.readsStandardInput {
                let (source, warnings) = try input.standardInput()
                return consume(render(try checker.analyze(source, warnings: warnings, facts: group || frames, findings: false, scratch: MatchScratch())))
            }
            let (files, skipped) = try InputCollector.collect(paths: input.paths, forcedFormat: input.inputType,
                                                              filter: checker.configuration.inputFilter)
            for item in skipped { Console.note(TerminalText.escaped("factcheck: skipped \(item.path): \(item.reason)")) }
            try await checker.analyzeFiles(files, jobs: input.jobs, facts: group || frames, findings: false, render: render,
                                           skip: { Console.note(TerminalText.escaped("factcheck: skipped \($0.path): \($0.reason)")) }, consume: consume)
        }
        if group {
            let records = CorroborationReporter.records(FactGrouping(identity: checker.rules.identity).groups(facts))
            switch format {
            case .jsonl: Console.write(try CorroborationReporter.jsonLines(records))
            case .table: Console.write(CorroborationReporter.text(records))
            }
        }
        if stats {
            let seconds = Double((clock.now - started).components.attoseconds) / 1e18 + Double((clock.now - started).components.seconds)
            let megabytes = Double(bytes) / 1_000_000
            Console.note(String(format: "factcheck: %d documents, %.1f MB, %d facts in %.2f s: %.1f MB/s with %d jobs; peak memory %.1f MB",
                                documents, megabytes, factCount, seconds, megabytes / max(seconds, 1e-9), input.jobs, PeakMemory.megabytes()))
        }
    }
}

/// The process's peak resident memory, from getrusage.
enum PeakMemory {
    static func megabytes() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576 // bytes on macOS
        #endif
    }
}
