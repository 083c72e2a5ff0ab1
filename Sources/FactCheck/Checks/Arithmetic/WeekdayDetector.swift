import Foundation

/// "Wednesday, June 12, 2025" when June 12, 2025 was a Thursday.
///
/// A date without its year ("Saturday, March 29") takes it from the document: the front-matter
/// `date:`, else the most common year among its dated mentions ("March 2025", "2 March 2025"),
/// else a bare year ("2025") mentioned at least twice and more often than any other. A date whose
/// year cannot be derived is left alone. When several weekday dates rely on a derived year and none
/// fits it, the year is taken to be wrong rather than every weekday.
struct WeekdayDetector: ArithmeticDetector {
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        let reference = Self.documentYear(prose)
        var derived: [(index: Int, date: CalendarDate, actual: Int)] = []
        var derivedAgreeing = 0
        var found: [ArithmeticMismatch] = []
        for (index, quantity) in prose.quantities.enumerated() {
            guard let date = quantity.date, let weekday = date.weekday, let month = date.month, let day = date.day else { continue }
            if let year = date.year {
                guard let actual = Self.weekday(year: year, month: month, day: day), actual != weekday else { continue }
                found.append(mismatch(prose, index, date: date, year: year, actual: actual, source: nil))
                continue
            }
            guard let reference, let actual = Self.weekday(year: reference.year, month: month, day: day) else { continue }
            if actual == weekday || Self.fitsAdjacentYear(date, reference: reference) { derivedAgreeing += 1; continue }
            derived.append((index, date, actual))
        }
        // Several weekdays all wrong for the derived year: the year is more likely wrong than they are.
        if let reference, !derived.isEmpty, derived.count == 1 || derivedAgreeing > 0 {
            found += derived.map { mismatch(prose, $0.index, date: $0.date, year: reference.year, actual: $0.actual, source: reference) }
        }
        return found
    }

    private func mismatch(_ prose: ArithmeticProse, _ index: Int, date: CalendarDate, year: Int, actual: Int, source: YearSource?) -> ArithmeticMismatch {
        let written = prose.written(index)
        let stated = Self.weekdayNames[date.weekday! - 1]
        var message = "\(Self.monthName(date.month!)) \(date.day!), \(year) is a \(Self.weekdayNames[actual - 1]), not a \(stated) ('\(written)')"
        var operands: [Quantity] = []
        switch source?.origin {
        case .metadata: message += "; the year is the document's date"
        case let .quantity(other):
            message += "; the year is taken from '\(prose.written(other))'"
            operands.append(prose.quantities[other])
        case .none: break
        }
        return ArithmeticMismatch(message: message, stated: prose.quantities[index], operands: operands)
    }

    /// A date in January against a December reference (or the reverse) may belong to the next (or previous) year.
    static func fitsAdjacentYear(_ date: CalendarDate, reference: YearSource) -> Bool {
        guard let month = date.month, let day = date.day, let referenceMonth = reference.month, abs(month - referenceMonth) > 6 else { return false }
        let year = month < referenceMonth ? reference.year + 1 : reference.year - 1
        return weekday(year: year, month: month, day: day) == date.weekday
    }

    struct YearSource {
        enum Origin { case metadata, quantity(Int) }
        var year: Int
        var month: Int?
        var origin: Origin
    }

    /// The year a yearless date in this document most likely belongs to, or nil when it is not clear.
    static func documentYear(_ prose: ArithmeticProse) -> YearSource? {
        if let metadata = prose.document.prose.metadata["date"], let parsed = yearAndMonth(in: metadata) {
            return YearSource(year: parsed.year, month: parsed.month, origin: .metadata)
        }
        // A dateline is the publication date: its year decides, and without one ("HALDEN, May 3 -") no year is guessed.
        if let dateline = dateline(prose) {
            guard let year = prose.quantities[dateline].date?.year else { return nil }
            return YearSource(year: year, month: prose.quantities[dateline].date?.month, origin: .quantity(dateline))
        }
        var dated: [Int: [Int]] = [:]
        var bare: [Int: [Int]] = [:]
        for (index, quantity) in prose.quantities.enumerated() {
            guard let date = quantity.date, let year = date.year, quantity.upperValue == nil else { continue }
            if date.month != nil { dated[year, default: []].append(index) } else { bare[year, default: []].append(index) }
        }
        if let (year, indices) = mostCommon(dated) {
            return YearSource(year: year, month: prose.quantities[indices[0]].date?.month, origin: .quantity(indices[0]))
        }
        if let (year, indices) = mostCommon(bare), indices.count >= 2 {
            return YearSource(year: year, month: nil, origin: .quantity(indices[0]))
        }
        return nil
    }

    /// "OSLO, June 13, 2025 -", "QUORIN, Nov 12 (Inland Press Service) -": the first date of the
    /// document, at the start of its line after a place in capitals and a comma, before a dash or a bracket.
    static func dateline(_ prose: ArithmeticProse) -> Int? {
        guard let index = prose.quantities.firstIndex(where: { $0.date?.month != nil && $0.date?.day != nil }) else { return nil }
        let span = prose.quantities[index].proseSpan
        let before = prose.text(max(0, span.lowerBound - 40)..<span.lowerBound)
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        guard line.hasSuffix(", "), case let place = line.dropLast(2), place.count >= 2,
              place.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "." || $0 == "'" }) else { return nil }
        let after = prose.text(span.upperBound..<min(prose.document.prose.bytes.count, span.upperBound + 4))
        return ["-", "–", "—", "("].contains { after.drop { $0 == " " }.hasPrefix($0) } ? index : nil
    }

    /// The strictly most common key (a tie is no answer).
    private static func mostCommon(_ counts: [Int: [Int]]) -> (Int, [Int])? {
        let sorted = counts.sorted { $0.value.count > $1.value.count }
        guard let first = sorted.first else { return nil }
        if sorted.count > 1, sorted[1].value.count == first.value.count { return nil }
        return (first.key, first.value)
    }

    /// "2025-06-12", "2025-06", "June 12, 2025": the first four-digit year (1800-2099), and the month when ISO-written.
    static func yearAndMonth(in text: String) -> (year: Int, month: Int?)? {
        let digits = Array(text.utf8)
        var index = 0
        while index + 4 <= digits.count {
            let run = digits[index..<index + 4]
            let boundedBefore = index == 0 || !CharacterClass.isDigitByte(digits[index - 1])
            let boundedAfter = index + 4 == digits.count || !CharacterClass.isDigitByte(digits[index + 4])
            if boundedBefore, boundedAfter, run.allSatisfy(CharacterClass.isDigitByte), let year = Int(String(decoding: run, as: UTF8.self)), (1800...2099).contains(year) {
                var month: Int?
                if index + 7 <= digits.count, digits[index + 4] == UInt8(ascii: "-"),
                   let value = Int(String(decoding: digits[index + 5..<index + 7], as: UTF8.self)), (1...12).contains(value) {
                    month = value
                }
                return (year, month)
            }
            index += 1
        }
        return nil
    }

    /// The ISO weekday (Monday = 1) of a Gregorian date, or nil when the date does not exist (February 30).
    static func weekday(year: Int, month: Int, day: Int) -> Int? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        guard parts.year == year, parts.month == month, parts.day == day, let weekday = parts.weekday else { return nil }
        return (weekday + 5) % 7 + 1
    }

    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }
}
