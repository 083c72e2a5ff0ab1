/// A number written so that it is likely a typo or ambiguous.
public struct Malformation: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// "6, 200": a space after the thousands comma.
        case spaceInGroup = "space-in-group"
        /// "12,,300": a doubled separator.
        case doubledSeparator = "doubled-separator"
        /// "1,0000", "220,00": a digit group after a comma that is not three digits long.
        case groupLength = "group-length"
        /// "54.000 troops": a period used as a thousands separator in English copy.
        case periodAsThousands = "period-as-thousands"
        /// "3.5.1 million": more than one decimal point.
        case multipleDecimalPoints = "multiple-decimal-points"
        /// "1.234,5": period and comma both, the European way round.
        case mixedSeparators = "mixed-separators"
        /// "58,2 gigawatts": a comma before a single digit, the European decimal comma.
        case decimalComma = "decimal-comma"
        /// "1:02:5": a minutes or seconds field of a clock time that is not two digits.
        case clockField = "clock-field"
    }

    public var kind: Kind
    /// What the writer most likely meant, when that is certain enough to offer as a fix ("6,200").
    public var fix: String?
    /// The readings a copy editor should choose between, when there is no sure fix.
    public var readings: [String]

    public init(kind: Kind, fix: String?, readings: [String] = []) {
        self.kind = kind
        self.fix = fix
        self.readings = readings
    }
}
