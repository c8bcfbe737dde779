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
        var ignored: Origins?
        return fold(text, origins: &ignored)
    }

    /// Where each byte of a comparable text came from in its display text: the UTF-8
    /// range of the display scalar that produced it. Lets a report show the reader's
    /// characters (curly quotes, footnote markers) for words that were compared folded.
    public struct Origins: Sendable, Equatable {
        public var starts: [Int32] = []
        public var ends: [Int32] = []

        /// The display range of comparable bytes `range` (not empty).
        public func display(_ range: Range<Int>) -> Range<Int> {
            Int(starts[range.lowerBound])..<Int(ends[range.upperBound - 1])
        }
    }

    /// `comparable(text)` together with the display origin of every byte it returns:
    /// O(n), the same folding as `comparable`.
    public static func comparableWithOrigins(_ text: String) -> (text: String, origins: Origins) {
        var origins: Origins? = Origins()
        let folded = fold(text, origins: &origins)
        return (folded, origins!)
    }

    /// The folding itself, recording origins when asked: one loop serves both callers.
    private static func fold(_ text: String, origins: inout Origins?) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace: (start: Int, end: Int)?
        var offset = 0
        func emit(_ f: Unicode.Scalar, from start: Int, to end: Int) {
            if let space = pendingSpace, !out.isEmpty {
                out.append(" ")
                origins?.starts.append(Int32(space.start))
                origins?.ends.append(Int32(space.end))
            }
            pendingSpace = nil
            out.append(f)
            if origins != nil {
                for _ in 0..<f.utf8.count {
                    origins!.starts.append(Int32(start))
                    origins!.ends.append(Int32(end))
                }
            }
        }
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let start = offset, end = offset + s.utf8.count
            offset = end
            if isSuperscriptDigit(s) { continue }
            // The comma that parts two footnote markers ("rights;³,⁴") is the markers'.
            if s == ",", i > 0, i + 1 < scalars.count, isSuperscriptDigit(scalars[i - 1]),
                isSuperscriptDigit(scalars[i + 1])
            {
                continue
            }
            switch s.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue  // soft hyphen, zero widths
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: emit("'", from: start, to: end)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: emit("\"", from: start, to: end)
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
                emit("-", from: start, to: end)
            case 0x2026: for _ in 0..<3 { emit(".", from: start, to: end) }
            // Full-width forms of ASCII ("，", "．", "１"), Arabic-Indic digits, the
            // Arabic comma and semicolon: the same characters set in another script's
            // width or shape.
            case 0xFF01...0xFF5E: emit(Unicode.Scalar(s.value - 0xFEE0)!, from: start, to: end)
            case 0x0660...0x0669: emit(Unicode.Scalar(s.value - 0x0660 + 0x30)!, from: start, to: end)
            case 0x06F0...0x06F9: emit(Unicode.Scalar(s.value - 0x06F0 + 0x30)!, from: start, to: end)
            case 0x060C: emit(",", from: start, to: end)
            case 0x061B: emit(";", from: start, to: end)
            default:
                if s.properties.isWhitespace {
                    if pendingSpace == nil { pendingSpace = (start, end) }
                } else {
                    emit(s, from: start, to: end)
                }
            }
        }
        return String(out)
    }

    /// `text` with its control characters made visible: C0 controls and DEL as Unicode's
    /// control pictures (ESC as ␛), C1 controls as `<U+009B>`. Text from a document, an
    /// amendment or a file name reaches a terminal this way, never as raw escape
    /// sequences. Tab, line feed and carriage return stay.
    public static func visibleControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            guard isControl(s) else { out.append(s); continue }
            if s.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + s.value)!)
            } else if s.value == 0x7F {
                out.append("\u{2421}")
            } else {
                let hex = String(s.value, radix: 16, uppercase: true)
                out.append(contentsOf: "<U+\(String(repeating: "0", count: 4 - hex.count))\(hex)>".unicodeScalars)
            }
        }
        return String(out)
    }

    /// `text` for a terminal: the bidirectional overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069) shown as `<U+202E>`, since on a terminal they reorder what
    /// follows them, report lines and all ("Trojan source"). Only for a terminal: the
    /// text itself keeps them (an Arabic text from Word may carry embeddings), and
    /// files, pipes, JSON and HTML get them as they are.
    public static func visibleBidiControls(_ text: String) -> String {
        func isBidi(_ s: Unicode.Scalar) -> Bool {
            (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
        guard text.unicodeScalars.contains(where: isBidi) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isBidi(s) {
                out.append(contentsOf: "<U+\(String(s.value, radix: 16, uppercase: true))>".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || (0x7F...0x9F).contains(s.value)
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
