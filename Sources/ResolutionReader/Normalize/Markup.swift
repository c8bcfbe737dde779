import ResolutionLanguage
import ResolutionModel

/// Removes the Markdown-ish artefacts that document converters leave in resolution text,
/// keeping what they carried that matters: a heading level, bold that spans a whole line
/// (a heading in reports), and footnote markers written as `<sup>1</sup>`.
///
/// Works line by line, because converters emit markup per line; a construct that
/// spans lines (bold wrapped over two lines) is completed by the segmenter.
struct MarkupLine: Equatable {
    /// The line's text with markup removed and `<sup>` markers turned into superscripts.
    var text: String
    /// Number of leading `#`, 0 when none.
    var headingLevel: Int
    /// The line began with `**` (after any `#`): bold text at the start of a line.
    var opensBold: Bool
    /// The line ended with `**`.
    var closesBold: Bool
    /// `**` occurs an odd number of times: bold continues onto the next line.
    var unbalancedBold: Bool
    /// The line was only a horizontal rule (`---`, `***`).
    var isRule: Bool
}

enum Markup {
    /// Bytes that can start or end Markdown-ish markup; a line without any of them (most
    /// lines) only needs its spaces collapsed.
    private static let markupBytes: Set<UInt8> = Set("*_[]<>\\#".utf8)

    static func strip(_ raw: String) -> MarkupLine {
        if !raw.utf8.contains(where: { markupBytes.contains($0) }) {
            let first = raw.utf8.first { $0 != 0x20 && $0 != 0x09 }
            if first != UInt8(ascii: "-") && first != UInt8(ascii: "+") {
                return MarkupLine(
                    text: Typography.collapseSpaces(raw), headingLevel: 0, opensBold: false, closesBold: false,
                    unbalancedBold: false, isRule: false)
            }
        }
        var line = Substring(raw)
        trimSpaces(&line)
        if isRule(line) {
            return MarkupLine(
                text: "", headingLevel: 0, opensBold: false, closesBold: false, unbalancedBold: false, isRule: true)
        }
        var level = 0
        while line.first == "#" { level += 1; line = line.dropFirst() }
        if level > 0 && !(line.first == " " || line.isEmpty) {
            // `#1` is not a heading; put the hashes back.
            line = Substring(String(repeating: "#", count: level) + line)
            level = 0
        }
        trimSpaces(&line)
        // List bullets in front of a paragraph number: `- 1.`, `* 12.`, `+ 3.`; but a
        // barcode (`* 1 5 0 6 8 8 4 *`) also starts with a star and a digit.
        if let f = line.first, !PageFurniture.isBarcode(line), f == "-" || f == "*" || f == "+" {
            let rest = line.dropFirst()
            if rest.first == " ", rest.drop(while: { $0 == " " }).first?.isNumber == true {
                line = rest.drop(while: { $0 == " " })
            }
        }
        // "** Any changes to the list of sponsors ...": a note's mark, two stars or more
        // and a space; never emphasis, which does not open before a space.
        let stars = line.prefix(while: { $0 == "*" })
        if stars.count >= 2, line.dropFirst(stars.count).first == " " {
            let rest = removeInlineMarkup(String(line.dropFirst(stars.count + 1)))
            return MarkupLine(
                text: Typography.collapseSpaces(String(stars) + " " + rest), headingLevel: level, opensBold: false,
                closesBold: false, unbalancedBold: false, isRule: false)
        }
        let opensBold = line.hasPrefix("**")
        let closesBold = line.hasSuffix("**") && line.count > 2
        let boldCount = countBoldMarkers(line)
        var text = removeInlineMarkup(String(line))
        text = Typography.collapseSpaces(text)
        return MarkupLine(
            text: text, headingLevel: level, opensBold: opensBold, closesBold: closesBold,
            unbalancedBold: boldCount % 2 == 1, isRule: false)
    }

    /// `---`, `***`, `___` (spaces allowed) alone on a line: a thematic break.
    private static func isRule(_ line: Substring) -> Bool {
        guard let f = line.utf8.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "*") || f == UInt8(ascii: "_"),
            line.utf8.count <= 80
        else { return false }
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func trimSpaces(_ s: inout Substring) {
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast(1) }
    }

    private static func countBoldMarkers(_ s: Substring) -> Int {
        var count = 0
        var previousStar = false
        var escaped = false
        for b in s.utf8 {
            if escaped { escaped = false; previousStar = false; continue }
            if b == UInt8(ascii: "\\") { escaped = true; previousStar = false; continue }
            if b == UInt8(ascii: "*") {
                if previousStar { count += 1; previousStar = false } else { previousStar = true }
            } else {
                previousStar = false
            }
        }
        return count
    }

    /// Links become their text, `<sup>n</sup>` a superscript marker, emphasis markers
    /// vanish, escapes become the character they escape. A lone `*` between spaces
    /// (a note marker) is kept.
    static func removeInlineMarkup(_ s: String) -> String {
        // Scalars, not Characters: grapheme breaking cost more than everything else here,
        // and every markup character is a single ASCII scalar.
        String(removeInlineMarkup(Array(s.unicodeScalars)))
    }

    private typealias Scalars = [Unicode.Scalar]

    private static func removeInlineMarkup(_ chars: Scalars) -> String.UnicodeScalarView {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, isEscapable(chars[i + 1]) {
                out.append(chars[i + 1]); i += 2; continue
            }
            if c == "[", let (text, end) = link(chars, at: i) {
                out.append(contentsOf: removeInlineMarkup(text)); i = end; continue
            }
            if c == "<", let (marker, end) = sup(chars, at: i) {
                out.append(contentsOf: marker.unicodeScalars); i = end; continue
            }
            if c == "<", let end = htmlBreak(chars, at: i) { out.append(" "); i = end; continue }
            if c == "*" || c == "_" && isUnderscoreEmphasis(chars, at: i) {
                var j = i
                while j < chars.count && chars[j] == c { j += 1 }
                let before = i > 0 ? chars[i - 1] : nil
                let after = j < chars.count ? chars[j] : nil
                let lone = (before?.properties.isWhitespace ?? true) && (after?.properties.isWhitespace ?? true)
                if c == "*" && lone && j - i == 1 { out.append(c) }
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func isEscapable(_ c: Unicode.Scalar) -> Bool {
        "\\`*_{}[]()#+-.!<>|~\"'".unicodeScalars.contains(c)
    }

    private static func isUnderscoreEmphasis(_ chars: Scalars, at i: Int) -> Bool {
        // `_word_` only; underscores inside identifiers stay.
        let before = i > 0 ? chars[i - 1] : nil
        let after = i + 1 < chars.count ? chars[i + 1] : nil
        let opening = (before?.properties.isWhitespace ?? true) && after != nil && !after!.properties.isWhitespace
        let closing =
            before != nil && !before!.properties.isWhitespace
            && (after == nil || after!.properties.isWhitespace || after!.properties.generalCategory.isPunctuation)
        return opening || closing
    }

    /// `[text](target)` → (text, index after the link).
    private static func link(_ chars: Scalars, at start: Int) -> (Scalars, Int)? {
        var depth = 0
        var j = start
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j + 1 < chars.count, chars[j] == "]", chars[j + 1] == "(" else { return nil }
        guard let close = chars[(j + 2)...].firstIndex(of: ")") else { return nil }
        guard !chars[(j + 2)..<close].contains(" ") else { return nil }
        return (Array(chars[(start + 1)..<j]), close + 1)
    }

    private static func matches(_ chars: Scalars, at start: Int, _ tag: String) -> Bool {
        let t = Array(tag.unicodeScalars)
        guard chars.count >= start + t.count else { return false }
        for k in 0..<t.count where chars[start + k].properties.lowercaseMapping != String(t[k]) { return false }
        return true
    }

    /// `<sup>12</sup>` → (`¹²`, index after it). Non-numeric superscripts keep their text.
    private static func sup(_ chars: Scalars, at start: Int) -> (String, Int)? {
        guard matches(chars, at: start, "<sup>") else { return nil }
        var j = start + 5
        var inner = String.UnicodeScalarView()
        while j < chars.count {
            if matches(chars, at: j, "</sup>") {
                let trimmed = String(inner).trimming(" ")
                if let n = Int(trimmed) { return (Typography.superscript(n), j + 6) }
                return (trimmed, j + 6)
            }
            inner.append(chars[j]); j += 1
        }
        return nil
    }

    private static func htmlBreak(_ chars: Scalars, at start: Int) -> Int? {
        for tag in ["<br>", "<br/>", "<br />"] where matches(chars, at: start, tag) { return start + tag.count }
        return nil
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}
