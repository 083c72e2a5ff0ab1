extension Extractor {
    static let star = Unit(id: "star", dimension: "rank")
    static let percent = Unit(id: "%", dimension: "percent")

    func text(_ prose: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Substring {
        Substring(String(decoding: UnsafeBufferPointer(rebasing: prose[range]), as: UTF8.self))
    }

    func readDate(_ match: Match, _ prose: UnsafeBufferPointer<UInt8>) -> Found? {
        var date = CalendarDate()
        for suffix in ["1", "2", "3"] {
            guard let monthRange = match["m" + suffix] else { continue }
            date.month = lexicon.months[text(prose, monthRange).lowercased()]
            if let day = match["d" + suffix] {
                date.day = Int(text(prose, day).prefix { $0.isNumber })
            }
            if let year = match["y" + suffix] { date.year = Int(text(prose, year)) }
            if let weekday = match["wd" + suffix] { date.weekday = lexicon.weekdays[text(prose, weekday).lowercased()] }
        }
        guard date.month != nil, date.day.map({ (1...31).contains($0) }) ?? true else { return nil }
        if let year = date.year, !lexicon.yearRange.contains(year) { return nil }
        return Found(span: match.range, numberSpan: match.range, value: DecimalNumber(date.sortKey), unit: .date, date: date)
    }

    func readRank(_ match: Match, _ prose: UnsafeBufferPointer<UInt8>) -> Found? {
        let stars: Int?
        if let title = match["title"] {
            stars = lexicon.rankTitles[RegexText.key(text(prose, title))]
        } else if let written = match["stars"] {
            stars = lexicon.numberWords[text(prose, written).lowercased()]
        } else {
            stars = Int(text(prose, match.range).prefix(1))
        }
        guard let stars else { return nil }
        return Found(span: match.range, numberSpan: match.range, value: DecimalNumber(stars), unit: Self.star)
    }

    static let place = Unit(id: "place", dimension: "position")
    /// A time of day, in minutes after midnight.
    static let timeOfDay = Unit(id: "time", dimension: "time-of-day")

    /// "finished third", "a fourth-place finish": a position in a ranking.
    func readPosition(_ match: Match, _ prose: UnsafeBufferPointer<UInt8>) -> Found? {
        guard let range = match["ord"] ?? match["ord2"] else { return nil }
        let word = text(prose, range).lowercased()
        guard let value = lexicon.ordinals[word] ?? Int(word.prefix { $0.isNumber }) else { return nil }
        let span = match["ord2"] != nil ? range.lowerBound..<match.range.upperBound : range
        return Found(span: span, numberSpan: range, value: DecimalNumber(value), unit: Self.place)
    }

    /// "3 a.m.", "9.30pm": a time of day by the hour.
    func readHourOfDay(_ match: Match, _ prose: UnsafeBufferPointer<UInt8>) -> Found? {
        guard let hourRange = match["hour"], let hour = Int(text(prose, hourRange)), (1...12).contains(hour), let ampm = match["ampm"] else { return nil }
        let minute = match["minute"].flatMap { Int(text(prose, $0)) } ?? 0
        guard minute < 60 else { return nil }
        let pm = text(prose, ampm).lowercased().hasPrefix("p")
        let minutes = (hour % 12 + (pm ? 12 : 0)) * 60 + minute
        return Found(span: match.range, numberSpan: match.range, value: DecimalNumber(minutes), unit: Self.timeOfDay)
    }

    /// "2:04:37" (hours, minutes, seconds) or "14:31" (minutes, seconds) as a duration in seconds; with a.m./p.m.,
    /// a time zone or "at" before it, a time of day in minutes after midnight.
    func readClock(_ match: Match, _ prose: UnsafeBufferPointer<UInt8>) -> Found? {
        guard let seconds = lexicon.unitById["s"], let first = match["first"], let second = match["second"] else { return nil }
        if match["ampm"] != nil || match["zone"] != nil || (match["third"] == nil && clockPreposition(before: match.range.lowerBound, prose)) {
            guard let hour = Int(text(prose, first)), let minute = Int(text(prose, second)), minute < 60, hour < 24 else { return nil }
            var hours = hour
            if let ampm = match["ampm"] {
                guard (1...12).contains(hour) else { return nil }
                hours = hour % 12 + (text(prose, ampm).lowercased().hasPrefix("p") ? 12 : 0)
            }
            return Found(span: match.range, numberSpan: first.lowerBound..<second.upperBound, value: DecimalNumber(hours * 60 + minute), unit: Self.timeOfDay)
        }
        var fields = [text(prose, first), text(prose, second)]
        if let third = match["third"] { fields.append(text(prose, third)) }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count, numbers.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        var total = numbers.reduce(0) { $0 * 60 + $1 }
        var exponent = 0
        if let fraction = match["fraction"], let digits = DecimalNumber(digits: text(prose, fraction).utf8) {
            exponent = digits.exponent
            total = total * Int(pow10(-exponent)) + Int(digits.significand)
        }
        var malformation: Malformation?
        if let short = fields.dropFirst().firstIndex(where: { $0.count != 2 }) {
            // "1:02:5": was it 1:02:05 or 1:02:50?
            let head = fields[..<short].joined(separator: ":")
            let field = fields[short]
            malformation = Malformation(kind: .clockField, fix: nil, readings: ["\(head):0\(field)", "\(head):\(field)0"])
        }
        return Found(span: match.range, numberSpan: match.range, value: DecimalNumber(significand: Int64(total), exponent: exponent),
                     unit: seconds, malformation: malformation)
    }

    /// Whether the word before `offset` makes a bare "14:30" a time of day ("at", "until").
    func clockPreposition(before offset: Int, _ prose: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = offset
        while end > 0, prose[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, CharacterClass.isLetterByte(prose[start - 1]) { start -= 1 }
        return start < end && lexicon.clockPrepositions.contains(text(prose, start..<end).lowercased())
    }

    /// A number with its currency, scale, range and unit; nil when it is not a quantity.
    func readQuantity(_ match: Match, _ prose: UnsafeBufferPointer<UInt8>, currency: (unit: Unit, start: Int)?, claimed: SpanList) -> Found? {
        guard let numberRange = match["num"] else { return nil }
        if let vague = match["vague"] {
            let phrase = text(prose, vague).lowercased()
            guard let least = leastValue(ofVague: phrase) else { return nil }
            // "dozens of boats" names its noun after "of"; "several hundred fans" right after.
            let plural = lexicon.vaguePlurals.contains(String(phrase.prefix { !$0.isWhitespace }))
            return Found(span: vague, numberSpan: vague, value: least, unit: .count, bound: .atLeast, nounAfterOf: plural)
        }
        let numberText = text(prose, (match["sign"]?.upperBound ?? numberRange.lowerBound)..<numberRange.upperBound)
        let isDigits = numberText.first.map { $0.isNumber || $0 == "." } ?? false
        var span = (currency?.start ?? match.range.lowerBound)..<match.range.upperBound
        var unit: Unit? = currency?.unit
        var scalePower = 0

        // "1.8M dollars": a currency named after the number makes a letter suffix a scale too.
        let unitGroup = match["unit"] ?? match["unit2"]
        let currencyAfter = unitGroup.flatMap { lexicon.unit(written: String(text(prose, $0))) }?.dimension == "currency"
        if let scale = scale(match, suffixGroup: "suffix", wordGroup: "scale", prose: prose, hasCurrency: unit != nil || currencyAfter) {
            scalePower = scale.power
            if let reinterpreted = scale.unitInstead { unit = reinterpreted }
        }
        if let unitRange = unitGroup {
            let written = lexicon.unit(written: String(text(prose, unitRange)))
            if unit == nil { unit = written } else if written != nil, written?.dimension != "currency" {
                // "$5 per kg" style combinations are not read: keep the currency, end before the unit.
                span = span.lowerBound..<(match["usep"]?.lowerBound ?? span.upperBound)
            }
        }
        if let unitRange = unitGroup, claimed.overlaps(unitRange) { span = span.lowerBound..<(match["usep"]?.lowerBound ?? span.upperBound) }

        var value: DecimalNumber
        var malformation: Malformation?
        let counts = unit == nil
        if isDigits {
            guard let reading = DigitNumberReader.read(numberText, countsWholeThings: counts) else { return nil }
            // "9/11", "3/10": a lone slash number with no unit or sign is a fraction only over the usual denominators.
            if unit == nil, match["sign"] == nil, let denominator = reading.bareSlashDenominator, denominator <= 31,
               !lexicon.slashDenominators.contains(denominator) { return nil }
            value = reading.value
            malformation = reading.malformation
        } else {
            guard let words = WordNumberReader.read(numberText, lexicon: lexicon) else { return nil }
            value = words
        }
        let written = value
        value = value.scaled(byPowerOfTen: scalePower)
        if match["sign"] != nil { value.significand = -value.significand }

        var upper: DecimalNumber?
        if let secondRange = match["num2"] {
            let secondText = text(prose, secondRange)
            let second = secondText.first.map({ $0.isNumber || $0 == "." }) == true
                ? DigitNumberReader.read(secondText, countsWholeThings: counts)?.value
                : WordNumberReader.read(secondText, lexicon: lexicon)
            let secondScale = scale(match, suffixGroup: "suffix2", wordGroup: "scale2", prose: prose, hasCurrency: unit != nil)?.power ?? 0
            if var second {
                if scalePower == 0, secondScale > 0 { value = value.scaled(byPowerOfTen: secondScale) }
                second = second.scaled(byPowerOfTen: secondScale > 0 ? secondScale : scalePower)
                upper = second
            }
        }

        let lastWords = numberText.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        let isFraction = !isDigits && lastWords.suffix(3) != ["and", "a", "half"] && lexicon.fractionByWord[String(lastWords.last ?? "")] != nil
        if unit == nil, isFraction {
            // "two-thirds of voters" is a share: read it as a percentage so it compares with "67.4%".
            return Found(span: span, numberSpan: numberRange, value: DecimalNumber(significand: Int64((value.doubleValue * 100_000).rounded()), exponent: -3),
                         unit: Self.percent, dropWithoutNoun: false, nounAfterOf: true)
        }

        if unit == nil, isDigits, match["sign"] == nil, upper == nil || upper!.doubleValue < value.doubleValue, scalePower == 0, malformation == nil,
           numberText.count == 4, let year = Int(numberText), lexicon.yearRange.contains(year), !countsPlural(after: span.upperBound, prose) {
            return Found(span: span, numberSpan: numberRange, value: DecimalNumber(year * 10_000), unit: .date, date: CalendarDate(year: year))
        }

        if unit == nil, scalePower == 0, match["sign"] == nil {
            unit = unitFromPhrase(before: span.lowerBound, prose) ?? (isDigits && upper == nil ? ageAfterName(span, value: value, prose) : nil)
        }
        let resolved = unit ?? .count
        if resolved == .count, !isDigits, scalePower == 0, value.doubleValue == 1 { return nil } // "one of the", "one China"
        return Found(span: span, numberSpan: numberRange, value: value, upperValue: upper, unit: resolved, written: written, malformation: malformation,
                     // "the two met": a small number in words counts something only with its noun; "a hundred and five" stands alone.
                     dropWithoutNoun: resolved == .count && !isDigits && scalePower == 0 && value.doubleValue < 100, nounAfterOf: resolved != .count)
    }

    private func scale(_ match: Match, suffixGroup: String, wordGroup: String, prose: UnsafeBufferPointer<UInt8>, hasCurrency: Bool) -> (power: Int, unitInstead: Unit?)? {
        if let suffixRange = match[suffixGroup] {
            let suffix = String(text(prose, suffixRange))
            guard let scale = lexicon.scaleBySuffix[suffix] else { return nil }
            if scale.currencyOnly, !hasCurrency, let unit = lexicon.unitBySymbol[suffix] {
                // "400m" is 400 metres: a letter that is also a unit symbol is the unit, not a scale.
                return (0, unit)
            }
            return (scale.power, nil)
        }
        if let wordRange = match[wordGroup] { return lexicon.scalePowerByWord[RegexText.key(text(prose, wordRange))].map { ($0, nil) } }
        return nil
    }

    /// A lower-case plural noun right after a four-digit number means a count ("2000 troops"), not a year.
    private func countsPlural(after offset: Int, _ prose: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let phrase = nouns.read(prose, from: offset, limit: min(prose.count, offset + 64), afterOf: false),
              let first = phrase.split(separator: " ").first, first.first?.isLowercase == true else { return false }
        return first.hasSuffix("s") && !first.hasSuffix("ss") && !first.hasSuffix("us") && !first.hasSuffix("is")
    }

    /// Bounds, hedge and what is counted, read from the words around the quantity.
    func addContext(to quantity: inout Quantity, found: Found, prose: UnsafeBufferPointer<UInt8>, document: Document, scratch: MatchScratch) {
        let sentence = document.sentenceRange(atProseOffset: found.span.lowerBound)
        let start = found.span.lowerBound
        let before = UnsafeBufferPointer(rebasing: prose[0..<start])
        let windowStart = max(sentence.lowerBound, start - 48)
        if quantity.bound == .exact, windowStart < start,
           let match = try? patterns.bound.firstMatch(in: before, from: windowStart, scratch: scratch), let phrase = match["phrase"] {
            quantity.bound = lexicon.boundByPhrase[RegexText.key(text(prose, phrase))] ?? .approximate
        }
        // Only this sentence is searched, and at most a few hundred bytes back: a hedge does not reach across a
        // clause break, and a pathological sentence of a thousand figures must not make the search quadratic.
        var clauseStart = max(min(sentence.lowerBound, start), start - 400)
        if let breaks = try? patterns.clauseBreak.allMatches(in: before, from: clauseStart, scratch: scratch), let last = breaks.last {
            clauseStart = last.range.upperBound
        }
        if clauseStart < start, let hedges = try? patterns.hedge.allMatches(in: before, from: clauseStart, scratch: scratch),
           let last = hedges.last(where: { !Self.isCapitalizedMidSentence($0.range, in: prose, sentenceStart: sentence.lowerBound) }),
           let phrase = last["phrase"] {
            quantity.hedge = String(text(prose, phrase)).lowercased()
        }
        let limit = min(prose.count, max(sentence.upperBound, found.span.upperBound))
        quantity.noun = nouns.read(prose, from: found.span.upperBound, limit: limit, afterOf: found.nounAfterOf)
        if let per = try? patterns.perUnit.firstMatch(in: UnsafeBufferPointer(rebasing: prose[0..<limit]), from: found.span.upperBound,
                                                      anchored: true, scratch: scratch), let unitRange = per["unit"] ?? per["unit2"] {
            quantity.per = lexicon.unit(written: String(text(prose, unitRange)))
        }
    }

    /// A hedge word capitalized inside a sentence is a name, not a hedge: "who turned 23 in May",
    /// "Theresa May said".
    static func isCapitalizedMidSentence(_ range: Range<Int>, in prose: UnsafeBufferPointer<UInt8>, sentenceStart: Int) -> Bool {
        guard range.lowerBound < prose.count, prose[range.lowerBound] >= UInt8(ascii: "A"), prose[range.lowerBound] <= UInt8(ascii: "Z") else { return false }
        var index = range.lowerBound - 1
        // Skip spaces, quotes and brackets back to the word before.
        while index >= sentenceStart, [0x20, 0x09, 0x0A, 0x22, 0x27, 0x28].contains(prose[index]) || prose[index] >= 0x80 { index -= 1 }
        guard index >= sentenceStart else { return false }
        return prose[index].isASCIILetter || (prose[index] >= UInt8(ascii: "0") && prose[index] <= UInt8(ascii: "9")) || prose[index] == UInt8(ascii: ",")
    }
}
