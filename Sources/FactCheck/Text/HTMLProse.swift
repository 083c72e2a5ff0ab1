/// The prose of an HTML document.
///
/// - Tags and their attributes are not prose; neither are comments, `<!DOCTYPE>`, CDATA, nor the
///   contents of `<script>`, `<style>`, `<code>`, `<pre>`, `<textarea>`, `<template>`, `<svg>`
///   and `<math>` (code and drawings, not text a reader checks).
/// - `<title>` is prose: headlines carry claims.
/// - Block elements (p, div, br, li, h1–h6, tr, td, th, …) end sentences: each emits a newline.
///   A newline in the source is only whitespace in HTML, so it becomes a space (same byte
///   count, so offsets stay exact).
/// - Character references are decoded (see ``HTMLEntity``); each is a replacement in the map.
/// - `<meta name="date" content="…">` and similar publication-date metas fill `metadata["date"]`.
public enum HTMLProse {
    /// The prose of the HTML in `source`.
    public static func read(_ source: [UInt8]) -> Prose {
        var reader = Reader(source: source)
        reader.run()
        return reader.out.prose(metadata: reader.metadata)
    }

    private struct Reader {
        let source: [UInt8]
        var out: ProseBuilder
        var metadata: [String: String] = [:]
        var tags: TagSearch

        init(source: [UInt8]) {
            self.source = source
            self.out = ProseBuilder(source: source)
            self.tags = TagSearch(source: source)
        }

        mutating func run() {
            let end = source.count
            var runStart = 0
            var index = 0
            while index < end {
                index = source.nextSpecial(from: index, end: end, isSpecial: Self.isSpecial)
                guard index < end else { break }
                let byte = source[index]
                switch byte {
                case UInt8(ascii: "<"):
                    guard let tagEnd = markupEnd(at: index) else { index += 1; continue }
                    out.copy(runStart..<index)
                    index = handleMarkup(index..<tagEnd)
                    runStart = index
                case UInt8(ascii: "&"):
                    guard let (decoded, entityEnd) = HTMLEntity.decode(source, at: index) else { index += 1; continue }
                    out.copy(runStart..<index)
                    out.replace(decoded, for: index..<entityEnd)
                    index = entityEnd
                    runStart = index
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    out.copy(runStart..<index)
                    out.substitute(UInt8(ascii: " "), at: index)
                    index += 1
                    runStart = index
                default:
                    index += 1
                }
            }
            out.copy(runStart..<end)
        }

        @inline(__always)
        static func isSpecial(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        /// The end of the comment, declaration or tag starting at `start`, or nil if "<" is text.
        mutating func markupEnd(at start: Int) -> Int? {
            let next = start + 1
            guard next < source.count else { return nil }
            if source.matches("<!--", at: start) {
                return (source.firstRange(of: "-->", from: start + 4)?.upperBound) ?? source.count
            }
            if source.matches("<![CDATA[", at: start) {
                return (source.firstRange(of: "]]>", from: start + 9)?.upperBound) ?? source.count
            }
            let byte = source[next]
            let isTag = byte.isASCIILetter || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                || (byte == UInt8(ascii: "/") && next + 1 < source.count && source[next + 1].isASCIILetter)
            guard isTag else { return nil }
            return tags.tagEnd(openedAt: start, from: next, limit: source.count)
        }

        /// Emits what the markup at `range` stands for; returns where reading resumes.
        mutating func handleMarkup(_ range: Range<Int>) -> Int {
            var nameStart = range.lowerBound + 1
            let closing = source[nameStart] == UInt8(ascii: "/")
            if closing { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < range.upperBound, source[nameEnd].isASCIILetter || source[nameEnd].isASCIIDigit {
                nameEnd += 1
            }
            guard nameEnd > nameStart else { return range.upperBound } // comment, doctype, processing instruction
            let name = TagName(source[nameStart..<nameEnd])
            if blockElements.contains(name) {
                out.lineBreak(for: range)
            }
            if closing { return range.upperBound }
            if name == meta { readMeta(range) }
            if rawElements.contains(name), source[range.upperBound - 2] != UInt8(ascii: "/") {
                // Skip to the matching end tag; an unclosed one hides the rest, as in a browser.
                let endTag = Array("</".utf8) + source[nameStart..<nameEnd].map { $0.isASCIILetter ? $0 | 0x20 : $0 }
                guard let close = tags.closingTag(endTag, from: range.upperBound) else {
                    return source.count
                }
                let resume = tags.tagEnd(openedAt: close.lowerBound, from: close.upperBound, limit: source.count) ?? source.count
                if blockElements.contains(name) { out.lineBreak(for: close.lowerBound..<resume) }
                return resume
            }
            return range.upperBound
        }

        mutating func readMeta(_ range: Range<Int>) {
            let attributes = Self.attributes(source[range])
            let key = (attributes["name"] ?? attributes["property"] ?? attributes["itemprop"])?.lowercased()
            guard let key, dateMetaNames.contains(key), let content = attributes["content"], metadata["date"] == nil else { return }
            metadata["date"] = content.trimmingASCIIWhitespace()
        }

        /// Attribute names (lower-cased) and values of a tag; values are not entity-decoded.
        static func attributes(_ tag: ArraySlice<UInt8>) -> [String: String] {
            var result: [String: String] = [:]
            let text = Array(tag.dropFirst().dropLast())
            var index = 0
            while index < text.count, !ProseBuilder.isSpace(text[index]) { index += 1 } // the tag name
            while index < text.count {
                while index < text.count, ProseBuilder.isSpace(text[index]) || text[index] == UInt8(ascii: "/") { index += 1 }
                let nameStart = index
                while index < text.count, !ProseBuilder.isSpace(text[index]), text[index] != UInt8(ascii: "="),
                      text[index] != UInt8(ascii: "/") { index += 1 }
                let name = String(decoding: text[nameStart..<index], as: UTF8.self).lowercased()
                while index < text.count, ProseBuilder.isSpace(text[index]) { index += 1 }
                var value = ""
                if index < text.count, text[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < text.count, ProseBuilder.isSpace(text[index]) { index += 1 }
                    if index < text.count, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
                        let quote = text[index]
                        let valueStart = index + 1
                        index = text[valueStart...].firstIndex(of: quote) ?? text.count
                        value = String(decoding: text[valueStart..<index], as: UTF8.self)
                        index += 1
                    } else {
                        let valueStart = index
                        while index < text.count, !ProseBuilder.isSpace(text[index]) { index += 1 }
                        value = String(decoding: text[valueStart..<index], as: UTF8.self)
                    }
                }
                if !name.isEmpty { result[name] = value }
            }
            return result
        }
    }

    private static let meta = TagName("meta")

    private static let blockElements = Set<TagName>([
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "title", "tr", "ul", "body", "head", "html",
    ].map(TagName.init))

    /// Elements whose content is not prose.
    private static let rawElements = Set<TagName>([
        "script", "style", "code", "pre", "textarea", "template", "svg", "math", "noscript",
    ].map(TagName.init))

    private static let dateMetaNames: Set<String> = [
        "date", "article:published_time", "pubdate", "publishdate", "publish-date", "dc.date",
        "dc.date.issued", "dcterms.date", "datepublished", "og:published_time", "sailthru.date",
    ]
}
