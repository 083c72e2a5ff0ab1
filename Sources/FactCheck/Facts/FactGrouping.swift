/// Groups facts into what the reports say about one thing: the claims that agree form a side, and
/// sides joined by a direct conflict form one group. The conflicting-value check reports the groups
/// with more than one side; `factcheck facts --group` shows them all.
public struct FactGrouping: Sendable {
    let matcher: FactMatcher

    public init(identity: IdentityRules) { matcher = FactMatcher(identity: identity) }

    /// One thing the reports state, and what each says of it.
    public struct Group: Sendable {
        /// The claims, split into sides that agree with each other, by value.
        public var sides: [[Fact]]
        /// How firmly the disagreement is told: a warning needs two firm claims in direct conflict whose
        /// values look like a slip of one another, or that stand by the same name.
        public var strength: Strength

        public var facts: [Fact] { sides.flatMap { $0 } }
        public var isConflict: Bool { sides.count > 1 }
    }

    /// How firmly a group's claims disagree, weakest first.
    public enum Strength: Int, Sendable, Comparable {
        /// Every disagreement has a hedged side ("could", "will consider").
        case hedged
        /// Firm claims whose values are not a slip of one another and that stand by no shared name: they
        /// may well be one fact told wrongly, but as often a figure that changed, or another scope.
        case possible
        /// Firm claims whose values look like a slip (swapped or changed digits, a dropped zero), or
        /// that stand by the same name ("Kestria deployed 4,600" and "Kestria's 6,400 troops").
        case firm

        public static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    /// What facts are indexed by for pairing (with the words near them): facts of one dimension are compared.
    static func indexKey(_ fact: Fact) -> String? { fact.quantity.unit.dimension }

    public func groups(_ facts: [Fact]) -> [Group] {
        // A bracketed conversion restates its original; the original speaks for both.
        // Indices, not a filtered copy: the facts are most of the memory a large run uses.
        let kept = facts.indices.filter { facts[$0].quantity.conversionOf == nil }
        let subset = FactSubset(facts: facts, indices: kept)
        let (agreeing, conflicts) = edges(subset)
        return assemble(count: subset.count, fact: { subset[$0] }, agreeing: agreeing, conflicts: conflicts)
    }

    /// How two facts are related, if they are one fact: told alike, or told in conflict.
    enum Edge { case agree, conflict }

    /// The agreeing and conflicting pairs among `subset`, by position in it.
    func edges(_ subset: FactSubset) -> (agreeing: [(Int, Int)], conflicts: [(Int, Int)]) {
        let index = FactIndex(facts: subset, maxPosting: matcher.identity.maxPosting)
        let sentences = FactsBySentence(subset)
        var agreeing: [(Int, Int)] = [], conflicts: [(Int, Int)] = []
        for (i, j) in index.candidatePairs(key: Self.indexKey) {
            switch edge(subset[i], subset[j], neighbours: sentences.quantities(inSentenceOf:)) {
            case .agree?: agreeing.append((i, j))
            case .conflict?: conflicts.append((i, j))
            case nil: break
            }
        }
        return (agreeing, conflicts)
    }

    /// Whether `a` and `b` are one fact, told alike or in conflict; `neighbours` gives the quantities of a
    /// fact's sentence (conversions left out), which can explain a conflict away.
    func edge(_ a: Fact, _ b: Fact, neighbours: (Fact) -> [Quantity]) -> Edge? {
        // A date that times another figure ("42,100 containers on March 23") is one event with another such
        // date only when their figures are the same ("46.3C … on July 14" and "46.3C … on July 15").
        if a.datesAnotherFigure || b.datesAnotherFigure, a.companions.isDisjoint(with: b.companions) { return nil }
        // Numbers first, they are cheap: a pair that neither agrees nor could be one fact is no edge.
        let agrees = matcher.agree(a, b)
        guard agrees || matcher.plausiblyTheSame(a, b) else { return nil }
        let strongTypo = FactMatcher.isStrongTypo(a, b)
        let identical = a.quantity.written == b.quantity.written && a.quantity.unit == b.quantity.unit && a.quantity.bound == b.quantity.bound
        // The same distinctive value ("April 10", "1,248,300") is evidence in itself, like a typo pair.
        let sameDistinctive = identical && (a.quantity.date?.day != nil || FactBuilder.isDistinctive(a.quantity))
        guard matcher.describeSameThing(a, b, numbersAgreeOddly: strongTypo || sameDistinctive),
              !UnitMismatchCheck.isUnitSwap(a, b) else { return nil }
        // Swapped digits are flagged even where a bound would let both stand ("at least 1,240" vs "1,420").
        let swappedDigits = FactMatcher.areSwappedDigits(a, b)
        if agrees, !swappedDigits { return .agree }
        // A malformed figure ("4, 800", "2.300") has no one value to disagree with: malformed-number reports it.
        if a.quantity.malformation != nil || b.quantity.malformation != nil { return nil }
        if !identical, matcher.plausiblyTheSame(a, b),
           // A hedged side makes the finding a note: ordinary evidence of one fact is enough for that.
           a.isHedged || b.isHedged || matcher.strongEnoughForConflict(a, b, strongTypo: strongTypo),
           !explainedAway(a, b, neighbours: neighbours) {
            return .conflict
        }
        return nil
    }

    /// The groups of `count` facts from their agreeing and conflicting pairs: agreeing facts join a side,
    /// sides joined by a conflict one group. With `keep`, only the groups holding a fact it accepts.
    func assemble(count: Int, fact: (Int) -> Fact, agreeing: [(Int, Int)], conflicts: [(Int, Int)],
                  keep: ((Int) -> Bool)? = nil) -> [Group] {
        var sides = UnionFind(count: count)
        for (i, j) in agreeing { sides.union(i, j) }
        var linked = UnionFind(count: count)
        for (i, j) in conflicts { linked.union(sides.find(i), sides.find(j)) }
        var members: [Int: [Int]] = [:]
        for index in 0..<count { members[linked.find(sides.find(index)), default: []].append(index) }
        var strength: [Int: Strength] = [:]
        for (i, j) in conflicts {
            let (a, b) = (fact(i), fact(j))
            let edge: Strength = a.isHedged || b.isHedged ? .hedged : FactMatcher.isEvidentConflict(a, b) ? .firm : .possible
            let root = linked.find(sides.find(i))
            strength[root] = max(strength[root] ?? .hedged, edge)
        }
        return members.keys.sorted().compactMap { root in
            let indices = members[root]!
            if let keep, !indices.contains(where: keep) { return nil }
            return Group(sides: self.sides(of: indices, fact: fact), strength: strength[root] ?? .hedged)
        }
    }

    /// A group's claims split into sides whose values agree, lowest first.
    private func sides(of group: [Int], fact: (Int) -> Fact) -> [[Fact]] {
        // Each interval once, and facts moved only at the end: a claim is compared with every claim of
        // the side it may join, and a large group has large sides. The comparison is FactMatcher.agree's.
        struct Entry { var index: Int; var interval: ClosedRange<Double>; var date: CalendarDate?; var isDate: Bool; var digits: String; var value: Double }
        func agree(_ x: Entry, _ y: Entry) -> Bool {
            if x.isDate { return FactMatcher.datesAgree(x.date, y.date) }
            // Swapped digits stay apart even where a bound lets both stand ("at least 58" and "85"), as in ``edge``.
            if FactMatcher.areSwappedDigits(x.digits, y.digits, values: x.value, y.value) { return false }
            return x.interval.lowerBound < y.interval.upperBound && y.interval.lowerBound < x.interval.upperBound
        }
        let entries = group.map { index in
            let claim = fact(index)
            return Entry(index: index, interval: matcher.interval(claim), date: claim.quantity.date, isDate: claim.quantity.unit.dimension == "date",
                         digits: claim.digits, value: claim.quantity.baseValue)
        }
        var parts: [[Entry]] = []
        for entry in entries.sorted(by: { $0.interval.lowerBound < $1.interval.lowerBound }) {
            if let last = parts.indices.last, parts[last].allSatisfy({ agree($0, entry) }) {
                parts[last].append(entry)
            } else {
                parts.append([entry])
            }
        }
        return parts.map { $0.map { fact($0.index) }.sorted { ($0.path, $0.quantity.span.lowerBound) < ($1.path, $1.quantity.span.lowerBound) } }
    }

    /// A claim is explained away when its own sentence holds a firm value that agrees with the other
    /// claim: "Of the 301 structures destroyed, 214 were homes" does not say 214 structures.
    private func explainedAway(_ a: Fact, _ b: Fact, neighbours: (Fact) -> [Quantity]) -> Bool {
        for (claim, other) in [(a, b), (b, a)] {
            for candidate in neighbours(claim) where candidate.span != claim.quantity.span {
                // Only a bounded value explains: "more than two minutes" agrees with any longer time.
                guard ![.atLeast, .atMost].contains(candidate.bound) else { continue }
                if candidate.hedge == nil, candidate.unit.dimension == other.quantity.unit.dimension, matcher.agree(candidate, other.quantity) { return true }
            }
        }
        return false
    }
}

/// The quantities of each sentence, to look at a claim's neighbours.
struct FactsBySentence {
    private var quantities: [String: [Quantity]] = [:]

    init(_ facts: FactSubset) {
        for index in 0..<facts.count {
            let fact = facts[index]
            quantities["\(fact.path)#\(fact.sentence)", default: []].append(fact.quantity)
        }
    }

    func quantities(inSentenceOf fact: Fact) -> [Quantity] { quantities["\(fact.path)#\(fact.sentence)"] ?? [] }
}

/// A view of some of the facts, by index, without copying them.
struct FactSubset {
    let facts: [Fact]
    let indices: [Int]

    var count: Int { indices.count }
    /// Read in place: a fact holds a dozen references, and copying it for every candidate pair was a tenth of a run.
    subscript(position: Int) -> Fact { _read { yield facts[indices[position]] } }
}
