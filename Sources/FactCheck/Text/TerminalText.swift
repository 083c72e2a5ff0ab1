/// Text from outside (file names above all) as the text report and stderr show it.
public enum TerminalText {
    /// `text` with its control characters (C0, DEL, C1) written as `\x1B` or `\u{9B}`, so a file
    /// named with an escape sequence cannot move the cursor, recolour or retitle the terminal, or
    /// forge a line of the report with a newline. Everything else, non-ASCII letters included, is
    /// shown as it is. JSON and SARIF escape by their own rules and do not use this.
    /// `keepingTabs`: for quoted source lines, whose tabs the caret line below repeats.
    public static func escaped(_ text: String, keepingTabs: Bool = false) -> String {
        let isEscaped = { (scalar: Unicode.Scalar) in isControl(scalar) && !(keepingTabs && scalar == "\t") }
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if !isEscaped(scalar) {
                shown.unicodeScalars.append(scalar)
            } else if scalar.value < 0x80 {
                shown += "\\x" + hex(scalar.value)
            } else {
                shown += "\\u{" + hex(scalar.value) + "}"
            }
        }
        return shown
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }
}
