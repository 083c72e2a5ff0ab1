/// Shares of one whole that the sentence presents as all of it, and that do not add up to 100%:
/// "The vote split 48% for Civic Union, 39% for the Greens and 17% for the rest" (104%).
///
/// The shares must be written as one list (commas, "and") of at least two percentages, and the
/// sentence must name the remainder ("the rest", "the remaining", arithmetic.yml `shares_complete`):
/// without it the shares may overlap ("64% own a car, 58% a bicycle") or leave some out. Each share
/// is read to half its last digit, wider for "about", so rounded shares (33.4 + 33.3 + 33.4) pass.
struct CompleteSharesDetector: ArithmeticDetector {
    /// Completeness phrases (arithmetic.yml `shares_complete`) and the "about" slack.
    let cues: ArithmeticCues
    var approximateSlack = 0.05

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            let shares = sentence.filter { prose.quantities[$0].unit.id == "%" }
            guard shares.count >= 2, shares.allSatisfy({ prose.isFirm($0) && prose.quantities[$0].value.doubleValue > 0 }),
                  zip(shares, shares.dropFirst()).allSatisfy({ sentence.firstIndex(of: $1)! == sentence.firstIndex(of: $0)! + 1 }),
                  zip(shares, shares.dropFirst()).allSatisfy({ PartsOfTotalDetector.isJoined(prose, $0, $1) }) else { continue }
            // The remainder named with the last share ("17% for the rest", "the remaining 10%"): all of the whole.
            // Named without a figure ("… and the rest to repairs"): the shares leave some over, so may not pass 100%.
            guard let last = shares.last else { continue }
            let sentenceRange = prose.sentenceRange(of: last)
            let rest = prose.words(prose.quantities[shares[0]].proseSpan.upperBound..<sentenceRange.upperBound)
            let names = { (words: [String]) in cues.sharesComplete.contains { phrase in words.indices.contains { Array(words[$0...]).starts(with: phrase) } } }
            let complete = names(Array(prose.wordsBefore(last, in: sentence).suffix(3))) || names(Array(prose.wordsAfter(last, in: sentence).prefix(3)))
            guard complete || names(rest) else { continue }
            let quantities = shares.map { prose.quantities[$0] }
            let sum = quantities.reduce(0) { $0 + $1.value.doubleValue }
            let slack = quantities.reduce(0) { slack, share in
                slack + (share.bound == .approximate ? max(share.value.precision, share.value.doubleValue * approximateSlack) : share.value.precision / 2)
            }
            guard complete ? abs(sum - 100) > slack * 1.0001 : sum - 100 > slack * 1.0001 else { continue }
            let terms = shares.map { "'\(prose.written($0))'" }.joined(separator: " + ")
            let message = complete
                ? "\(terms) = \(NumberPrecision.format(sum, like: quantities)), not 100%: the shares are given as all of one whole"
                : "\(terms) = \(NumberPrecision.format(sum, like: quantities)), more than the whole they are shares of"
            found.append(ArithmeticMismatch(message: message, stated: quantities.last!, operands: Array(quantities.dropLast())))
        }
        return found
    }
}
