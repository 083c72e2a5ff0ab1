import Foundation

/// A document's quantities grouped by sentence, with the words around them: what the arithmetic
/// detectors read their cues ("from", "in all", "short of") from.
struct ArithmeticProse {
    let document: Document
    let quantities: [Quantity]
    /// Indices into `quantities`, per sentence, in order of position.
    let sentences: [[Int]]

    init(document: Document, quantities: [Quantity]) {
        self.document = document
        self.quantities = quantities
        var bySentence: [Int: [Int]] = [:]
        for (index, quantity) in quantities.enumerated() { bySentence[quantity.sentence, default: []].append(index) }
        sentences = bySentence.keys.sorted().map { bySentence[$0]! }
    }

    /// The lower-cased words of the prose in `range` (letters, digits, apostrophes and hyphens kept together).
    func words(_ range: Range<Int>) -> [String] {
        let bytes = document.prose.bytes
        let clamped = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        let slice = bytes[clamped]
        guard slice.allSatisfy({ $0 < 0x80 }) else {
            let text = String(decoding: slice, as: UTF8.self).lowercased()
            return text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }.map(String.init)
        }
        // ASCII, as almost all copy between two figures is: split bytes, not Characters (the detectors ask often).
        var words: [String] = []
        var word: [UInt8] = []
        for byte in slice {
            if byte.isASCIILetter || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") {
                word.append(byte.isASCIILetter ? byte | 0x20 : byte)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// The raw prose in `range`.
    func text(_ range: Range<Int>) -> String {
        let bytes = document.prose.bytes
        let clamped = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// The prose range of the sentence holding quantity `index`.
    func sentenceRange(of index: Int) -> Range<Int> {
        document.sentenceRange(atProseOffset: quantities[index].proseSpan.lowerBound)
    }

    /// The words between the end of the quantity before `index` in its sentence (or the sentence start) and `index`.
    func wordsBefore(_ index: Int, in sentence: [Int]) -> [String] {
        let position = Self.position(of: index, in: sentence)
        let start = position > 0 ? quantities[sentence[position - 1]].proseSpan.upperBound : sentenceRange(of: index).lowerBound
        let end = quantities[index].proseSpan.lowerBound
        // Quantities may overlap or run past their sentence: an empty range, never an inverted one.
        return words(min(start, end)..<end)
    }

    /// The words between `index` and the next quantity in its sentence (or the sentence end).
    func wordsAfter(_ index: Int, in sentence: [Int]) -> [String] {
        let position = Self.position(of: index, in: sentence)
        let end = position + 1 < sentence.count ? quantities[sentence[position + 1]].proseSpan.lowerBound : sentenceRange(of: index).upperBound
        let start = quantities[index].proseSpan.upperBound
        return words(start..<max(start, end))
    }

    /// Where `index` stands in its sentence's indices, which are in order: by binary search, as a
    /// sentence of thousands of figures asks once per figure.
    private static func position(of index: Int, in sentence: [Int]) -> Int {
        var low = 0, high = sentence.count
        while low < high {
            let mid = (low + high) / 2
            if sentence[mid] < index { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The quantity as written in the source ("$9.6bn", "1,151,200").
    func written(_ index: Int) -> String { document.source.text(quantities[index].span) }

    /// A value the arithmetic can use: a single, firm figure (not a range, not hedged, not malformed).
    /// With `ignoringBound`, a bound is taken to be read from the very words the detector reads
    /// ("9% below the 2,100 tonnes forecast" makes "below" an at-most bound).
    func isFirm(_ index: Int, ignoringBound: Bool = false) -> Bool {
        let quantity = quantities[index]
        return quantity.upperValue == nil && quantity.hedge == nil && quantity.malformation == nil && quantity.conversionOf == nil
            && (ignoringBound || quantity.bound == .exact || quantity.bound == .approximate)
    }
}

/// What every arithmetic relation reads its figures as: one home for which quantities are
/// amounts and how precisely a written figure is taken.
extension ArithmeticProse {
    /// Dimensions no sum, difference or change in a figure's own unit is taken of: a date, a rank,
    /// a percent (a share or change of its own), a temperature level and a time of day.
    static let notAmounts: Set<String> = ["date", "rank", "percent", "percentage_point", "temperature", "time-of-day"]

    /// A positive figure of a measure that adds up: "64 people", "24 mb", "$9bn".
    static func isAmount(_ quantity: Quantity) -> Bool {
        !notAmounts.contains(quantity.unit.dimension) && quantity.value.doubleValue > 0
    }

    /// The figure as written, in base units, read to at least three significant digits: "1,200
    /// tonnes" is not ±50 when it is added or compared (round figures would otherwise excuse any error).
    static func baseInterval(_ quantity: Quantity, approximateSlack: Double) -> ClosedRange<Double> {
        let written = NumberPrecision.interval(quantity, approximateSlack: approximateSlack, atLeastDigits: 3)
        let low = quantity.unit.toBase(written.lowerBound), high = quantity.unit.toBase(written.upperBound)
        return min(low, high)...max(low, high)
    }

    /// Half the width of ``baseInterval(_:approximateSlack:)``: how far the figure may be from its true value.
    static func baseHalfWidth(_ quantity: Quantity, approximateSlack: Double) -> Double {
        let interval = baseInterval(quantity, approximateSlack: approximateSlack)
        return (interval.upperBound - interval.lowerBound) / 2
    }
}

extension Array where Element == String {
    /// Whether the words end with `phrase` ("up from" ends ["was", "up", "from"]).
    func ends(with phrase: String) -> Bool {
        let tail = phrase.split(separator: " ").map(String.init)
        return count >= tail.count && Array(suffix(tail.count)) == tail
    }

    /// Whether the words start with `phrase`.
    func starts(with phrase: String) -> Bool {
        let head = phrase.split(separator: " ").map(String.init)
        return count >= head.count && Array(prefix(head.count)) == head
    }
}
