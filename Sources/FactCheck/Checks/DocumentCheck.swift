/// A check that looks at one document's quantities at a time.
public protocol DocumentCheck: Sendable {
    /// Id, name, level and help: the source of `factcheck rules`, `explain` and SARIF `rules[]`.
    static var description: CheckDescription { get }

    func findings(in document: Document, quantities: [Quantity]) -> [Finding]
}

extension DocumentCheck {
    /// A claim for a quantity's span (or any span) of `document`.
    func claim(_ document: Document, _ span: Range<Int>, normalized: String? = nil) -> Claim {
        Claim(path: document.source.path, span: span, text: document.source.text(span), normalized: normalized)
    }
}

/// Every check FactCheck runs, in a stable order.
public enum CheckCatalog {
    public static func documentChecks(rules: RuleSet) -> [any DocumentCheck] {
        [MalformedNumberCheck(), ConversionMismatchCheck(settings: rules.checks, currencies: rules.currencies, cues: rules.arithmetic, zones: rules.zones),
         ArithmeticMismatchCheck(settings: rules.checks, cues: rules.arithmetic)]
    }

    public static func corpusChecks(rules: RuleSet) -> [any CorpusCheck] {
        [ConflictingValueCheck(identity: rules.identity), UnitMismatchCheck(identity: rules.identity)]
    }

    public static var descriptions: [CheckDescription] {
        [MalformedNumberCheck.description, ConversionMismatchCheck.description, ArithmeticMismatchCheck.description,
         ConflictingValueCheck.description, UnitMismatchCheck.description, UnusedSuppressionCheck.description]
    }
}
