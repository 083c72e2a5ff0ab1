/// The cue words arithmetic-mismatch reads: rules/arithmetic.yml.
public struct ArithmeticCues: Sendable {
    /// Words that make the figure next to them a rise or a fall ("rose", "a 9% fall").
    public var rises: Set<String> = []
    public var falls: Set<String> = []
    /// Words that may stand between a change word and its figure ("rose by about").
    public var changeQualifiers: Set<String> = []
    /// Phrases after a percent that compare the figure before it with the one after ("9% above the record of").
    public var above: [String] = []
    public var below: [String] = []
    /// Phrases after a stated difference: the figure before is more ("40 more than the 210") or less than the one after.
    public var moreThan: [String] = []
    public var lessThan: [String] = []
    /// Phrases after a difference that need a record after them ("took 43 seconds off the record of").
    public var offRecord: [String] = []
    /// Multiple words of a change and their factors ("doubled" → 2).
    public var multiples: [String: Double] = [:]
    /// Multiple phrases of a comparison and their factors ("three times" → 3, in "$9bn, three times the $2bn").
    public var comparedMultiples: [String: Double] = [:]
    /// Phrases right after a total that make the figures after them all of it ("breaks down into").
    public var breakdowns: [String] = []
    /// Phrases right after a total that sum the figures before it ("in all").
    public var sumsAfter: [String] = []
    /// Phrases right before a total that sum the figures before it ("a total of").
    public var sumsBefore: [String] = []
    /// Words that open a subset inside a list of parts ("including").
    public var nesting: Set<String> = []
    /// Words right after a figure that make it a difference, not a level ("1.4C warmer"): a temperature
    /// change converts without the +32 of Fahrenheit.
    public var differenceAfter: Set<String> = []
    /// Phrases that present a list of shares as all of one whole ("the rest"): they must add to 100%.
    public var sharesComplete: [String] = []
    /// Phrases right after a stated gap between the two figures before it ("400 feet apart").
    public var apart: [String] = []
    /// Phrases right before a stated gap between the two figures before them ("a goal difference of +45").
    public var marginOf: [String] = []
    /// Period noun ("day") → seconds.
    public var periodSeconds: [String: Double] = [:]
    /// Period adjective ("daily") → its first noun ("day").
    public var periodAdjectives: [String: String] = [:]
    public var examples: [RuleExample] = []

    /// Comparison phrases with the sign of (figure before − figure after) they state.
    var comparisons: [(phrase: String, sign: Double)] { above.map { ($0, 1) } + below.map { ($0, -1) } }
    /// Difference phrases with the sign of (earlier − later) they state.
    var differences: [(phrase: String, sign: Double)] { moreThan.map { ($0, 1) } + (lessThan + offRecord).map { ($0, -1) } }
}

extension RuleSet {
    /// The phrase lists of arithmetic.yml, by key, and what each sets.
    private static let arithmeticPhraseKeys = ["rise", "fall", "change_qualifiers", "above", "below", "more_than", "less_than", "off_record",
                                               "breakdown", "sum_after", "sum_before", "nesting", "difference_after",
                                               "shares_complete", "apart", "margin_of"]

    /// arithmetic.yml: cue phrases by kind; its examples are check examples of arithmetic-mismatch.
    mutating func readArithmetic(_ root: RuleNode) throws(RuleFileError) {
        let rule = ArithmeticMismatchCheck.description.id
        let fields = try root.fields(allowed: Self.arithmeticPhraseKeys + ["multiples", "periods"])
        func exampled(_ node: RuleNode, owner: String, allowed: [String], required: [String]) throws(RuleFileError) -> [String: RuleNode] {
            let entry = try node.fields(allowed: allowed + ["examples", "clean"], required: required)
            // A temperature difference is a conversion's cue: its examples are conversion-mismatch's.
            let checked = owner == "difference_after" ? ConversionMismatchCheck.description.id : rule
            arithmetic.examples += try entry["examples"]?.examples(owner: owner, kind: .finding(rule: checked)) ?? []
            arithmetic.examples += try entry["clean"]?.examples(owner: owner, kind: .clean(rule: checked)) ?? []
            return entry
        }
        for key in Self.arithmeticPhraseKeys {
            guard let node = fields[key] else { continue }
            let phrases = try exampled(node, owner: key, allowed: ["phrases"], required: ["phrases"])["phrases"]!.phrases()
            // Like every list in the rule files, a later file's phrases add to the built-in ones.
            switch key {
            case "rise": arithmetic.rises.formUnion(phrases)
            case "fall": arithmetic.falls.formUnion(phrases)
            case "change_qualifiers": arithmetic.changeQualifiers.formUnion(phrases)
            case "above": arithmetic.above.appendNew(phrases)
            case "below": arithmetic.below.appendNew(phrases)
            case "more_than": arithmetic.moreThan.appendNew(phrases)
            case "less_than": arithmetic.lessThan.appendNew(phrases)
            case "off_record": arithmetic.offRecord.appendNew(phrases)
            case "breakdown": arithmetic.breakdowns.appendNew(phrases)
            case "sum_after": arithmetic.sumsAfter.appendNew(phrases)
            case "sum_before": arithmetic.sumsBefore.appendNew(phrases)
            case "difference_after": arithmetic.differenceAfter.formUnion(phrases)
            case "shares_complete": arithmetic.sharesComplete.appendNew(phrases)
            case "apart": arithmetic.apart.appendNew(phrases)
            case "margin_of": arithmetic.marginOf.appendNew(phrases)
            default: arithmetic.nesting.formUnion(phrases)
            }
        }
        for (name, node) in try fields["multiples"]?.entries() ?? [] {
            let entry = try exampled(node, owner: name, allowed: ["factor", "phrases", "compared"], required: ["factor", "phrases"])
            let factor = try entry["factor"]!.double()
            guard factor > 0 else { throw entry["factor"]!.error("a multiple's factor must be above 0 (halved is 0.5)") }
            for phrase in try entry["phrases"]!.phrases() { arithmetic.multiples[phrase] = factor }
            for phrase in try entry["compared"]?.phrases() ?? [] { arithmetic.comparedMultiples[phrase] = factor }
        }
        if let node = fields["periods"] {
            let entry = try exampled(node, owner: "periods", allowed: ["units"], required: [])
            for (name, body) in try entry["units"]?.entries() ?? [] {
                let period = try body.fields(allowed: ["seconds", "nouns", "adjectives"], required: ["seconds", "nouns"])
                let seconds = try period["seconds"]!.double()
                guard seconds > 0 else { throw period["seconds"]!.error("a period's seconds must be above 0") }
                let nouns = try period["nouns"]!.phrases()
                guard let noun = nouns.first else { throw period["nouns"]!.error("period '\(name)' needs at least one noun ('day')") }
                for noun in nouns { arithmetic.periodSeconds[noun] = seconds }
                for adjective in try period["adjectives"]?.phrases() ?? [] { arithmetic.periodAdjectives[adjective] = noun }
            }
        }
    }
}

extension RuleNode {
    /// Lower-cased phrases with single spaces; an empty one is an error at its line.
    func phrases() throws(RuleFileError) -> [String] {
        let phrases = try strings().map { $0.lowercased().split(separator: " ").joined(separator: " ") }
        if phrases.contains("") { throw error("a phrase is empty; remove it or write the words it stands for") }
        return phrases
    }
}

extension Array where Element == String {
    /// Appends the phrases not already listed, in order.
    mutating func appendNew(_ phrases: [String]) {
        for phrase in phrases where !contains(phrase) { append(phrase) }
    }
}
