extension RuleSet {
    /// units.yml: dimension → base unit and units, each with factor, names, symbols, examples.
    mutating func readUnits(_ root: RuleNode) throws(RuleFileError) {
        for (dimension, body) in try root.entries() {
            let fields = try body.fields(allowed: ["base", "units"], required: ["base", "units"])
            let base = try fields["base"]!.string()
            for (id, entry) in try fields["units"]!.entries() {
                let unitFields = try entry.fields(allowed: ["factor", "offset", "names", "symbols", "glued_symbols", "before", "examples"], required: ["factor", "examples"])
                let unit = Unit(id: id, dimension: dimension, factor: try unitFields["factor"]!.double(),
                                offset: try unitFields["offset"]?.double() ?? 0, baseId: base)
                let rule = UnitRule(unit: unit, names: try unitFields["names"]?.strings() ?? [], symbols: try unitFields["symbols"]?.strings() ?? [],
                                    gluedSymbols: try unitFields["glued_symbols"]?.strings() ?? [], before: try unitFields["before"]?.strings() ?? [],
                                    examples: try unitFields["examples"]!.examples(owner: id, kind: .quantity(unit: id)))
                units.upsert(rule) { $0.unit.id }
            }
        }
    }

    /// currencies.yml: code → symbols, names, per_usd, examples.
    mutating func readCurrencies(_ root: RuleNode) throws(RuleFileError) {
        for (id, entry) in try root.entries() {
            let fields = try entry.fields(allowed: ["symbols", "names", "per_usd", "examples"], required: ["per_usd", "examples"])
            let rule = CurrencyRule(id: id, symbols: try fields["symbols"]?.strings() ?? [], names: try fields["names"]?.strings() ?? [],
                                    perUSD: try fields["per_usd"]!.double(), examples: try fields["examples"]!.examples(owner: id, kind: .quantity(unit: id)))
            guard rule.perUSD > 0 else { throw fields["per_usd"]!.error("per_usd must be greater than zero") }
            currencies.upsert(rule) { $0.id }
        }
    }
}
