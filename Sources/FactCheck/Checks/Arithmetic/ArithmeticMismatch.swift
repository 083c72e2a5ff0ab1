/// One stated value that does not follow from the values it is derived from.
struct ArithmeticMismatch: Sendable {
    /// "'1,151,200' to '1,248,300' is a rise of 8.4%, not '9.7 percent'".
    var message: String
    /// The derived value as stated (the finding's primary location).
    var stated: Quantity
    /// The values it is derived from (related locations).
    var operands: [Quantity]
    /// A warning, or a note where the wording is ambiguous rather than the arithmetic wrong
    /// ("a rise of 5.8 per cent" for a gain of 5.8 points).
    var level: Level = .warning
}

/// One kind of arithmetic a writer states: each detector reads one pattern of prose, conservatively.
protocol ArithmeticDetector: Sendable {
    func mismatches(in prose: ArithmeticProse) -> [ArithmeticMismatch]
}
