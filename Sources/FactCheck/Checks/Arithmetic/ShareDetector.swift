/// A stated share that its part and whole do not bear out, in one sentence:
/// "1,800 jobs, or 18% of its 15,000-strong workforce" (12%), "Of the 240 employees, 60 were on the
/// night shift, or 40%" (25%).
///
/// The share follows its part as "or N%" (a dash stands for "or"), and names its whole right after
/// ("of its 15,000 …") or the sentence opens with it ("Of the 240 …"). Part and whole share a unit;
/// the share is read to half its last digit (at least `slack` points), wider for "about".
struct ShareDetector: ArithmeticDetector {
    let change: PercentChangeDetector

    init(slack: Double, approximateSlack: Double, cues: ArithmeticCues) {
        change = PercentChangeDetector(slack: slack, approximateSlack: approximateSlack, cues: cues)
    }

    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch] {
        var found: [ArithmeticMismatch] = []
        for sentence in prose.sentences {
            for (position, share) in sentence.enumerated() where position > 0 && prose.quantities[share].unit.id == "%" && prose.isFirm(share) {
                var part = sentence[position - 1]
                // "514 of the 723 cases, or 81%": part and whole stated together, right before the share.
                let partOfWhole = position >= 2 && wholeFollows(prose, sentence, part) && isAmount(prose, sentence[position - 2])
                guard introducesShare(prose, sentence, share, namedRatio: partOfWhole), isAmount(prose, part), prose.isFirm(part) else { continue }
                let whole: Int?
                if partOfWhole {
                    whole = part
                    part = sentence[position - 2]
                } else if position + 1 < sentence.count, wholeFollows(prose, sentence, sentence[position + 1]) {
                    whole = sentence[position + 1]
                } else if position >= 2, sentence.firstIndex(of: part) == 1, opensWithOf(prose, sentence[0]) {
                    whole = sentence[0]
                } else {
                    whole = nil
                }
                guard let whole, prose.isFirm(whole), prose.quantities[whole].unit == prose.quantities[part].unit,
                      let mismatch = compare(prose, share: share, part: part, whole: whole) else { continue }
                found.append(mismatch)
            }
        }
        return found
    }

    /// "…, or 18%", "… - 78%": the share restates the figure before it; after a part of a whole, a
    /// named ratio may stand for "or" ("164 of its 180 seats, a load factor of 81%").
    private func introducesShare(_ prose: ArithmeticProse, _ sentence: [Int], _ share: Int, namedRatio: Bool) -> Bool {
        let position = sentence.firstIndex(of: share)!
        let gap = prose.text(prose.quantities[sentence[position - 1]].proseSpan.upperBound..<prose.quantities[share].proseSpan.lowerBound)
        var words = prose.wordsBefore(share, in: sentence)
        if namedRatio, let comma = gap.lastIndex(of: ","), case let named = gap[gap.index(after: comma)...].lowercased().split(separator: " "),
           named.count <= 5, named.first == "a" || named.first == "an", named.last == "of" {
            return true
        }
        while let last = words.last, change.cues.changeQualifiers.contains(last), last != "of" { words.removeLast() }
        if words.last == "or" { return true }
        return [" - ", " – ", " — ", "—", "–"].contains { gap.hasSuffix($0) }
    }

    /// "of its 15,000-strong workforce", "of the 640 million pound total": the whole right after the share.
    private func wholeFollows(_ prose: ArithmeticProse, _ sentence: [Int], _ whole: Int) -> Bool {
        let words = prose.wordsBefore(whole, in: sentence)
        guard words.first == "of", words.count <= 3 else { return false }
        return words.dropFirst().allSatisfy { ["the", "its", "their", "his", "her", "our", "all", "a", "total"].contains($0) }
    }

    private func opensWithOf(_ prose: ArithmeticProse, _ whole: Int) -> Bool {
        let start = prose.quantities[whole].proseSpan.lowerBound
        let before = prose.text(max(prose.sentenceRange(of: whole).lowerBound, start - 16)..<start)
        return ["Of the ", "Of ", "Of its ", "Of their "].contains { before.hasSuffix($0) }
    }

    private func isAmount(_ prose: ArithmeticProse, _ index: Int) -> Bool { ArithmeticProse.isAmount(prose.quantities[index]) }

    private func compare(_ prose: ArithmeticProse, share: Int, part: Int, whole: Int) -> ArithmeticMismatch? {
        let partValue = prose.quantities[part].baseValue, wholeValue = prose.quantities[whole].baseValue
        guard wholeValue > 0, partValue <= wholeValue else { return nil }
        let actual = partValue / wholeValue * 100
        guard !change.statedInterval(prose.quantities[share], sign: 1).contains(actual) else { return nil }
        let message = "'\(prose.written(part))' of '\(prose.written(whole))' is \(NumberPrecision.format(actual, decimals: 1))%, not '\(prose.written(share))'"
        return ArithmeticMismatch(message: message, stated: prose.quantities[share], operands: [prose.quantities[part], prose.quantities[whole]])
    }
}
