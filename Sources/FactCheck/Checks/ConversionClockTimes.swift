/// Clock times of one event given in two zones, the second in brackets right after the first:
/// "1:30 p.m. IST (0900 GMT)" (13:30 at +5:30 is 08:00 GMT). The zones and their offsets are
/// rules/zones.yml; a time in "local time" is unknown in offset, so its conversion only has to imply
/// an offset some zone has ("8 p.m. local time (0545 GMT)" implies -9:45 from GMT, which no zone has).
struct ConversionClockTimes {
    let document: Document
    let quantities: [Quantity]
    let zones: ClockZones

    /// A time of day as written, with the zone after it.
    struct Reading {
        var index: Int
        /// Minutes after midnight.
        var minutes: Int
        /// Offsets from UTC the zone may have; nil for the local clock.
        var offsets: [Int]?
        /// The zone as written ("GMT", "local time").
        var zone: String
        /// Whether the time as read already ends with its zone ("14:31 GMT").
        var zoneInSpan = false
        /// Prose offset right after the zone.
        var end: Int
    }

    /// Each pair whose times do not name the same moment: (original, converted, message).
    func mismatches() -> [(original: Int, converted: Int, message: String)] {
        var found: [(original: Int, converted: Int, message: String)] = []
        for index in quantities.indices.dropLast() where quantities[index + 1].sentence == quantities[index].sentence {
            guard let first = reading(index), let second = reading(index + 1), isBracketed(first.end, quantities[index + 1].proseSpan.lowerBound),
                  let message = disagreement(first, second) else { continue }
            found.append((index, index + 1, message))
        }
        return found
    }

    private func disagreement(_ first: Reading, _ second: Reading) -> String? {
        let written = { (reading: Reading) in "'\(document.source.text(quantities[reading.index].span))\(reading.zoneInSpan ? "" : " " + reading.zone)'" }
        switch (first.offsets, second.offsets) {
        case let (a?, b?):
            // Both zones known: the same instant in UTC, whichever offset each may have.
            let agrees = a.contains { x in b.contains { y in Self.wrapped(first.minutes - x - (second.minutes - y)) == 0 } }
            guard !agrees, let x = a.first, let y = b.first else { return nil }
            return "\(written(first)) is \(Self.clock(Self.wrapped(first.minutes - x + y))) \(second.zone), not \(written(second))"
        case let (nil, b?), let (b?, nil):
            let (local, zoned) = first.offsets == nil ? (first, second) : (second, first)
            let known = Set(zones.offsets.values.joined())
            let implied = b.map { Self.signed(local.minutes - zoned.minutes + $0) }
            guard !implied.contains(where: { $0 % 60 == 0 || $0 % 60 == 30 || $0 % 60 == -30 || known.contains($0) }),
                  let offset = implied.first else { return nil }
            return "\(written(first)) and \(written(second)) differ by \(Self.offset(offset)), an offset no time zone has"
        case (nil, nil): return nil
        }
    }

    /// Quantity `index` as a time of day with a zone: "1:30 p.m." or "13:38" read by the extractor,
    /// or a four-digit "0530" that a zone follows.
    private func reading(_ index: Int) -> Reading? {
        let quantity = quantities[index]
        let minutes: Int
        if quantity.unit.dimension == "time-of-day" {
            minutes = Int(quantity.value.doubleValue)
        } else if quantity.unit == .count {
            let digits = document.source.text(quantity.numberSpan)
            guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits), value / 100 < 24, value % 100 < 60 else { return nil }
            minutes = value / 100 * 60 + value % 100
        } else {
            return nil
        }
        // The zone: at the end of the time as read ("14:31 GMT", "1:30 p.m. local time") or the word right after it.
        let spanText = text(quantity.proseSpan)
        let after = text(quantity.proseSpan.upperBound..<min(document.prose.bytes.count, quantity.proseSpan.upperBound + 16))
        for phrase in zones.local {
            if spanText.lowercased().hasSuffix(" " + phrase) {
                return Reading(index: index, minutes: minutes, offsets: nil, zone: phrase, zoneInSpan: true, end: quantity.proseSpan.upperBound)
            }
            let lowered = after.lowercased()
            if lowered.hasPrefix(" " + phrase), lowered.dropFirst(phrase.count + 1).first.map({ !$0.isLetter }) ?? true {
                return Reading(index: index, minutes: minutes, offsets: nil, zone: phrase, end: quantity.proseSpan.upperBound + phrase.utf8.count + 1)
            }
        }
        if let last = spanText.split(separator: " ").last, let offsets = zones.offsets[String(last)], last.allSatisfy(\.isUppercase) {
            return Reading(index: index, minutes: minutes, offsets: offsets, zone: String(last), zoneInSpan: true, end: quantity.proseSpan.upperBound)
        }
        let word = after.drop { $0 == " " }.prefix { $0.isLetter }
        guard after.hasPrefix(" "), !word.isEmpty, word.allSatisfy(\.isUppercase), let offsets = zones.offsets[String(word)] else { return nil }
        let end = quantity.proseSpan.upperBound + after.utf8.count - after.drop { $0 == " " }.utf8.count + word.utf8.count
        return Reading(index: index, minutes: minutes, offsets: offsets, zone: String(word), end: end)
    }

    /// " (" and nothing else between the two times.
    private func isBracketed(_ start: Int, _ end: Int) -> Bool {
        guard start <= end, end - start <= 4 else { return false }
        return text(start..<end).filter { $0 != " " } == "("
    }

    private func text(_ range: Range<Int>) -> String {
        let bytes = document.prose.bytes
        return String(decoding: bytes[max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))], as: UTF8.self)
    }

    /// Minutes into one day: 0..<1440.
    static func wrapped(_ minutes: Int) -> Int { ((minutes % 1440) + 1440) % 1440 }

    /// Minutes as an offset between -12 and +12 hours.
    static func signed(_ minutes: Int) -> Int {
        let wrapped = wrapped(minutes)
        return wrapped > 720 ? wrapped - 1440 : wrapped
    }

    /// 480 → "08:00".
    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// 465 → "+7:45".
    static func offset(_ minutes: Int) -> String {
        let size = abs(minutes)
        return (minutes < 0 ? "-" : "+") + "\(size / 60):" + (size % 60 < 10 ? "0" : "") + "\(size % 60)"
    }
}
