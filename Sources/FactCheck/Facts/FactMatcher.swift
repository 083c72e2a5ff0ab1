/// Decides whether two facts are the same fact, and whether their values agree, by the explicit
/// features and thresholds of rules/identity.yml.
public struct FactMatcher: Sendable {
    let identity: IdentityRules

    public init(identity: IdentityRules) { self.identity = identity }

    /// Whether two facts with different values are one fact told two ways: the same thing, described
    /// with more shared words than agreement needs (a conflict is the stronger claim).
    func describeSameThingDespiteValues(_ a: Fact, _ b: Fact) -> Bool {
        let strongTypo = Self.isStrongTypo(a, b)
        return describeSameThing(a, b, numbersAgreeOddly: strongTypo) && strongEnoughForConflict(a, b, strongTypo: strongTypo)
    }

    /// The part of ``describeSameThingDespiteValues(_:_:)`` beyond ``describeSameThing``, for callers that ran that already.
    func strongEnoughForConflict(_ a: Fact, _ b: Fact, strongTypo: Bool) -> Bool {
        // Sentences about wholly different names ("Civic Union" vs "the People's Party") tell different facts,
        // and so do figures each next to a name the other lacks ("U.S. troops in Japan" vs "U.S. troops in South Korea").
        // A name spelt two ways ("Moskalik", "Moskalyk") is one name (NameVariants).
        if !strongTypo, !a.names.isEmpty, !b.names.isEmpty, NameVariants.areDisjoint(a.names, b.names) { return false }
        if NameVariants.hasOneMissing(from: b.names, in: a.nearNames), NameVariants.hasOneMissing(from: a.names, in: b.nearNames) { return false }
        // Swapped digits, or one changed digit in three or more, are evidence of one fact in themselves;
        // one changed digit of two ("24" vs "64") happens too easily by chance.
        return strongTypo || sharedNear(a, b) >= identity.minSharedNearForConflict
    }

    /// "58" and "85", "1,240" and "1,420": a transposition, flagged even where a bound would let both stand.
    static func areSwappedDigits(_ a: Fact, _ b: Fact) -> Bool {
        a.quantity.unit.dimension != "date" && areSwappedDigits(a.digits, b.digits, values: a.quantity.baseValue, b.quantity.baseValue)
    }

    /// The same test on digits and base values alone, for callers that keep those rather than facts.
    static func areSwappedDigits(_ x: String, _ y: String, values a: Double, _ b: Double) -> Bool {
        // "$620m" and "$0.62bn" share their digits and their value: that is one figure, not a transposition.
        a != b && looksLikeTypo(digits: x, y) && sameDigits(x, y) && comparable(a, b)
    }

    /// "1931" and "1913": the same digits in another order, years far enough apart not to be neighbours.
    static func areSwappedYears(_ x: Int, _ y: Int) -> Bool {
        abs(x - y) > 2 && String(x).sorted() == String(y).sorted()
    }

    /// A slip of a digit leaves a figure within a factor of ten of itself: "210 mm" is no typo of "410 metres".
    static func comparable(_ a: Double, _ b: Double) -> Bool {
        let (x, y) = (abs(a), abs(b))
        return x == 0 || y == 0 || max(x, y) / min(x, y) <= 10
    }

    /// Swapped digits, or one changed digit in three or more: evidence of one fact in itself.
    static func isStrongTypo(_ a: Fact, _ b: Fact) -> Bool {
        // Years sit close together by nature: "2014" and "2016" are no typo of each other; "1964" and "1946" are.
        guard a.quantity.unit.dimension != "date" else {
            guard let x = a.quantity.date, let y = b.quantity.date, x.month == nil, y.month == nil, let xy = x.year, let yy = y.year else { return false }
            return areSwappedYears(xy, yy)
        }
        let (x, y) = (a.digits, b.digits)
        return looksLikeTypo(digits: x, y) && (x.utf8.count >= 3 || sameDigits(x, y)) && comparable(a.quantity.baseValue, b.quantity.baseValue)
    }

    /// Evidence beyond shared words that two disagreeing claims are one fact told wrongly: values that
    /// look like a slip of one another (swapped or changed digits, a dropped zero, a day of the month
    /// with its digits swapped), or the same name right by both figures. Without it two values for what
    /// reads as one fact are as often a figure that changed between reports, or another scope.
    static func isEvidentConflict(_ a: Fact, _ b: Fact) -> Bool {
        if a.quantity.unit.dimension == "date" {
            if isStrongTypo(a, b) { return true }
            guard let x = a.quantity.date?.day, let y = b.quantity.date?.day else { return !a.nearNames.isDisjoint(with: b.nearNames) }
            return looksLikeTypo(digits: String(x), String(y)) || !a.nearNames.isDisjoint(with: b.nearNames)
        }
        return areSwappedDigits(a, b) || isDroppedZero(a, b) || !a.nearNames.isDisjoint(with: b.nearNames)
            || (isStrongTypo(a, b) && significantDigits(a.digits, b.digits) >= 3)
    }

    /// The digits two figures are written with, less the zeros both end in: "1,100" and "1,800" differ in
    /// one digit of two (round estimates, as often two figures as one slip), "146" and "148" in one of three.
    static func significantDigits(_ x: String, _ y: String) -> Int {
        var (x, y) = (Substring(x), Substring(y))
        while x.count > 1, y.count > 1, x.last == "0", y.last == "0" { (x, y) = (x.dropLast(), y.dropLast()) }
        return min(x.count, y.count)
    }

    /// Stems shared near both numbers; the same counted-noun class counts as one more, and so does the same
    /// event told in other words ("killed 38 people" and "left 31 people dead"); a shared distinctive
    /// figure ("46.3C" in both sentences) as two. Names count only with `names`: a shared place says two
    /// figures are about it, not that they are one.
    func sharedNear(_ a: Fact, _ b: Fact, names: Bool = false) -> Int {
        let shared = a.near.intersection(b.near)
        return shared.count + (names ? a.nearNames.intersection(b.nearNames).count : 0) + Self.measureBonus(a, b, shared: shared)
            + Self.eventBonus(a, b, shared: shared) + (a.companions.isDisjoint(with: b.companions) ? 0 : 2)
    }

    /// One event named on both sides adds evidence only when its words are not already among the shared
    /// ones: "killed" and "dead" are one event in two words; "killed" and "killed" count once.
    static func eventBonus(_ a: Fact, _ b: Fact, shared: Set<String>) -> Int {
        guard let event = a.frame.event, event == b.frame.event else { return 0 }
        return [a.eventStem, b.eventStem].contains { $0.map(shared.contains) ?? false } ? 0 : 1
    }

    /// The same counted-noun class adds evidence only when its word is not already among the shared ones
    /// ("25 crew members" and "23 sailors" share the class crew; "162 seats" and "22 seats" share only "seat").
    /// Without counted nouns, frames that measure one thing ("an altitude of 1.2 km", "2.1 km above") count once.
    static func measureBonus(_ a: Fact, _ b: Fact, shared: Set<String>) -> Int {
        guard a.measure != nil || a.frame.measure != nil, (a.measure != nil && a.measure == b.measure) || sameMeasure(a, b) else { return 0 }
        return a.measureStems.contains(where: shared.contains) ? 0 : 1
    }

    /// Whether the frames name one measure in other words, by WordNet ("ships" and "vessels", "nations" and "countries").
    static func sameMeasure(_ a: Fact, _ b: Fact) -> Bool {
        guard let x = a.frame.measure, let y = b.frame.measure else { return false }
        if x == y { return true }
        guard let senseX = a.measureSense, let senseY = b.measureSense else { return false }
        return WordNetLexicon.builtin.sameMeasure(senseX, senseY)
    }

    /// Same measure, same scope, same time: everything but the value (and the unit, for unit-mismatch).
    /// With `numbersAgreeOddly` (a typo-like pair, or one number in two units) the numbers are evidence
    /// in themselves, and one shared word near them is enough; with `sameNumber` (one number in two
    /// units) even differently named places may be one ("Tamsin County" and "Pine Flat" for one fire).
    func describeSameThing(_ a: Fact, _ b: Fact, numbersAgreeOddly: Bool = false, sameNumber: Bool = false) -> Bool {
        if a.path == b.path, a.sentence == b.sentence { return false } // a sentence does not restate its own fact
        // "March 2" and "2015" say nothing about each other: dates compare only at a shared grain.
        if let x = a.quantity.date, let y = b.quantity.date, !((x.year != nil && y.year != nil) || (x.day != nil && y.day != nil)) { return false }
        if let x = a.measure, let y = b.measure, x != y, !Self.sameMeasure(a, b) { return false }
        // Different events ("12 died" and "30 were injured") and different roles ("can carry 248" and
        // "230 on board", "up from 120" and "168") are different facts, whatever words they share.
        if let x = a.frame.event, let y = b.frame.event, x != y { return false }
        // Two dimensions stated ("a depth of 10 km", "10 miles from the town") that differ are two facts.
        if let x = a.frame.dimension, let y = b.frame.dimension, x != y { return false }
        if a.frame.role != b.frame.role, identity.distinctRoles.contains(a.frame.role) || identity.distinctRoles.contains(b.frame.role) { return false }
        // What one side counts must show near the other's number ("66,100 under-fives" is not "an increase of 97,100").
        // One event read on both sides is that evidence: "96 deaths" and "killed 69 people".
        let sameEvent = a.frame.event != nil && a.frame.event == b.frame.event
        if !sameEvent, let x = a.measure, b.measure == nil, !b.near.contains(x) { return false }
        if !sameEvent, let y = b.measure, a.measure == nil, !a.near.contains(y) { return false }
        // One number in two units ("$2.9m" vs "$2.90bn") needs little more than itself…
        // …but at least one shared word in their clauses: "6,200 km" of road and "6,200 miles" of pipe are two things.
        let distinctiveNumber = sameNumber && !a.context.union(a.topic).isDisjoint(with: b.context.union(b.topic))
        guard distinctiveNumber || sharedNear(a, b, names: true) >= identity.minSharedNear else { return false }
        let contextShared = a.context.intersection(b.context)
        let sharedContext = contextShared.count + Self.measureBonus(a, b, shared: contextShared) + Self.eventBonus(a, b, shared: contextShared)
            + (a.companions.isDisjoint(with: b.companions) ? 0 : 2)
        // A short clause ("Containment: 25%") has few words to share.
        guard numbersAgreeOddly || sharedContext >= min(identity.minSharedContext, a.context.count, b.context.count) else { return false }
        for (kind, periods) in a.times { if let other = b.times[kind], periods.isDisjoint(with: other) { return false } }
        // Whose figure it is: names nearest each number that the other sentence never mentions
        // ("troops in Japan" and "troops in South Korea"); "Kestria has deployed 4,600 to Varnland" and
        // "Kestria says 6,400 are in Varnland" name both.
        if !sameNumber, !a.nearNames.isEmpty, !b.nearNames.isEmpty, NameVariants.areDisjoint(a.nearNames, b.names), NameVariants.areDisjoint(b.nearNames, a.names) { return false }
        return true
    }

    /// The values a fact allows, in its base unit: its rounding, or its bound ("more than", "about").
    func interval(_ fact: Fact) -> ClosedRange<Double> { interval(fact.quantity) }

    func interval(_ quantity: Quantity) -> ClosedRange<Double> {
        let value = quantity.baseValue
        let step = NumberPrecision.roundingStep(of: quantity.value) * abs(quantity.unit.factor)
        let half = quantity.value.exponent >= 0 && abs(quantity.value.doubleValue) < 100 ? abs(quantity.unit.factor) * quantity.value.precision / 2 : step / 2
        switch quantity.bound {
        case .exact: return (value - half)...(value + half)
        case .approximate:
            // "About 6,000" spans its rounding step (5,000 to 7,000); "nearly 1.25 million" a hundredth of a million.
            let slack = max(step, abs(value) * identity.approximateTolerance)
            return (value - slack)...(value + slack)
        case .atLeast: return value...Double.greatestFiniteMagnitude
        case .atMost: return -Double.greatestFiniteMagnitude...value
        case .range:
            let upper = quantity.baseUpperValue ?? value
            return (min(value, upper) - half)...(max(value, upper) + half)
        }
    }

    func agree(_ a: Fact, _ b: Fact) -> Bool { agree(a.quantity, b.quantity) }

    /// The same on quantities alone: agreement looks at nothing else.
    func agree(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit.dimension == "date" { return Self.datesAgree(a.date, b.date) }
        // Touching is not agreeing: "three-star" (2.5…3.5) and "four-star" (3.5…4.5) disagree.
        let (x, y) = (interval(a), interval(b))
        return x.lowerBound < y.upperBound && y.lowerBound < x.upperBound
    }

    /// Different values of one fact look like this: close (within `max_ratio`), or a typo of each other.
    /// Far-apart values with shared words are usually different facts ("3 firefighters injured", "2,300 firefighters").
    func plausiblyTheSame(_ a: Fact, _ b: Fact) -> Bool {
        if a.quantity.unit.dimension == "date" {
            guard let x = a.quantity.date, let y = b.quantity.date else { return false }
            if x.day != nil, y.day != nil, x.month != nil, y.month != nil { return abs((x.month! * 31 + x.day!) - (y.month! * 31 + y.day!)) <= 7 }
            // Close years, or a year with its digits swapped ("built in 1964" and "completed in 1946").
            if let xy = x.year, let yy = y.year, x.month == nil, y.month == nil { return abs(xy - yy) <= 2 || Self.areSwappedYears(xy, yy) }
            return false
        }
        if Self.looksLikeTypo(digits: a.digits, b.digits), Self.comparable(a.quantity.baseValue, b.quantity.baseValue) { return true }
        let x = abs(a.quantity.baseValue), y = abs(b.quantity.baseValue)
        guard x > 0, y > 0 else { return false }
        return max(x, y) / min(x, y) <= identity.maxRatio || Self.isDroppedZero(a, b)
    }

    /// "4,000 litres" and "40,000 litres", "$3.1 million" and "$310,000": figures in digits a power of ten
    /// apart, a slip of a zero or of a unit word (still needing the evidence any conflict needs). Small
    /// figures and shares are left out: "1 minute" and "10 minutes", "0.1%" and "1%" are usually two things.
    static func isDroppedZero(_ a: Fact, _ b: Fact) -> Bool {
        guard a.quantity.unit.dimension != "percent", a.quantity.malformation == nil, b.quantity.malformation == nil,
              max(abs(a.quantity.value.doubleValue), abs(b.quantity.value.doubleValue)) >= 100,
              a.text.contains(where: \.isNumber), b.text.contains(where: \.isNumber) else { return false }
        let (x, y) = (abs(a.quantity.baseValue), abs(b.quantity.baseValue))
        let ratio = max(x, y) / min(x, y)
        return [10.0, 100, 1_000].contains { abs(ratio - $0) < $0 * 1e-9 }
    }

    /// "512,400" vs "521,400", "1.38" vs "1.83", "2:19:48" vs "2:18:48": digits swapped or one changed.
    static func looksLikeTypo(digits x: String, _ y: String) -> Bool {
        guard x.utf8.count == y.utf8.count, x.utf8.count >= 2, x != y else { return false }
        if sameDigits(x, y) { return true }
        guard isASCII(x), isASCII(y) else { return zip(x, y).filter { $0 != $1 }.count == 1 }
        var differing = 0
        for (p, q) in zip(x.utf8, y.utf8) where p != q { differing += 1 }
        return differing == 1
    }

    /// The same digits in another order. Compared as bytes (identity asks this of every candidate pair;
    /// sorting Characters was a twentieth of `check`); digits beyond ASCII ("٣") as Characters.
    static func sameDigits(_ x: String, _ y: String) -> Bool {
        guard isASCII(x), isASCII(y) else { return x.sorted() == y.sorted() }
        var counts = [Int](repeating: 0, count: 128)
        for byte in x.utf8 { counts[Int(byte)] += 1 }
        for byte in y.utf8 { counts[Int(byte)] -= 1 }
        return counts.allSatisfy { $0 == 0 }
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    static func datesAgree(_ a: CalendarDate?, _ b: CalendarDate?) -> Bool {
        guard let a, let b else { return true }
        if let x = a.year, let y = b.year, x != y { return false }
        if let x = a.month, let y = b.month, x != y { return false }
        if let x = a.day, let y = b.day, x != y { return false }
        return true
    }
}
