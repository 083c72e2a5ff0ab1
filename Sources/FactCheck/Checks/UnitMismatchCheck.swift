/// `unit-mismatch`: the same fact with the same number in an incompatible unit or base.
public struct UnitMismatchCheck: CorpusCheck {
    public static let description = CheckDescription(
        id: "unit-mismatch",
        name: "UnitMismatch",
        summary: "The same fact is given with the same number in a different unit or base.",
        details: "Flags one fact stated with the same number but another unit: 6,200 km vs 6,200 miles, 48,500 acres vs 48,500 hectares, °C vs °F, micrograms vs milligrams, €85m vs £85m, $2.9m vs $2.9bn, per square kilometre vs per square mile, and percentage points vs percent (\"up 6.2 points\" vs \"rose 6.2%\"). A correct conversion in brackets is not a mismatch.",
        helpMarkdown: """
        One of the two units is wrong. Check the source and correct the unit:

        - `orbit 705 miles up` where the wire says `705 km (438 miles)`
        - `Turnout rose 6.2%` where the figures say `up 6.2 percentage points`
        """,
        defaultLevel: .warning, precision: "high", tags: ["units", "cross-source"])

    let matcher: FactMatcher

    public init(identity: IdentityRules) { matcher = FactMatcher(identity: identity) }

    public func findings(in facts: [Fact]) -> [Finding] {
        let index = FactIndex(facts: FactSubset(facts: facts, indices: Array(facts.indices)), maxPosting: matcher.identity.maxPosting)
        // Paired on the written number alone ("2.9" and "2.90" alike): the same number is the evidence.
        // One finding per fact: the claims of the number in one unit and those in the other, every one named
        // ("412 km" in two reports vs "412-mile" in a third), not one finding per pair.
        var groups = UnionFind(count: facts.count)
        var swapped = Set<Int>()
        for (i, j) in index.candidatePairs(byWords: false, key: Self.indexKey) {
            let (a, b) = (facts[i], facts[j])
            if Self.isUnitSwap(a, b) {
                guard matcher.describeSameThing(a, b, numbersAgreeOddly: true, sameNumber: true) else { continue }
                groups.union(i, j)
                swapped.insert(i)
            } else if Self.isSameStatement(a, b), matcher.describeSameThing(a, b, numbersAgreeOddly: true, sameNumber: true) {
                groups.union(i, j)
            }
        }
        var members: [Int: [Int]] = [:]
        for index in facts.indices { members[groups.find(index), default: []].append(index) }
        return members.values.filter { $0.contains(where: swapped.contains) }.sorted { $0[0] < $1[0] }.compactMap { finding(for: $0.map { facts[$0] }) }
    }

    /// One number in one unit, rate and scale: "412 km" in two reports ("$2.9m" and "$2.9bn" are two scales).
    static func isSameStatement(_ a: Fact, _ b: Fact) -> Bool {
        a.quantity.written == b.quantity.written && a.quantity.value == b.quantity.value && a.quantity.unit.id == b.quantity.unit.id
            && a.quantity.per == b.quantity.per
            && a.quantity.bound != .range && b.quantity.bound != .range
    }

    /// The finding for the claims of one fact given with one number in several units, each unit once with its claims.
    private func finding(for group: [Fact]) -> Finding? {
        let ordered = group.sorted { ($0.path, $0.quantity.span.lowerBound) < ($1.path, $1.quantity.span.lowerBound) }
        var sides: [[Fact]] = []
        for fact in ordered {
            if let side = sides.firstIndex(where: { Self.isSameStatement($0[0], fact) }) { sides[side].append(fact) } else { sides.append([fact]) }
        }
        guard sides.count > 1 else { return nil }
        let level: Level = sides.allSatisfy { $0.contains { !$0.isHedged } } ? Self.description.defaultLevel : .note
        let described = sides.map { side in
            side.count == 1 ? located(side[0]) : "\(side[0].described) (\(side.map { "\($0.path.split(separator: "/").last.map(String.init) ?? $0.path):\($0.line)" }.joined(separator: ", ")))"
        }
        let message = "The same number in different units: \(described.joined(separator: " vs "))\(sharedGround(ordered))"
        return Finding(ruleId: Self.description.id, level: level, message: message, claims: claims(ordered))
    }

    /// The finding for one pair, if it is one number in two units and not reported already.
    private func finding(_ a: Fact, _ b: Fact, seen: inout Set<String>) -> Finding? {
        guard Self.isUnitSwap(a, b), matcher.describeSameThing(a, b, numbersAgreeOddly: true, sameNumber: true),
              seen.insert(claims([a, b]).map { "\($0.path)#\($0.span)" }.joined(separator: ",")).inserted else { return nil }
        return finding(for: [a, b])
    }

    public func findings(live: [Fact], corpus: CorpusIndex?, excludingPaths: Set<String>) -> [Finding] {
        var found = findings(in: live)
        guard let corpus else { return found }
        // A pair is one number in two units: a live fact is compared with the corpus facts of its number.
        let excluded = corpus.exclusion(excludingPaths.union(live.map(\.path)))
        let keys = live.map(CorpusIndex.numberKeys)
        let counts = CorpusIndex.entryCounts(keys)
        var seen = Set<String>()
        for (position, fact) in live.enumerated() {
            for index in corpus.numberCandidates(keys: keys[position], liveCounts: counts).sorted() where !excluded(index) {
                if let finding = finding(fact, corpus.facts[Int(index)], seen: &seen) { found.append(finding) }
            }
        }
        return found
    }

    /// Facts are paired on the written number alone; conversions and dates are never a unit swap.
    static func indexKey(_ fact: Fact) -> String? {
        guard fact.quantity.conversionOf == nil, fact.quantity.unit.dimension != "date" else { return nil }
        return "\(fact.quantity.written.doubleValue)"
    }

    /// The same written number with another unit, rate, scale or base (percent vs points).
    static func isUnitSwap(_ a: Fact, _ b: Fact) -> Bool {
        let (x, y) = (a.quantity, b.quantity)
        guard x.written == y.written, x.bound != .range, y.bound != .range else { return false }
        let dimensions = Set([x.unit.dimension, y.unit.dimension])
        if dimensions == ["percent", "percentage_point"] { return true }
        guard x.unit.dimension == y.unit.dimension, x.unit.dimension != "count" || x.per != nil || y.per != nil else { return false }
        // Writers do not mistake hours for weeks: "two weeks" and "two hours", "14 years" and "14 months" are two
        // durations that share a small number, not one told in the wrong unit (none of 72 keyed cases has such a swap).
        if x.unit.dimension == "duration", x.unit.id != y.unit.id, abs(x.value.doubleValue) < 100 { return false }
        // Two names of one unit ("938 millibars", "938 hPa", "938 mb") are no swap.
        if x.per == y.per, x.baseValue == y.baseValue { return false }
        // A rate's base is often left implicit: "a catch of 1.8 million tonnes" and "1.8 million tonnes a year".
        if x.unit.id == y.unit.id, x.value == y.value, x.per == nil || y.per == nil { return false }
        return x.unit.id != y.unit.id || x.per != y.per || x.value != y.value
    }
}
