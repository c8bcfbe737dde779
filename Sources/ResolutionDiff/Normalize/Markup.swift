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
    static func strip(_ raw: String) -> MarkupLine {
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
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func trimSpaces(_ s: inout Substring) {
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    }

    private static func countBoldMarkers(_ s: Substring) -> Int {
        var count = 0
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "\\" { i = s.index(after: i); if i < s.endIndex { i = s.index(after: i) }; continue }
            if s[i] == "*", s.index(after: i) < s.endIndex, s[s.index(after: i)] == "*" {
                count += 1
                i = s.index(i, offsetBy: 2)
                continue
            }
            i = s.index(after: i)
        }
        return count
    }

    /// Links become their text, `<sup>n</sup>` a superscript marker, emphasis markers
    /// vanish, escapes become the character they escape. A lone `*` between spaces
    /// (a note marker) is kept.
    static func removeInlineMarkup(_ s: String) -> String {
        let chars = Array(s)
        var out = ""
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, isEscapable(chars[i + 1]) {
                out.append(chars[i + 1]); i += 2; continue
            }
            if c == "[", let (text, end) = link(chars, at: i) {
                out += removeInlineMarkup(text); i = end; continue
            }
            if c == "<", let (marker, end) = sup(chars, at: i) {
                out += marker; i = end; continue
            }
            if c == "*" || c == "_" && isUnderscoreEmphasis(chars, at: i) {
                var j = i
                while j < chars.count && chars[j] == c { j += 1 }
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let after: Character? = j < chars.count ? chars[j] : nil
                let lone = (before == nil || before!.isWhitespace) && (after == nil || after!.isWhitespace)
                if c == "*" && lone && j - i == 1 { out.append(c) }
                i = j
                continue
            }
            if c == "<", let end = htmlBreak(chars, at: i) { out.append(" "); i = end; continue }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func isEscapable(_ c: Character) -> Bool {
        "\\`*_{}[]()#+-.!<>|~\"'".contains(c)
    }

    private static func isUnderscoreEmphasis(_ chars: [Character], at i: Int) -> Bool {
        // `_word_` only; underscores inside identifiers stay.
        let before: Character? = i > 0 ? chars[i - 1] : nil
        let after: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        let opening = (before == nil || before!.isWhitespace) && after != nil && !after!.isWhitespace
        let closing =
            before != nil && !before!.isWhitespace && (after == nil || after!.isWhitespace || after!.isPunctuation)
        return opening || closing
    }

    /// `[text](target)` → (text, index after the link).
    private static func link(_ chars: [Character], at start: Int) -> (String, Int)? {
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
        let target = chars[(j + 2)..<close]
        guard !target.contains(" ") else { return nil }
        return (String(chars[(start + 1)..<j]), close + 1)
    }

    /// `<sup>12</sup>` → (`¹²`, index after it). Non-numeric superscripts keep their text.
    private static func sup(_ chars: [Character], at start: Int) -> (String, Int)? {
        let open = Array("<sup>"), close = Array("</sup>")
        guard chars.count >= start + open.count,
            Array(chars[start..<(start + open.count)]).map({ Character($0.lowercased()) }) == open
        else { return nil }
        var j = start + open.count
        var inner = ""
        while j < chars.count {
            if chars.count >= j + close.count,
                Array(chars[j..<(j + close.count)]).map({ Character($0.lowercased()) }) == close
            {
                let trimmed = inner.trimming(" ")
                if let n = Int(trimmed) { return (Typography.superscript(n), j + close.count) }
                return (trimmed, j + close.count)
            }
            inner.append(chars[j]); j += 1
        }
        return nil
    }

    private static func htmlBreak(_ chars: [Character], at start: Int) -> Int? {
        for tag in ["<br>", "<br/>", "<br />"] {
            let t = Array(tag)
            if chars.count >= start + t.count, Array(chars[start..<(start + t.count)]) == t { return start + t.count }
        }
        return nil
    }
}
