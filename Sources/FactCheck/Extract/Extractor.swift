/// Pulls every quantity out of a document's prose.
///
/// Order matters: exclusions (model names, phone numbers…) first, then dates and ranks, which
/// claim their numbers, then every remaining number with its currency, scale and unit. Context
/// (bounds, hedges, what is counted) is read around each, and inline conversions are paired.
public final class Extractor: Sendable {
    public let rules: RuleSet
    let lexicon: Lexicon
    let patterns: ExtractionPatterns
    let nouns: NounPhraseReader
    let ranges: RangeLinker

    public init(rules: RuleSet) throws(RegexError) {
        self.rules = rules
        self.lexicon = Lexicon(rules: rules)
        self.patterns = try ExtractionPatterns(rules: rules)
        self.nouns = NounPhraseReader(rules: rules.nouns)
        self.ranges = RangeLinker(rules: rules)
    }

    /// Every quantity in `document`, ordered by position.
    public func extract(from document: Document, scratch: MatchScratch) throws(RegexError) -> [Quantity] {
        let result: Result<[Quantity], RegexError> = document.prose.bytes.withUnsafeBufferPointer { prose in
            do throws(RegexError) {
                return .success(try extract(prose: prose, document: document, scratch: scratch))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func extract(prose: UnsafeBufferPointer<UInt8>, document: Document, scratch: MatchScratch) throws(RegexError) -> [Quantity] {
        let excluded = SpanList(try excludedSpans(prose, scratch: scratch))
        var found: [Found] = []
        for match in try patterns.date.allMatches(in: prose, scratch: scratch) where !excluded.overlaps(match.range) {
            if let date = readDate(match, prose) { found.append(date) }
        }
        for match in try patterns.rank.allMatches(in: prose, scratch: scratch) where !excluded.overlaps(match.range) {
            if let rank = readRank(match, prose) { found.append(rank) }
        }
        for match in try patterns.position.allMatches(in: prose, scratch: scratch) {
            if let position = readPosition(match, prose) { found.append(position) }
        }
        for match in try patterns.clock.allMatches(in: prose, scratch: scratch) where !excluded.overlaps(match.range) {
            if let time = readClock(match, prose) { found.append(time) }
        }
        let clockSpans = SpanList(found.map(\.span))
        for match in try patterns.hourOfDay.allMatches(in: prose, scratch: scratch) where !clockSpans.overlaps(match.range) {
            if let time = readHourOfDay(match, prose) { found.append(time) }
        }
        let claimed = SpanList(found.map(\.span) + excluded.spans)

        var position = 0
        while position < prose.count, let match = try patterns.quantity.firstMatch(in: prose, from: position, scratch: scratch) {
            position = max(match.range.upperBound, match.range.lowerBound + 1)
            guard let number = match["num"] else { continue }
            if let blocker = claimed.firstOverlap(with: number) {
                // "March 5, 200 protesters": the date owns "5"; look again after it.
                position = max(number.lowerBound + 1, blocker.upperBound)
                continue
            }
            let currency = currencyBefore(number.lowerBound, prose, scratch: scratch)
            if currency == nil, !startsAtWordBoundary(number.lowerBound, prose) {
                position = number.upperBound // "A320", "F35": the digits belong to a word ("RM40bn" is money)
                continue
            }
            if let quantity = readQuantity(match, prose, currency: currency, claimed: claimed) { found.append(quantity) }
        }

        found.sort { $0.span.lowerBound < $1.span.lowerBound }
        var quantities: [Quantity] = []
        for item in found {
            var quantity = item.quantity(in: document)
            if quantity.unit.dimension != "date" { addContext(to: &quantity, found: item, prose: prose, document: document, scratch: scratch) }
            if item.dropWithoutNoun, quantity.noun == nil { continue }
            quantities.append(quantity)
        }
        ranges.link(&quantities, prose: prose)
        ConversionLinker.link(&quantities, prose: prose)
        return quantities
    }
}

extension Extractor {
    /// Whether a number at `offset` stands on its own: not glued to a word or to another number ("1.5" in "v1.5").
    func startsAtWordBoundary(_ offset: Int, _ prose: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset > 0 else { return true }
        let previous = prose[offset - 1]
        if CharacterClass.isWordByte(previous) { return false }
        if (previous == UInt8(ascii: ".") || previous == UInt8(ascii: ",")), offset >= 2, CharacterClass.isDigitByte(prose[offset - 2]) { return false }
        if previous >= 0x80 {
            var start = offset - 1
            while start > 0, prose[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: prose[start..<offset]), as: UTF8.self).unicodeScalars.first
            if let scalar, scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return false }
        }
        return true
    }

    /// The currency written right before a number ("$", "US$", "EUR "), and where it starts.
    func currencyBefore(_ offset: Int, _ prose: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> (unit: Unit, start: Int)? {
        guard offset > 0 else { return nil }
        let window = UnsafeBufferPointer(rebasing: prose[0..<offset])
        guard let match = try? patterns.currencyBefore.firstMatch(in: window, from: max(0, offset - 10), scratch: scratch),
              let symbol = match["cur"], let unit = lexicon.currencyBySymbol[RegexText.symbolKey(text(prose, symbol))] else { return nil }
        return (unit, match.range.lowerBound)
    }

    /// Spans of numbers that are not quantities, from every exclusion rule.
    func excludedSpans(_ prose: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) throws(RegexError) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for pattern in patterns.exclusions {
            spans += try pattern.allMatches(in: prose, scratch: scratch).map(\.range)
        }
        return spans
    }
}

/// A quantity found in prose, before it is placed in the source and given its context.
struct Found {
    var span: Range<Int>
    var numberSpan: Range<Int>
    var value: DecimalNumber
    var upperValue: DecimalNumber?
    var unit: Unit
    /// Set when the words bound the value themselves ("dozens" is at least 24); else exact, or a range with an upper value.
    var bound: Bound?
    /// The number before its scale ("2.9" in "$2.9bn"), when it differs from `value`.
    var written: DecimalNumber?
    var date: CalendarDate?
    var malformation: Malformation?
    /// Written in words with no unit ("two countries"): kept only if it counts something.
    var dropWithoutNoun = false
    /// Read the noun after "of" ("2% of GDP") rather than right after the number.
    var nounAfterOf = false

    func quantity(in document: Document) -> Quantity {
        let offsets = document.prose.offsets
        return Quantity(span: offsets.sourceRange(span), numberSpan: offsets.sourceRange(numberSpan), proseSpan: span,
                        sentence: document.sentenceIndex(atProseOffset: span.lowerBound), value: value, upperValue: upperValue,
                        unit: unit, written: written, bound: bound ?? (upperValue == nil ? .exact : .range), date: date, malformation: malformation)
    }
}

/// Sorted, possibly overlapping spans with overlap queries.
struct SpanList {
    let spans: [Range<Int>]

    init(_ spans: [Range<Int>]) { self.spans = spans.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound } }

    func overlaps(_ range: Range<Int>) -> Bool { firstOverlap(with: range) != nil }

    func firstOverlap(with range: Range<Int>) -> Range<Int>? {
        // Spans are short, so scanning back from the first span starting at or after range.end is enough.
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].lowerBound < range.upperBound { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0 {
            if spans[index].overlaps(range) { return spans[index] }
            if range.lowerBound - spans[index].lowerBound > 512 { break }
            index -= 1
        }
        return nil
    }
}
