/// `malformed-number`: a number written so that it is likely a typo or ambiguous.
public struct MalformedNumberCheck: DocumentCheck {
    public static let description = CheckDescription(
        id: "malformed-number",
        name: "MalformedNumber",
        summary: "A number is written so that it is likely a typo or ambiguous.",
        details: "Flags digit groups that English copy does not write: a space after a thousands comma (\"6, 200\"), a doubled comma (\"12,,300\"), a group after a comma that is not three digits (\"1,0000\", \"220,00\"), more than one decimal point (\"3.5.1 million\"), a period used as a thousands separator (\"54.000 troops\") and European separators (\"1.234,5\"). Numbers in code, URLs, phone numbers and model names (F-35, COVID-19) are not read.",
        helpMarkdown: """
        Write the number the way English copy does: commas between groups of three digits, one decimal point.

        | written | meant |
        | --- | --- |
        | `6, 200 kilometers` | `6,200 kilometers` |
        | `220,00 tonnes` | `220,000` or `22,000`: check the source |
        | `54.000 troops` | `54,000` |

        When FactCheck is sure of the intended number it offers a fix.
        """,
        defaultLevel: .warning, precision: "high", tags: ["numbers", "typo"])

    public init() {}

    public func findings(in document: Document, quantities: [Quantity]) -> [Finding] {
        quantities.compactMap { quantity in
            guard let malformation = quantity.malformation else { return nil }
            let written = document.source.text(quantity.numberSpan)
            let fix = malformation.fix.map {
                Fix(path: document.source.path, span: quantity.numberSpan, replacement: $0, description: "Write '\($0)'")
            }
            return Finding(ruleId: Self.description.id, level: Self.description.defaultLevel,
                           message: Self.message(written: written, malformation),
                           claims: [claim(document, quantity.numberSpan)], fix: fix)
        }
    }

    static func message(written: String, _ malformation: Malformation) -> String {
        let choice = malformation.readings.map { "'\($0)'" }.joined(separator: " or ")
        switch malformation.kind {
        case .spaceInGroup:
            return "'\(written)' has a space inside the number; write '\(malformation.fix ?? written)'"
        case .doubledSeparator:
            return "'\(written)' has a doubled comma; write '\(malformation.fix ?? written)'"
        case .groupLength:
            return "'\(written)' has a digit group after a comma that is not three digits long; did you mean \(choice)?"
        case .periodAsThousands:
            if let fix = malformation.fix { return "'\(written)' uses periods as thousands separators; English copy writes '\(fix)'" }
            return "'\(written)' uses a period where English copy puts a thousands comma or a decimal point; did you mean \(choice)?"
        case .multipleDecimalPoints:
            return "'\(written)' has more than one decimal point; did you mean \(choice)?"
        case .decimalComma:
            return "'\(written)' uses a comma as a decimal point; did you mean \(choice)?"
        case .clockField:
            return "'\(written)' has a minutes or seconds field that is not two digits; did you mean \(choice)?"
        case .mixedSeparators:
            return "'\(written)' uses European separators (period for thousands, comma for decimals); English copy writes \(choice)"
        }
    }
}
