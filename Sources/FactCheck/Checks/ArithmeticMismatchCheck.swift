/// `arithmetic-mismatch`: a stated derived value that does not follow from the values stated beside it.
public struct ArithmeticMismatchCheck: DocumentCheck {
    public static let description = CheckDescription(
        id: "arithmetic-mismatch",
        name: "ArithmeticMismatch",
        summary: "A stated derived value does not follow from the stated values it is derived from.",
        details: "Recomputes arithmetic the copy states outright, one document at a time: a weekday that does not fall on its date, a percent change or a gap in percentage points that does not follow from the figures it joins, \"doubled\" or \"halved\" between figures that do not, parts that do not add up to their stated total, and a stated difference such as \"16 seats short of 176\". Figures count as precise to the rounding they are written with (\"up 45%\" for 45.1% passes). Only explicit wording is read (from … to, up … from, Of the …, in all, short of): tables and figures that merely sit together are never added up, and a date without a derivable year is left alone.",
        helpMarkdown: """
        Recompute the figure from the ones it is derived from, and correct whichever is wrong; each
        finding says the arithmetic (the flagged examples below show it). The cue words each relation
        is read by are in `rules/arithmetic.yml`, with examples of their own.

        A date without a year ("Saturday, March 29") takes the document's year: its front-matter `date:`,
        else the year most of its dates carry, else a bare year written at least twice; with none it is
        left alone. A stated change may miss the recomputed one by half its last digit (at least 0.15
        points, `percent_slack` in `checks.yml`); "about" widens that, "more than 8%" only has to be exceeded.

        The finding points at the stated figure; the related locations are the figures it was computed from.
        """,
        defaultLevel: .warning, precision: "high", tags: ["numbers", "arithmetic", "consistency"])

    let detectors: [any ArithmeticDetector]

    public init(settings: CheckSettings, cues: ArithmeticCues) {
        detectors = [
            WeekdayDetector(),
            PercentChangeDetector(slack: settings.arithmeticPercentSlack, approximateSlack: settings.arithmeticApproximateTolerance, cues: cues),
            MultipleChangeDetector(tolerance: settings.arithmeticMultipleTolerance, cues: cues),
            PartsOfTotalDetector(approximateSlack: settings.arithmeticApproximateTolerance, cues: cues),
            DifferenceDetector(cues: cues),
            ShareDetector(slack: settings.arithmeticPercentSlack, approximateSlack: settings.arithmeticApproximateTolerance, cues: cues),
            RateDetector(approximateSlack: settings.arithmeticApproximateTolerance, cues: cues),
            CompleteSharesDetector(cues: cues, approximateSlack: settings.arithmeticApproximateTolerance),
        ]
    }

    public func findings(in document: Document, quantities: [Quantity]) -> [Finding] {
        let prose = ArithmeticProse(document: document, quantities: quantities)
        var seen: Set<Int> = []
        var findings: [Finding] = []
        for detector in detectors {
            for mismatch in detector.mismatches(in: prose) where seen.insert(mismatch.stated.span.lowerBound).inserted {
                let claims = ([mismatch.stated] + mismatch.operands).map { claim(document, $0.span, normalized: "\($0.value) \($0.unit.id)") }
                findings.append(Finding(ruleId: Self.description.id, level: mismatch.level, message: mismatch.message, claims: claims))
            }
        }
        return findings
    }
}
