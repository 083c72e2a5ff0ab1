/// `arithmetic-mismatch`: a stated derived value that does not follow from the values stated beside it.
public struct ArithmeticMismatchCheck: DocumentCheck {
    public static let description = CheckDescription(
        id: "arithmetic-mismatch",
        name: "ArithmeticMismatch",
        summary: "A stated derived value does not follow from the stated values it is derived from.",
        details: "Recomputes arithmetic the copy states outright, one document at a time: a weekday that does not fall on its date (\"Wednesday, June 12, 2025\"; a date without a year takes the document's year, and is left alone when there is none), a percent change or a gap in percentage points that does not follow from the figures it joins (\"rose from 1,151,200 to 1,248,300, a rise of 9.7 percent\"; \"9% above the previous record of 56 GW\"), \"doubled\" or \"halved\" between figures that do not, parts that do not add up to the total they are given as (\"Of the 301 structures destroyed, 214 were homes and 97 were outbuildings\"; \"… 18.6 km in all\"), and a stated difference (\"16 seats short of the 176 it needs\" with 162 seats; \"took 43 seconds off the record of 2:05:11\"). Each figure is taken as precise to the rounding it is written with, so \"up 45%\" for 45.1% and \"about 4%\" for 3.9% pass. Only explicit wording is read (from … to, up … from, Of the … , in all, short of): tables, and figures that merely sit near each other, are never added up.",
        helpMarkdown: """
        Recompute the figure from the ones it is derived from, and correct whichever is wrong:

        | written | arithmetic |
        | --- | --- |
        | `rose 31%, from 48,200 to 61,400` | 61,400 / 48,200 − 1 = 27.4% |
        | `Of the 301 structures destroyed, 214 were homes and 97 were outbuildings` | 214 + 97 = 311 |
        | `Saturday, March 28, 2025` | March 28, 2025 is a Friday |

        The finding points at the stated figure; the related locations are the figures it was computed from.
        """,
        defaultLevel: .warning, precision: "high", tags: ["numbers", "arithmetic", "consistency"])

    let detectors: [any ArithmeticDetector]

    public init(settings: CheckSettings) {
        detectors = [
            WeekdayDetector(),
            PercentChangeDetector(slack: settings.arithmeticPercentSlack, approximateSlack: settings.arithmeticApproximateTolerance),
            MultipleChangeDetector(tolerance: settings.arithmeticMultipleTolerance),
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
