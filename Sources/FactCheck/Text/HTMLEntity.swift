/// HTML character references (`&amp;`, `&#36;`, `&#x24;`), decoded for both HTML and Markdown.
enum HTMLEntity {
    /// The UTF-8 of the reference starting with "&" at `index`, and the offset after its ";".
    ///
    /// Only references closed by ";" are decoded; anything else ("AT&T", "&foo;") stays literal.
    /// `&nbsp;` (and `&#160;`) decode to a plain space: the extractor reads U+00A0 as a space
    /// anyway, and "54,000&nbsp;troops" should read exactly like "54,000 troops".
    static func decode(_ source: [UInt8], at index: Int) -> (bytes: [UInt8], end: Int)? {
        var cursor = index + 1
        guard cursor < source.count else { return nil }
        let scalar: Unicode.Scalar?
        if source[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let hex = cursor < source.count && source[cursor] | 0x20 == UInt8(ascii: "x")
            if hex { cursor += 1 }
            var value: UInt32 = 0
            let digitsStart = cursor
            while cursor < source.count, cursor - digitsStart < 8, let digit = digitValue(source[cursor], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < source.count, source[cursor] == UInt8(ascii: ";") else { return nil }
            // Browsers show U+FFFD for NUL, surrogates and out-of-range values.
            scalar = value == 0 ? "\u{FFFD}" : (Unicode.Scalar(value) ?? "\u{FFFD}")
        } else {
            let nameStart = cursor
            while cursor < source.count, cursor - nameStart < 32, isAlphanumeric(source[cursor]) { cursor += 1 }
            guard cursor > nameStart, cursor < source.count, source[cursor] == UInt8(ascii: ";") else { return nil }
            scalar = named[String(decoding: source[nameStart..<cursor], as: UTF8.self)]
        }
        guard let scalar else { return nil }
        let decoded: [UInt8] = scalar == "\u{A0}" ? [UInt8(ascii: " ")] : Array(String(Character(scalar)).utf8)
        return (decoded, cursor + 1)
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    /// The named references news pages use: punctuation, currency, maths, Latin-1 letters.
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "hyphen": "\u{2010}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "shy": "\u{AD}", "bull": "\u{2022}", "middot": "\u{B7}", "sect": "\u{A7}", "para": "\u{B6}",
        "dagger": "\u{2020}", "Dagger": "\u{2021}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "curren": "\u{A4}",
        "dollar": "$", "percnt": "%", "permil": "\u{2030}", "num": "#", "commat": "@",
        "deg": "\u{B0}", "times": "\u{D7}", "divide": "\u{F7}", "minus": "\u{2212}", "plusmn": "\u{B1}",
        "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}", "asymp": "\u{2248}", "approx": "\u{2248}",
        "infin": "\u{221E}", "micro": "\u{B5}", "frac12": "\u{BD}", "frac14": "\u{BC}", "frac34": "\u{BE}",
        "sup1": "\u{B9}", "sup2": "\u{B2}", "sup3": "\u{B3}", "ordf": "\u{AA}", "ordm": "\u{BA}",
        "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}",
        "iexcl": "\u{A1}", "iquest": "\u{BF}",
        "Agrave": "\u{C0}", "Aacute": "\u{C1}", "Acirc": "\u{C2}", "Atilde": "\u{C3}", "Auml": "\u{C4}",
        "Aring": "\u{C5}", "AElig": "\u{C6}", "Ccedil": "\u{C7}", "Egrave": "\u{C8}", "Eacute": "\u{C9}",
        "Ecirc": "\u{CA}", "Euml": "\u{CB}", "Igrave": "\u{CC}", "Iacute": "\u{CD}", "Icirc": "\u{CE}",
        "Iuml": "\u{CF}", "Ntilde": "\u{D1}", "Ograve": "\u{D2}", "Oacute": "\u{D3}", "Ocirc": "\u{D4}",
        "Otilde": "\u{D5}", "Ouml": "\u{D6}", "Oslash": "\u{D8}", "Ugrave": "\u{D9}", "Uacute": "\u{DA}",
        "Ucirc": "\u{DB}", "Uuml": "\u{DC}", "Yacute": "\u{DD}", "szlig": "\u{DF}",
        "agrave": "\u{E0}", "aacute": "\u{E1}", "acirc": "\u{E2}", "atilde": "\u{E3}", "auml": "\u{E4}",
        "aring": "\u{E5}", "aelig": "\u{E6}", "ccedil": "\u{E7}", "egrave": "\u{E8}", "eacute": "\u{E9}",
        "ecirc": "\u{EA}", "euml": "\u{EB}", "igrave": "\u{EC}", "iacute": "\u{ED}", "icirc": "\u{EE}",
        "iuml": "\u{EF}", "ntilde": "\u{F1}", "ograve": "\u{F2}", "oacute": "\u{F3}", "ocirc": "\u{F4}",
        "otilde": "\u{F5}", "ouml": "\u{F6}", "oslash": "\u{F8}", "ugrave": "\u{F9}", "uacute": "\u{FA}",
        "ucirc": "\u{FB}", "uuml": "\u{FC}", "yacute": "\u{FD}", "yuml": "\u{FF}",
        "OElig": "\u{152}", "oelig": "\u{153}", "Scaron": "\u{160}", "scaron": "\u{161}",
        "Zcaron": "\u{17D}", "zcaron": "\u{17E}",
    ]
}
