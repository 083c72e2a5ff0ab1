/// The hover on a quantity: its normalized fact, what it is about, and which sources agree or disagree.
struct HoverBuilder {
    let check: DraftCheck
    let grouping: FactGrouping
    let encoding: PositionEncoding
    /// The URI to link another file by.
    let uriOf: (String) -> String

    func hover(at offset: Int) -> LSP.Hover? {
        guard let analysis = check.analysis,
              let index = analysis.quantities.firstIndex(where: { $0.span.lowerBound <= offset && offset <= $0.span.upperBound }),
              index < analysis.facts.count else { return nil }
        let fact = analysis.facts[index]
        var text = "**\(check.lines.text(fact.quantity.span))** = \(fact.normalized)"
        var details = ["\(fact.quantity.unit.dimension)"]
        if fact.quantity.bound != .exact { details.append(fact.quantity.bound.rawValue) }
        if let hedge = fact.quantity.hedge { details.append("hedged: *\(hedge)*") }
        text += " (" + details.joined(separator: ", ") + ")"
        var about: [String] = []
        if let measure = fact.measure { about.append(measure) } else if let noun = fact.quantity.noun { about.append(noun) }
        about += fact.nearNames.union(fact.names).sorted().prefix(4)
        if !about.isEmpty { text += "\n\nAbout: " + about.joined(separator: "; ") }
        text += "\n\n" + corroboration(of: fact)
        return LSP.Hover(contents: LSP.MarkupContent(kind: "markdown", value: text),
                         range: check.lines.range(of: fact.quantity.span, in: encoding))
    }

    /// Which sources state the same fact, by side.
    private func corroboration(of fact: Fact) -> String {
        if let original = fact.quantity.conversionOf, let analysis = check.analysis, original < analysis.quantities.count {
            return "A conversion of **\(check.lines.text(analysis.quantities[original].span))**: compared through it."
        }
        let isFact = { (other: Fact) in other.path == fact.path && other.quantity.span == fact.quantity.span }
        guard let group = grouping.groups(live: check.live, corpus: check.corpus, excludingPaths: check.excludedPaths).first(where: { $0.facts.contains(where: isFact) }),
              let record = CorroborationReporter.records([group]).first, group.facts.count > 1 else {
            return "Stated by no other source in the workspace."
        }
        let sources = record.sources == 1 ? "1 source" : "\(record.sources) sources"
        var lines = [record.status == .disputed ? "**Disputed** across \(sources):" : "**Agreed** by \(sources):"]
        for (side, claims) in record.sides.enumerated() {
            let mark = record.status == .disputed ? String(UnicodeScalar(UInt8(65 + min(side, 25)))) + ":" : "="
            for claim in claims {
                let place = claim.path == check.path ? "this document, line \(claim.line)"
                    : "[\(claim.path.split(separator: "/").last.map(String.init) ?? claim.path):\(claim.line)](\(uriOf(claim.path))#L\(claim.line))"
                let hedge = claim.hedge.map { ", hedged: *\($0)*" } ?? ""
                lines.append("- \(mark) `\(claim.text)` (= \(claim.normalized)\(hedge)) — \(place)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension TextLines {
    /// The text of a byte span.
    func text(_ span: Range<Int>) -> String {
        String(decoding: bytes[max(0, min(span.lowerBound, bytes.count))..<max(0, min(span.upperBound, bytes.count))], as: UTF8.self)
    }
}
