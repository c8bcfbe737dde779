import ResolutionModel

/// Typography is never content: the comparable form of a text folds the characters that
/// typesetting, word processors and PDF extraction vary without changing a word.
///
/// Display text keeps the original characters; only the comparable text, which every
/// later stage compares, is folded.
public enum Typography {
    /// Superscript digits as used for footnote markers, by value.
    package static let superscriptDigits: [Unicode.Scalar: Int] = [
        "\u{2070}": 0, "\u{00B9}": 1, "\u{00B2}": 2, "\u{00B3}": 3, "\u{2074}": 4,
        "\u{2075}": 5, "\u{2076}": 6, "\u{2077}": 7, "\u{2078}": 8, "\u{2079}": 9,
    ]
    static let superscriptForDigit: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    package static func isSuperscriptDigit(_ s: Unicode.Scalar) -> Bool { superscriptDigits[s] != nil }

    /// `12` → `¹²`: the display form of a footnote marker.
    package static func superscript(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { superscriptForDigit[$0] } })
    }

    /// The comparable form of display text: quotes straightened, dashes made hyphens,
    /// soft hyphens dropped, every kind of space one ASCII space, footnote markers
    /// removed, white space collapsed and trimmed.
    public static func comparable(_ text: String) -> String {
        // Plain ASCII (most paragraphs) only needs its spaces collapsed.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return collapseSpaces(text) }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if isSuperscriptDigit(s) { continue }
            let folded: Unicode.Scalar?
            switch s.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: folded = nil  // soft hyphen, zero widths
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: folded = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: folded = "\""
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: folded = "-"
            case 0x2026: folded = nil; appendEllipsis(&out, &pendingSpace)
            default:
                folded = s.properties.isWhitespace ? " " : s
            }
            guard let f = folded else { continue }
            if f == " " {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(f)
            }
        }
        return String(out)
    }

    private static func appendEllipsis(_ out: inout String.UnicodeScalarView, _ pendingSpace: inout Bool) {
        if pendingSpace { out.append(" "); pendingSpace = false }
        out.append(contentsOf: "...".unicodeScalars)
    }

    /// Collapses runs of white space (tabs, several spaces) to one space and trims, but
    /// keeps non-breaking spaces, which the display text preserves. Works on UTF-8 bytes:
    /// the spaces it folds are all ASCII.
    package static func collapseSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
