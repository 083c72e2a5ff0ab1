/// `arithmetic-mismatch`: a stated derived value that does not follow from the values stated beside it.
public struct ArithmeticMismatchCheck: DocumentCheck {
    public static let description = CheckDescription(
        id: "arithmetic-mismatch",
        name: "ArithmeticMismatch",
        summary: "A stated derived value does not follow from the stated values it is derived from.",
        details: "Recomputes arithmetic the copy states outright, one document at a time: a weekday that does not fall on its date, a percent change or a gap in percentage points that does not follow from the figures it joins, \"doubled\" or \"halved\" between figures that do not, parts that do not add up to their stated total, and a stated difference such as \"16 seats short of 176\". Figures count as precise to the rounding they are written with (\"up 45%\" for 45.1% passes). Only explicit wording is read (from … to, up … from, Of the …, in all, short of): tables and figures that merely sit together are never added up, and a date without a derivable year is left alone.",
        helpMarkdown: """
        Recompute the figure from the ones it is derived from, and correct whichever is wrong:

        | written | arithmetic |
        | --- | --- |
        | `rose 31%, from 48,200 to 61,400` | 61,400 / 48,200 − 1 = 27.4% |
        | `Of the 301 structures destroyed, 214 were homes and 97 were outbuildings` | 214 + 97 = 311 |
        | `Saturday, March 28, 2025` | March 28, 2025 is a Friday |
        | `9% above the previous record of 56 GW` (58.2 GW) | 58.2 / 56 − 1 = 3.9% |
        | `2.9 km + 8.9 km + 6.2 km …, 18.6 km in all` | the parts make 18.0 km |

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
        ]
    }

    public func findings(in document: Document, quantities: [Quantity]) -> [Finding] {
        let prose = ArithmeticProse(document: document, quantities: quantities)
        var seen: Set<Int> = []
        var findings: [Finding] = []
        for detector in detectors {
            for mismatch in detector.mismatches(in: prose) where seen.insert(mismatch.stated.span.lowerBound).inserted {
                let claims = ([mismatch.stated] + mismatch.operands).map { claim(document, $0.span, normalized: "\($0.value) \($0.unit.id)") }
                findings.append(Finding(ruleId: Self.description.id, level: Self.description.defaultLevel, message: mismatch.message, claims: claims))
            }
        }
        return findings
    }
}
