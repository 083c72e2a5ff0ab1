/// Amounts given only roughly (numbers.yml `vague`): "several hundred", "dozens", "tens of thousands".
extension Extractor {
    /// The least a vague amount can mean: the quantifier times its scale words ("several hundred" → 300), or two of
    /// each plural counting word ("dozens" → 24, "hundreds of thousands" → 200,000). Nil for an unknown word.
    func leastValue(ofVague phrase: String) -> DecimalNumber? {
        let words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return nil }
        var least: Int
        var rest: ArraySlice<String>
        if lexicon.vaguePlurals.contains(first) {
            least = 2
            rest = words[...].filter { $0 != "of" }[...]
        } else {
            // The longest quantifier the phrase starts with ("a couple of" before "a couple").
            guard let count = (1...min(3, words.count)).reversed().first(where: { lexicon.vagueQuantifiers[words.prefix($0).joined(separator: " ")] != nil }),
                  let quantifier = lexicon.vagueQuantifiers[words.prefix(count).joined(separator: " ")] else { return nil }
            least = quantifier
            rest = words.dropFirst(count)
        }
        for word in rest {
            guard let factor = countingValue(word), least.multipliedReportingOverflow(by: factor).overflow == false else { return nil }
            least *= factor
        }
        return DecimalNumber(least)
    }

    /// What one counting word stands for: a scale ("hundreds" → 100), a multiplier ("dozens" → 12) or a number ("tens" → 10).
    private func countingValue(_ word: String) -> Int? {
        if let power = lexicon.scalePowerByWord[word] { return (0..<power).reduce(1) { value, _ in value * 10 } }
        if let multiplier = lexicon.numberMultipliers[word] { return multiplier }
        return lexicon.numberWords[word] ?? (word.hasSuffix("s") ? lexicon.numberWords[String(word.dropLast())] : nil)
    }
}
