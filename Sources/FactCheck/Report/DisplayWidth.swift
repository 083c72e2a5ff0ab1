/// How many terminal columns text takes, so a caret line lands under the right characters.
///
/// An approximation of what terminals do (wcwidth plus emoji presentation), per grapheme
/// cluster: East Asian wide/fullwidth characters and emoji take 2 columns, everything else
/// 1, and combining marks and ZWJ-joined emoji count with the cluster they belong to. A
/// terminal that draws a ZWJ family as three faces will show the caret off by a few
/// columns; no width table can know that, and 2 is what current terminals draw.
enum DisplayWidth {
    /// Columns taken by one grapheme cluster (tabs excluded: the caret line copies them).
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.generalCategory == .control || first.properties.generalCategory == .format {
            return 0
        }
        for scalar in scalars {
            if isWide(scalar) || scalar.properties.isEmojiPresentation { return 2 }
            // A text-style emoji followed by VS16 is drawn as an emoji.
            if scalar.value == 0xFE0F, first.properties.isEmoji { return 2 }
        }
        return 1
    }

    /// Whitespace that covers the same columns as `text`: spaces per display column, tabs kept.
    static func padding(for text: Substring) -> String {
        var out = ""
        for character in text {
            if character == "\t" {
                out.append("\t")
            } else {
                out.append(String(repeating: " ", count: of(character)))
            }
        }
        return out
    }

    /// Columns taken by `text`, with tabs counted as 1 (only used for underline length).
    static func width(of text: Substring) -> Int {
        text.reduce(0) { $0 + ($1 == "\t" ? 1 : of($1)) }
    }

    // East Asian Width W and F ranges (UAX #11) for scripts; emoji are left to isEmojiPresentation
    // because the emoji blocks mix wide and narrow (text-style) characters.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
