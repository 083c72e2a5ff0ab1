/// A comment that silences findings: `<!-- factcheck-disable-next-line conflicting-value -- checked with the desk -->`.
///
/// Markdown and HTML take directives in HTML comments; plain text takes a line of its own that
/// starts with the directive (`factcheck-disable-next-line malformed-number -- as printed`), which
/// is not read as prose. Forms: `disable-next-line`, `disable-line` (the directive's own line),
/// and `disable` … `enable` blocks. Without rule ids a directive covers every rule.
public struct SuppressionDirective: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case disableNextLine = "disable-next-line"
        case disableLine = "disable-line"
        case disable
        case enable
    }

    /// nil for a `factcheck-…` word that is no directive (reported, never ignored).
    public var kind: Kind?
    /// The word as written after "factcheck-" ("disable-next-line", or a misspelling).
    public var name: String
    /// Rule ids named; empty means every rule.
    public var rules: [String]
    /// What follows " -- ": why the finding is accepted.
    public var reason: String?
    /// The directive's source bytes: the whole comment, or the whole plain-text line.
    public var span: Range<Int>
    /// The source bytes whose claims it silences (empty for `enable`). A block runs to the
    /// matching `enable` or the end of the file.
    public var scope: Range<Int>

    /// Whether it silences findings of `ruleId`.
    public func covers(_ ruleId: String) -> Bool { rules.isEmpty || rules.contains(ruleId) }

    /// "factcheck-disable-next-line conflicting-value", as a message names it.
    public var written: String { (["factcheck-" + name] + rules).joined(separator: " ") }
}

extension SuppressionDirective {
    static let marker = Array("factcheck-".utf8)

    /// The directives in `file`, in source order, with their scopes.
    public static func scan(_ file: SourceFile) -> [SuppressionDirective] {
        let bytes = file.bytes
        // Most files have none: one pass for the marker decides.
        guard bytes.firstRange(of: "factcheck-", from: 0) != nil else { return [] }
        var directives: [SuppressionDirective] = []
        switch file.format {
        case .plain:
            for line in 1...file.lines.lineStarts.count {
                let range = file.lines.range(ofLine: line)
                var start = range.lowerBound
                while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                guard bytes[start..<range.upperBound].starts(with: marker) else { continue }
                directives += parse(bytes[start..<range.upperBound], span: range)
            }
        case .markdown, .html:
            var index = 0
            while let open = bytes.firstRange(of: "<!--", from: index) {
                guard let close = bytes.firstRange(of: "-->", from: open.upperBound) else { break }
                var body = bytes[open.upperBound..<close.lowerBound]
                while let first = body.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { body = body.dropFirst() }
                if body.starts(with: marker) {
                    directives += parse(body, span: open.lowerBound..<close.upperBound)
                }
                index = close.upperBound
            }
        }
        return withScopes(directives, in: file)
    }

    /// Reads "factcheck-KIND rule, rule -- reason" (the marker at the start of `text`).
    private static func parse(_ text: ArraySlice<UInt8>, span: Range<Int>) -> [SuppressionDirective] {
        var body = String(decoding: text.dropFirst(marker.count), as: UTF8.self)
        var reason: String?
        if let dashes = body.range(of: "--") {
            reason = String(body[dashes.upperBound...]).trimmingASCIIWhitespace()
            body = String(body[..<dashes.lowerBound])
        }
        let words = body.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }.map(String.init)
        guard let name = words.first else { return [] }
        return [SuppressionDirective(kind: Kind(rawValue: name), name: name, rules: Array(words.dropFirst()),
                                     reason: reason?.isEmpty == false ? reason : nil, span: span, scope: span.lowerBound..<span.lowerBound)]
    }

    private static func withScopes(_ directives: [SuppressionDirective], in file: SourceFile) -> [SuppressionDirective] {
        let lines = file.lines
        func lineRange(_ line: Int) -> Range<Int> {
            guard line <= lines.lineStarts.count else { return file.bytes.count..<file.bytes.count }
            return lines.range(ofLine: line)
        }
        var result = directives
        for index in result.indices {
            let directive = result[index]
            switch directive.kind {
            case .disableNextLine:
                result[index].scope = lineRange(lines.line(of: max(directive.span.lowerBound, directive.span.upperBound - 1)) + 1)
            case .disableLine:
                let range = lineRange(lines.line(of: directive.span.lowerBound))
                result[index].scope = range.lowerBound..<max(range.upperBound, directive.span.upperBound)
            case .disable:
                // The block ends at the first later `enable` that names one of its rules, or names none.
                let end = directives[(index + 1)...].first {
                    $0.kind == .enable && ($0.rules.isEmpty || directive.rules.isEmpty || !Set($0.rules).isDisjoint(with: directive.rules))
                }?.span.lowerBound ?? file.bytes.count
                result[index].scope = directive.span.upperBound..<end
            case .enable, nil:
                break
            }
        }
        return result
    }
}
