import Foundation

/// A report's publication date (front matter `date:`, an HTML date meta), against which relative
/// times resolve: "last year" in a report of 2023-03-25 is 2022, "last month" February 2023, and
/// "Sunday" the Sunday before, 2023-03-19. Without one they stay relative, never guessed.
struct PublicationDate: Sendable {
    var year: Int
    var month: Int?
    var day: Int?

    /// Reads "2023", "2023-03" or "2023-03-25" (anything after the date, such as a time, is ignored).
    init?(_ text: String) {
        let parts = text.prefix(10).split(separator: "-").map { Int($0) }
        guard let first = parts.first, let year = first, (1800...2200).contains(year) else { return nil }
        self.year = year
        month = parts.count > 1 ? parts[1].flatMap { (1...12).contains($0) ? $0 : nil } : nil
        day = month != nil && parts.count > 2 ? parts[2].flatMap { (1...31).contains($0) ? $0 : nil } : nil
    }

    func resolve(_ times: inout [String: Set<String>]) {
        if let relative = times["relative"] {
            let yearOffsets = ["last year": -1, "this year": 0, "next year": 1]
            let monthOffsets = ["last month": -1, "this month": 0, "next month": 1]
            var left = relative
            for period in relative {
                if let offset = yearOffsets[period] {
                    times["year", default: []].insert("\(year + offset)")
                    left.remove(period)
                } else if let offset = monthOffsets[period], let month {
                    let index = year * 12 + (month - 1) + offset
                    times["year", default: []].insert("\(index / 12)")
                    times["month", default: []].insert("month\(index % 12 + 1)")
                    left.remove(period)
                }
            }
            times["relative"] = left.isEmpty ? nil : left
        }
        // A weekday with no date is the last such day on or before publication ("officials said Sunday").
        if let weekdays = times["weekday"], weekdays.count == 1, times["day"] == nil, let weekday = weekdays.first.flatMap({ Int($0.dropFirst(7)) }),
           let published = date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let publishedWeekday = (calendar.component(.weekday, from: published) + 5) % 7 + 1 // ISO: Monday = 1
            let back = (publishedWeekday - weekday + 7) % 7
            if let resolved = calendar.date(byAdding: .day, value: -back, to: published) {
                let parts = calendar.dateComponents([.year, .month, .day], from: resolved)
                times["day"] = [String(format: "%02d-%02d", parts.month!, parts.day!)]
                times["year", default: []].insert("\(parts.year!)")
            }
        }
    }

    private var date: Date? {
        guard let month, let day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }
}
