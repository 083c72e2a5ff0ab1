import Foundation

/// The prose of a Markdown document, read line by line in one linear pass.
///
/// Not prose: YAML front matter (its `key: value` lines become metadata), fenced and indented
/// code blocks, inline code, link and image destinations, image alt text (a reader never sees it),
/// autolinks and bare URLs, reference definitions, footnote references, HTML comments and tags,
/// and the contents of raw `<script>`, `<style>`, `<pre>` and `<code>` elements.
/// Markup characters (emphasis, heading #'s, blockquote ">", list markers, table pipes) are
/// dropped and the text they mark kept: lists and tables are prose.
///
/// Each heading, list item, table row and paragraph ends with a newline in the prose (so it ends
/// a sentence); a line break inside a paragraph becomes a space, byte for byte. A removed construct
/// becomes nothing, or one space where it stood between words.
public enum MarkdownProse {
    /// The prose of the Markdown in `source`.
    public static func read(_ source: [UInt8]) -> Prose {
        var reader = Reader(source: source)
        reader.run()
        return reader.out.prose(metadata: reader.metadata)
    }

    private enum LineKind { case blank, paragraph, listItem, code, other }

    private struct Reader {
        let source: [UInt8]
        var out: ProseBuilder
        var metadata: [String: String] = [:]

        var fence: (marker: UInt8, count: Int)?
        var inList = false
        var inTable = false
        var previous = LineKind.blank
        /// The source newline ending the last line with prose, until the next line says whether it
        /// is a soft break (a space) or a block end (a newline).
        var pendingNewline: Int?
        /// Source bytes before this offset belong to a construct that ran past its line (a comment,
        /// a multi-line code span, a `<script>` element) and were already handled.
        var skipUntil = 0
        /// For each backtick run length, where a search for a closing run last failed: a later
        /// opener before that point cannot close either (keeps unclosed backticks linear).
        var failedCodeSpanSearch: [Int: Int] = [:]
        /// The same inside a link's text, where a span cannot run past the text (`limit`).
        var failedLinkTextCodeSpanSearch: [Int: (from: Int, limit: Int)] = [:]
        var tags: TagSearch

        init(source: [UInt8]) {
            self.source = source
            self.out = ProseBuilder(source: source)
            self.tags = TagSearch(source: source)
        }

        mutating func run() {
            var lineStart = readFrontMatter()
            while lineStart < source.count {
                let newline = lineEnd(from: lineStart)
                var contentEnd = newline
                if contentEnd > lineStart, source[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                readLine(lineStart..<contentEnd, newline: newline)
                lineStart = newline + 1
            }
        }

        func lineEnd(from start: Int) -> Int {
            firstIndex(of: UInt8(ascii: "\n"), in: start..<source.count) ?? source.count
        }

        /// memchr: lines and table pipes are found at memory speed.
        func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
            guard !range.isEmpty else { return nil }
            return source.withUnsafeBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress,
                      let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
        }

        // MARK: Blocks

        mutating func readLine(_ line: Range<Int>, newline: Int) {
            if skipUntil > line.lowerBound {
                if skipUntil < line.upperBound {
                    emit(skipUntil..<line.upperBound, newline: newline, pipes: inTable, hardEnd: inTable)
                } else if skipUntil <= newline {
                    pendingNewline = newline < source.count ? newline : nil
                }
                return
            }
            if let open = fence {
                var start = skipIndentation(line).start
                start = skipQuoteMarkers(start, end: line.upperBound)
                if isFenceClose(start..<line.upperBound, marker: open.marker, count: open.count) { fence = nil }
                previous = .code
                return
            }
            let (start, column) = skipIndentation(line)
            if start == line.upperBound {
                hardBreak(at: line.lowerBound)
                previous = previous == .code ? .code : .blank
                inTable = false
                return
            }
            if column >= 4, !inList, previous != .paragraph, previous != .listItem {
                hardBreak(at: line.lowerBound)
                previous = .code
                return
            }
            let quoteStart = skipQuoteMarkers(start, end: line.upperBound)
            let content = quoteStart..<line.upperBound
            if content.isEmpty {
                hardBreak(at: line.lowerBound)
                previous = .blank
                return
            }
            let first = source[content.lowerBound]

            if first == UInt8(ascii: "`") || first == UInt8(ascii: "~"), let count = fenceOpen(content) {
                hardBreak(at: line.lowerBound)
                fence = (first, count)
                previous = .code
                return
            }
            if isThematicBreak(content) || ((previous == .paragraph) && isSetextUnderline(content)) {
                hardBreak(at: line.lowerBound)
                previous = .other
                return
            }
            if first == UInt8(ascii: "#"), let heading = headingText(content) {
                hardBreak(at: line.lowerBound)
                emit(heading, newline: newline, pipes: false, hardEnd: true)
                previous = .other
                inList = false
                return
            }
            if isDelimiterRow(content) {
                hardBreak(at: line.lowerBound)
                inTable = true
                previous = .other
                return
            }
            if first == UInt8(ascii: "["), column <= 3, previous != .paragraph, let definition = referenceDefinition(content) {
                hardBreak(at: line.lowerBound)
                if let footnote = definition {
                    emit(footnote, newline: newline, pipes: false, hardEnd: false)
                    previous = .paragraph
                } else {
                    previous = .other
                }
                return
            }
            if column <= 3 || inList, let item = listItemText(content, canInterruptParagraph: previous != .paragraph) {
                hardBreak(at: line.lowerBound)
                inList = true
                emit(item, newline: newline, pipes: false, hardEnd: false)
                previous = .listItem
                return
            }
            if firstIndex(of: UInt8(ascii: "|"), in: content) != nil,
               inTable || first == UInt8(ascii: "|") || nextLineIsDelimiterRow(after: newline) {
                hardBreak(at: line.lowerBound)
                inTable = true
                emit(tableRowText(content), newline: newline, pipes: true, hardEnd: true)
                previous = .other
                return
            }
            let continuation = previous == .paragraph || previous == .listItem
            if continuation {
                if let newline = pendingNewline { out.substitute(UInt8(ascii: " "), at: newline) }
                pendingNewline = nil
            } else {
                hardBreak(at: line.lowerBound)
                if previous == .blank, column == 0 { inList = false }
            }
            emit(content, newline: newline, pipes: false, hardEnd: false)
            previous = .paragraph
        }

        /// Emits the inline content of a line and remembers its newline.
        mutating func emit(_ range: Range<Int>, newline: Int, pipes: Bool, hardEnd: Bool) {
            scanInline(range, pipes: pipes)
            pendingNewline = nil
            // A construct running past the line owns its newline.
            guard skipUntil <= range.upperBound else { return }
            if newline < source.count { pendingNewline = newline }
            if hardEnd { hardBreak(at: newline) }
        }

        /// Ends the current block: the pending newline becomes a newline in prose.
        mutating func hardBreak(at offset: Int) {
            if let newline = pendingNewline {
                out.substitute(UInt8(ascii: "\n"), at: newline)
                pendingNewline = nil
            } else {
                out.lineBreak(for: offset..<offset)
            }
        }

        func skipIndentation(_ line: Range<Int>) -> (start: Int, column: Int) {
            var index = line.lowerBound, column = 0
            while index < line.upperBound {
                switch source[index] {
                case UInt8(ascii: " "): column += 1
                case UInt8(ascii: "\t"): column = (column / 4 + 1) * 4
                default: return (index, column)
                }
                index += 1
            }
            return (index, column)
        }

        func skipSpaces(_ start: Int, end: Int) -> Int {
            var index = start
            while index < end, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") { index += 1 }
            return index
        }

        func skipQuoteMarkers(_ start: Int, end: Int) -> Int {
            var index = start
            while index < end, source[index] == UInt8(ascii: ">") {
                index = skipSpaces(index + 1, end: end)
            }
            return index
        }

        func run(of byte: UInt8, from start: Int, end: Int) -> Int {
            var index = start
            while index < end, source[index] == byte { index += 1 }
            return index - start
        }

        /// The marker count of an opening fence (an info string may follow; a backtick fence's may
        /// not contain backticks), or nil.
        func fenceOpen(_ content: Range<Int>) -> Int? {
            let marker = source[content.lowerBound]
            let count = run(of: marker, from: content.lowerBound, end: content.upperBound)
            guard count >= 3 else { return nil }
            if marker == UInt8(ascii: "`"), source[(content.lowerBound + count)..<content.upperBound].contains(marker) { return nil }
            return count
        }

        func isFenceClose(_ content: Range<Int>, marker: UInt8, count: Int) -> Bool {
            let length = run(of: marker, from: content.lowerBound, end: content.upperBound)
            return length >= count && skipSpaces(content.lowerBound + length, end: content.upperBound) == content.upperBound
        }

        /// "***", "- - -", "___": three or more of one of them and nothing else.
        func isThematicBreak(_ content: Range<Int>) -> Bool {
            let marker = source[content.lowerBound]
            guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_") else { return false }
            var count = 0
            for index in content {
                let byte = source[index]
                if byte == marker { count += 1 } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { return false }
            }
            return count >= 3
        }

        func isSetextUnderline(_ content: Range<Int>) -> Bool {
            let marker = source[content.lowerBound]
            guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return false }
            let length = run(of: marker, from: content.lowerBound, end: content.upperBound)
            return skipSpaces(content.lowerBound + length, end: content.upperBound) == content.upperBound
        }

        /// The text of an ATX heading, without its opening and closing #'s.
        func headingText(_ content: Range<Int>) -> Range<Int>? {
            let level = run(of: UInt8(ascii: "#"), from: content.lowerBound, end: content.upperBound)
            let afterMarks = content.lowerBound + level
            guard level <= 6 else { return nil }
            guard afterMarks == content.upperBound || source[afterMarks] == UInt8(ascii: " ") || source[afterMarks] == UInt8(ascii: "\t") else {
                return nil
            }
            let start = skipSpaces(afterMarks, end: content.upperBound)
            var end = content.upperBound
            while end > start, source[end - 1] == UInt8(ascii: " ") || source[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            var closing = end
            while closing > start, source[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
            if closing == start || source[closing - 1] == UInt8(ascii: " ") || source[closing - 1] == UInt8(ascii: "\t") {
                end = closing
                while end > start, source[end - 1] == UInt8(ascii: " ") || source[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            }
            return start..<end
        }

        /// A table's delimiter row: "|---|:--:|" or "--- | ---".
        func isDelimiterRow(_ content: Range<Int>) -> Bool {
            var pipe = false, dash = false
            for index in content {
                switch source[index] {
                case UInt8(ascii: "|"): pipe = true
                case UInt8(ascii: "-"): dash = true
                case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): break
                default: return false
                }
            }
            return pipe && dash
        }

        func nextLineIsDelimiterRow(after newline: Int) -> Bool {
            guard newline < source.count else { return false }
            let start = newline + 1
            var end = lineEnd(from: start)
            if end > start, source[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let content = skipQuoteMarkers(skipIndentation(start..<end).start, end: end)
            return content < end && isDelimiterRow(content..<end)
        }

        /// The cell text of a table row: its outer pipes dropped (inner ones become spaces later).
        func tableRowText(_ content: Range<Int>) -> Range<Int> {
            var start = content.lowerBound, end = content.upperBound
            if source[start] == UInt8(ascii: "|") { start += 1 }
            while end > start, source[end - 1] == UInt8(ascii: " ") || source[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            if end > start, source[end - 1] == UInt8(ascii: "|"), end - 2 < start || source[end - 2] != UInt8(ascii: "\\") { end -= 1 }
            return start..<end
        }

        /// For a reference definition line ("[id]: url"), `.some(nil)`: the line is not prose.
        /// For a footnote definition ("[^1]: text"), the range of its text. Otherwise nil.
        func referenceDefinition(_ content: Range<Int>) -> Range<Int>?? {
            var index = content.lowerBound + 1
            while index < content.upperBound, source[index] != UInt8(ascii: "]") {
                if source[index] == UInt8(ascii: "[") { return nil }
                index += source[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard index > content.lowerBound + 1, index + 1 < content.upperBound, source[index + 1] == UInt8(ascii: ":") else { return nil }
            if source[content.lowerBound + 1] == UInt8(ascii: "^") {
                return .some(skipSpaces(index + 2, end: content.upperBound)..<content.upperBound)
            }
            return .some(nil)
        }

        /// The text of a list item after its marker ("- ", "* ", "+ ", "1. ", "1) ") and any task
        /// box, or nil. An ordered item other than "1." cannot interrupt a paragraph, so a wrapped
        /// line starting "2019. Then…" stays prose.
        func listItemText(_ content: Range<Int>, canInterruptParagraph: Bool) -> Range<Int>? {
            var index = content.lowerBound
            let first = source[index]
            if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
                index += 1
            } else if first.isASCIIDigit {
                while index < content.upperBound, source[index].isASCIIDigit { index += 1 }
                // Four digits and a point start a line with a year far more often than a list.
                guard index - content.lowerBound <= 3, index < content.upperBound,
                      source[index] == UInt8(ascii: ".") || source[index] == UInt8(ascii: ")") else { return nil }
                let isOne = index - content.lowerBound == 1 && first == UInt8(ascii: "1")
                guard canInterruptParagraph || isOne else { return nil }
                index += 1
            } else {
                return nil
            }
            guard index == content.upperBound || source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") else { return nil }
            var start = skipSpaces(index, end: content.upperBound)
            if start + 3 <= content.upperBound, source[start] == UInt8(ascii: "["), source[start + 2] == UInt8(ascii: "]"),
               source[start + 1] == UInt8(ascii: " ") || source[start + 1] | 0x20 == UInt8(ascii: "x") {
                start = skipSpaces(start + 3, end: content.upperBound)
            }
            return start..<content.upperBound
        }

        /// Reads `---` front matter into metadata; returns where the document body starts.
        mutating func readFrontMatter() -> Int {
            let firstEnd = lineEnd(from: 0)
            guard trimmed(0..<firstEnd).elementsEqual("---".utf8), firstEnd < source.count else { return 0 }
            var lines: [Range<Int>] = []
            var start = firstEnd + 1
            while start < source.count {
                let end = lineEnd(from: start)
                let text = trimmed(start..<end)
                if text.elementsEqual("---".utf8) || text.elementsEqual("...".utf8) {
                    for line in lines { readMetadata(line) }
                    return min(end + 1, source.count)
                }
                lines.append(start..<end)
                start = end + 1
            }
            return 0
        }

        func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
            var start = range.lowerBound, end = range.upperBound
            while start < end, ProseBuilder.isSpace(source[start]) { start += 1 }
            while end > start, ProseBuilder.isSpace(source[end - 1]) { end -= 1 }
            return source[start..<end]
        }

        /// A top-level `key: value` line; nested or multi-line YAML values are ignored.
        mutating func readMetadata(_ line: Range<Int>) {
            var index = line.lowerBound
            while index < line.upperBound, source[index].isASCIIAlphanumeric || source[index] == UInt8(ascii: "_") || source[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index > line.lowerBound, index < line.upperBound, source[index] == UInt8(ascii: ":") else { return }
            let key = String(decoding: source[line.lowerBound..<index], as: UTF8.self).lowercased()
            var value = trimmed((index + 1)..<line.upperBound)
            if value.count >= 2, let quote = value.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), value.last == quote {
                value = value.dropFirst().dropLast()
            }
            guard !value.isEmpty else { return }
            metadata[key] = String(decoding: value, as: UTF8.self)
        }

        // MARK: Inlines

        /// Emits the prose in `range`. A code span, comment or raw element may run past the range:
        /// then `skipUntil` is set to its end and scanning stops.
        ///
        /// A link's text is read in place, with a stack of the links being read rather than recursion,
        /// so brackets nested thousands deep cannot exhaust the stack. Inside a link's text, nothing
        /// runs past the text.
        mutating func scanInline(_ range: Range<Int>, pipes: Bool) {
            var tables: MarkdownLinkTables?
            var openLinks: [(text: Range<Int>, end: Int)] = []
            var start = range.lowerBound, end = range.upperBound
            var index = range.lowerBound
            var runStart = index
            while true {
                index = index < end ? source.nextSpecial(from: index, end: end, isSpecial: Self.isInlineSpecial) : index
                guard index < end else {
                    out.copy(runStart..<end)
                    guard let link = openLinks.popLast() else { return }
                    (start, end) = (openLinks.last?.text.lowerBound ?? range.lowerBound, openLinks.last?.text.upperBound ?? range.upperBound)
                    index = link.end
                    runStart = index
                    continue
                }
                let multiline = openLinks.isEmpty
                let byte = source[index]
                switch byte {
                case UInt8(ascii: "\\"):
                    guard index + 1 == end || source[index + 1].isASCIIPunctuation else { index += 1; continue }
                    // Drop the backslash; the escaped character starts the next run.
                    out.copy(runStart..<index)
                    runStart = index + 1
                    index += 2
                case UInt8(ascii: "`"):
                    let length = run(of: byte, from: index, end: end)
                    guard let close = codeSpanEnd(from: index + length, length: length, limit: end, multiline: multiline) else {
                        index += length
                        continue
                    }
                    out.copy(runStart..<index)
                    out.separate(for: index..<close)
                    if close > end { skipUntil = close; return }
                    index = close
                    runStart = index
                case UInt8(ascii: "<"):
                    guard let (markupEnd, separates) = inlineMarkup(at: index, limit: end) else { index += 1; continue }
                    out.copy(runStart..<index)
                    if separates { out.separate(for: index..<markupEnd) }
                    if markupEnd > end {
                        guard let link = openLinks.popLast() else { skipUntil = markupEnd; return }
                        // The rest of this link's text is dropped, as the markup swallowed it.
                        (start, end) = (openLinks.last?.text.lowerBound ?? range.lowerBound, openLinks.last?.text.upperBound ?? range.upperBound)
                        index = link.end
                        runStart = index
                        continue
                    }
                    index = markupEnd
                    runStart = index
                case UInt8(ascii: "["), UInt8(ascii: "!"):
                    let isImage = byte == UInt8(ascii: "!")
                    let bracket = isImage ? index + 1 : index
                    guard bracket < end, source[bracket] == UInt8(ascii: "["), let link = link(at: bracket, limit: end, tables: &tables, line: range) else {
                        index += 1
                        continue
                    }
                    out.copy(runStart..<index)
                    if isImage || link.isFootnote {
                        out.separate(for: index..<link.end)
                        index = link.end
                    } else {
                        openLinks.append((link.text, link.end))
                        (start, end) = (link.text.lowerBound, link.text.upperBound)
                        index = link.text.lowerBound
                    }
                    runStart = index
                case UInt8(ascii: "*"), UInt8(ascii: "_"):
                    let before = index > start ? source[index - 1] : UInt8(ascii: " ")
                    let after = index + 1 < end ? source[index + 1] : UInt8(ascii: " ")
                    // "5*3", "snake_case", "1_000" keep theirs; emphasis markers go.
                    let intraword = byte == UInt8(ascii: "*") ? before.isASCIIDigit && after.isASCIIDigit
                        : before.isASCIIAlphanumeric && after.isASCIIAlphanumeric
                    index += 1
                    if !intraword {
                        out.copy(runStart..<(index - 1))
                        runStart = index
                    }
                case UInt8(ascii: "~"):
                    guard index + 1 < end, source[index + 1] == byte else { index += 1; continue }
                    out.copy(runStart..<index)
                    index += 2
                    runStart = index
                case UInt8(ascii: "&"):
                    guard let (decoded, entityEnd) = HTMLEntity.decode(source, at: index) else { index += 1; continue }
                    out.copy(runStart..<index)
                    out.replace(decoded, for: index..<entityEnd)
                    index = entityEnd
                    runStart = index
                case UInt8(ascii: "|") where pipes:
                    out.copy(runStart..<index)
                    out.substitute(UInt8(ascii: " "), at: index)
                    index += 1
                    runStart = index
                case UInt8(ascii: "h"), UInt8(ascii: "w"):
                    // Most h's and w's are inside words: reject those before trying a URL.
                    guard index + 4 < end, source[index + 1] == UInt8(ascii: "t") || source[index + 1] == UInt8(ascii: "w"),
                          index == 0 || !(source[index - 1].isASCIIAlphanumeric || source[index - 1] == UInt8(ascii: "/")),
                          let urlEnd = bareURLEnd(at: index, limit: end) else {
                        index += 1
                        continue
                    }
                    out.copy(runStart..<index)
                    out.separate(for: index..<urlEnd)
                    index = urlEnd
                    runStart = index
                default:
                    index += 1
                }
            }
        }

        /// The bytes that may start an inline construct; all others are copied in bulk.
        @inline(__always)
        static func isInlineSpecial(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: "["), UInt8(ascii: "!"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "|"),
                 UInt8(ascii: "h"), UInt8(ascii: "w"):
                true
            default:
                false
            }
        }

        /// The end of the code span whose opening run of `length` backticks ends at `from`, or nil
        /// when no run of exactly that length closes it (then the backticks are literal).
        /// A multi-line span may close on a later line of the same paragraph.
        mutating func codeSpanEnd(from: Int, length: Int, limit: Int, multiline: Bool) -> Int? {
            if multiline, let failed = failedCodeSpanSearch[length], from < failed { return nil }
            if !multiline, let failed = failedLinkTextCodeSpanSearch[length], failed.from <= from, limit <= failed.limit { return nil }
            var index = from
            var lineHasText = true
            while index < source.count {
                let byte = source[index]
                if !multiline, index >= limit { return nil }
                if byte == UInt8(ascii: "`") {
                    let count = run(of: byte, from: index, end: source.count)
                    if count == length { return index + count }
                    index += count
                    lineHasText = true
                    continue
                }
                if byte == UInt8(ascii: "\n") {
                    if !lineHasText { break } // a blank line ends the paragraph
                    lineHasText = false
                } else if !ProseBuilder.isSpace(byte) {
                    lineHasText = true
                }
                index += 1
            }
            if multiline { failedCodeSpanSearch[length] = index } else { failedLinkTextCodeSpanSearch[length] = (from, limit) }
            return nil
        }

        /// The end of a comment, autolink or tag at `start` (with whether it stands between words),
        /// or nil if the "<" is text. Comments and raw elements may end past `limit`.
        mutating func inlineMarkup(at start: Int, limit: Int) -> (end: Int, separates: Bool)? {
            if source.matches("<!--", at: start) {
                return (source.firstRange(of: "-->", from: start + 4)?.upperBound ?? source.count, false)
            }
            guard start + 1 < limit else { return nil }
            let next = source[start + 1]
            if next.isASCIILetter, let autolinkEnd = autolinkEnd(at: start, limit: limit) {
                return (autolinkEnd, true)
            }
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? start + 2 : start + 1
            guard nameStart < limit, source[nameStart].isASCIILetter || (!closing && (next == UInt8(ascii: "!") || next == UInt8(ascii: "?"))),
                  let end = tags.tagEnd(openedAt: start, from: nameStart, limit: limit) else { return nil }
            var nameEnd = nameStart
            while nameEnd < end, source[nameEnd].isASCIIAlphanumeric { nameEnd += 1 }
            let name = TagName(source[nameStart..<nameEnd])
            if !closing, rawElements.contains(name), source[end - 2] != UInt8(ascii: "/"),
               let close = tags.closingTag(Array("</".utf8) + source[nameStart..<nameEnd].map { $0 | 0x20 }, from: end) {
                return (tags.tagEnd(openedAt: close.lowerBound, from: close.upperBound, limit: source.count) ?? source.count, true)
            }
            return (end, separatingElements.contains(name))
        }

        /// "<https://…>" or "<someone@example.com>".
        func autolinkEnd(at start: Int, limit: Int) -> Int? {
            var index = start + 1
            var sawColon = false, sawAt = false
            while index < limit {
                switch source[index] {
                case UInt8(ascii: ">"): return sawColon || sawAt ? index + 1 : nil
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "<"): return nil
                case UInt8(ascii: ":"): sawColon = true
                case UInt8(ascii: "@"): sawAt = true
                default: break
                }
                index += 1
            }
            return nil
        }

        /// "http://…", "https://…" or "www.…" up to whitespace, without trailing punctuation.
        func bareURLEnd(at start: Int, limit: Int) -> Int? {
            let schemeEnd: Int
            if source.matches("https://", at: start) { schemeEnd = start + 8 }
            else if source.matches("http://", at: start) { schemeEnd = start + 7 }
            else if source.matches("www.", at: start) { schemeEnd = start + 4 }
            else { return nil }
            var end = schemeEnd
            var opens = 0, closes = 0
            while end < limit, !ProseBuilder.isSpace(source[end]), source[end] != UInt8(ascii: "<") {
                if source[end] == UInt8(ascii: "(") { opens += 1 }
                if source[end] == UInt8(ascii: ")") { closes += 1 }
                end += 1
            }
            while end > schemeEnd {
                let last = source[end - 1]
                if last == UInt8(ascii: ")"), closes > opens {
                    closes -= 1
                } else if !".,:;!?*_~'\"".utf8.contains(last) {
                    break
                }
                end -= 1
            }
            return end > schemeEnd ? end : nil
        }

        /// A link, image or footnote reference starting with "[" at `start`, within one line:
        /// "[text](url "title")", "[text][ref]", "[text]", "[^1]". The line's tables are made on first use.
        func link(at start: Int, limit: Int, tables: inout MarkdownLinkTables?, line: Range<Int>) -> (text: Range<Int>, end: Int, isFootnote: Bool)? {
            if tables == nil { tables = MarkdownLinkTables(source, line) }
            guard let index = tables!.closingBracket[start], index < limit else { return nil }
            let text = (start + 1)..<index
            let after = index + 1
            if text.first.map({ source[$0] == UInt8(ascii: "^") }) == true {
                return (text, after, true)
            }
            if after < limit, source[after] == UInt8(ascii: "("), let end = destinationEnd(from: after + 1, limit: limit, tables: &tables!) {
                return (text, end, false)
            }
            if after < limit, source[after] == UInt8(ascii: "["),
               let close = tables!.next(UInt8(ascii: "]"), from: after + 1, limit: limit, in: source) {
                return (text, close + 1, false)
            }
            return (text, after, false)
        }

        /// The offset after the ")" ending a link destination and optional title.
        func destinationEnd(from start: Int, limit: Int, tables: inout MarkdownLinkTables) -> Int? {
            var index = skipSpaces(start, end: limit)
            if index < limit, source[index] == UInt8(ascii: "<") {
                guard let close = tables.next(UInt8(ascii: ">"), from: index, limit: limit, in: source) else { return nil }
                index = close + 1
            } else {
                // The destination runs to white space or to the ")" closing the "(" before it.
                let closing = tables.closingParenthesis[start - 1] ?? limit
                let space = tables.next(UInt8(ascii: " "), from: index, limit: limit, in: source) ?? limit
                let tab = tables.next(UInt8(ascii: "\t"), from: index, limit: limit, in: source) ?? limit
                index = min(closing, space, tab, limit)
            }
            index = skipSpaces(min(index, limit), end: limit)
            if index < limit, source[index] == UInt8(ascii: "\"") || source[index] == UInt8(ascii: "'") || source[index] == UInt8(ascii: "(") {
                let closer = source[index] == UInt8(ascii: "(") ? UInt8(ascii: ")") : source[index]
                guard let close = tables.next(closer, from: index + 1, limit: limit, in: source) else { return nil }
                index = skipSpaces(close + 1, end: limit)
            }
            guard index < limit, source[index] == UInt8(ascii: ")") else { return nil }
            return index + 1
        }
    }

    /// Raw HTML elements whose content is code or styling, not prose.
    private static let rawElements = Set<TagName>(["script", "style", "pre", "code", "textarea", "svg", "math", "template"].map(TagName.init))

    /// Tags that stand between words when rendered (a line break, a block).
    private static let separatingElements = Set<TagName>([
        "br", "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "section", "article", "header", "footer", "hr", "img", "figure", "figcaption",
    ].map(TagName.init))
}
