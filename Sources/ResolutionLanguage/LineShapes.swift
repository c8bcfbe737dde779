import ResolutionModel

/// The shapes of line starts and ends that decide paragraph boundaries: paragraph
/// numbers (`12.`, `5 bis.`), sub-paragraph markers (`(a)`, `(iv)`), headings
/// (`II. Introduction`), and whether a paragraph's text is finished.
///
/// Boundaries are decided by these shapes and never by blank lines, so that a text with
/// a blank line after every line, or none at all, segments the same way.
package enum LineShapes {
    /// `12. Decides ...` → ("12", "Decides ..."); `5 bis. Decides` → ("5bis", ...).
    package static func paragraphNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        let digits = text.prefix(while: \.isASCIIDigit)
        // Four digits: omnibus texts and long reports run past paragraph 999.
        guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
        var rest = text.dropFirst(digits.count)
        var number = String(digits)
        let spaced = rest.first == " " ? rest.dropFirst() : rest
        for suffix in ParagraphLabel.insertionSuffixes where spaced.hasPrefix(suffix + ".") {
            number += suffix
            rest = spaced.dropFirst(suffix.count)
            break
        }
        // Chinese sets a full-width stop ("1．"), Arabic a dash ("1 - تهيب"): the
        // dash only before Arabic script, where no other reading is possible.
        if rest.hasPrefix("．") {
            rest = Substring(". ") + rest.dropFirst()
        } else if rest.hasPrefix(" "), let arabic = afterArabicDash(rest.dropFirst()) {
            rest = Substring(". ") + arabic
        }
        // "12. Decides", or "12.Decides" as pdftotext writes a list label set apart from
        // its text.
        guard rest.hasPrefix(". ") || rest.hasPrefix(".") && rest.dropFirst().first?.isUppercase == true else {
            return nil
        }
        let body = rest.dropFirst(1).drop(while: { $0 == " " })
        guard !body.isEmpty else { return nil }
        return (number, value, String(body))
    }

    /// The text after "- " when Arabic script follows: Arabic sets a dash where other
    /// languages set a full stop after a number ("1 - تهيب", "55/100- احترام").
    package static func afterArabicDash(_ text: Substring) -> Substring? {
        guard text.hasPrefix("- "), let s = text.dropFirst(2).unicodeScalars.first, (0x0600...0x06FF).contains(s.value)
        else { return nil }
        return text.dropFirst(2)
    }

    /// `(a) text` → ("a", "text"); also `(iv)`, `(aa)`. With `closingOnly`, also
    /// `a) text`: the French and Spanish UN texts set sub-paragraph letters so.
    package static func subparagraphMarker(_ text: String, closingOnly: Bool = false) -> (marker: String, rest: String)?
    {
        let open = text.hasPrefix("(")
        guard open || closingOnly else { return nil }
        let inner = text.dropFirst(open ? 1 : 0).prefix(while: { $0.isASCIILetter && $0.isLowercase })
        guard !inner.isEmpty, inner.count <= 5 else { return nil }
        let after = text.dropFirst((open ? 1 : 0) + inner.count)
        guard after.hasPrefix(") ") else { return nil }
        guard inner.count <= 2 || romanValue(String(inner)) != nil else { return nil }
        return (String(inner), String(after.dropFirst(2).drop(while: { $0 == " " })))
    }

    package static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        let lower = s.lowercased()
        guard !lower.isEmpty, lower.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        var previous = 0
        for c in lower.reversed() {
            let v = values[c]!
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return romanNumeral(total) == lower ? total : nil
    }

    /// The letter of the `position`th sub-paragraph (1-based): a, b, ..., z, then aa, bb,
    /// ..., zz, aaa: the UN's sequence past (z), and Word's. Positions below 1 give "a".
    package static func subparagraphLetter(_ position: Int) -> String {
        let k = max(position, 1) - 1
        let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(k % 26)))
        return String(repeating: letter, count: min(k / 26 + 1, maximumLetterRepeat))
    }

    /// Past this many repeats (position 26 × 8) a letter stops growing: no text has that
    /// many sub-paragraphs, and a hostile numbering start must not build a huge string.
    package static let maximumLetterRepeat = 8

    package static func romanNumeral(_ n: Int) -> String {
        let table: [(Int, String)] = [
            (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var n = n
        var out = ""
        for (value, digits) in table {
            while n >= value { out += digits; n -= value }
        }
        return out
    }

    /// The label of a heading: `II. Introduction` → (1, "II"); `B. Keynote` → (2, "B");
    /// `3. Enhancement` → (3, "3"); anything else level 4.
    package static func headingLevel(_ text: String) -> Int {
        let label = text.prefix(while: { $0 != "." && $0 != " " })
        guard text.dropFirst(label.count).hasPrefix(". ") else { return 4 }
        if romanValue(String(label)) != nil, label.allSatisfy(\.isUppercase) { return 1 }
        if label.count == 1, label.first!.isASCIILetter, label.first!.isUppercase { return 2 }
        if label.allSatisfy(\.isASCIIDigit) { return 3 }
        return 4
    }

    /// A section's numeral alone on its line: `IV`, `IV.`, `B`, `B.`; it, without a dot.
    package static func sectionNumeral(_ text: String) -> String? {
        var t = Substring(text.trimming(" "))
        if t.last == "." { t = t.dropLast(1) }
        guard !t.isEmpty, t.count <= 6, t.allSatisfy({ $0.isASCIILetter && $0.isUppercase }) else { return nil }
        if t.count == 1 || romanValue(String(t)) != nil { return String(t) }
        return nil
    }

    /// A line that can be a heading's text: short, capitalised, and ending without the
    /// punctuation that ends a paragraph or a clause.
    package static func isHeadingText(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, text.count <= maximumHeadingLength,
            let last = text.last, !".,;:".contains(last)
        else { return false }
        return true
    }

    /// Headings are short: longer unpunctuated lines are text cut by a page break.
    package static let maximumHeadingLength = 80

    /// A plain-text chapter heading: `IV. Summary of the panel discussion`.
    package static func isRomanHeading(_ text: String) -> Bool {
        guard headingLevel(text) == 1 else { return false }
        let rest = text.drop(while: { $0 != " " }).dropFirst()
        return rest.first?.isUppercase == true && !ends(text, withAnyOf: ";,")
    }

    /// Whether a paragraph's text is complete: it ends with the punctuation that ends
    /// paragraphs of its kind. An unfinished paragraph continues on the next text line
    /// whatever that line starts with (a page break cut it).
    package static func isFinished(_ text: String, kind: ParagraphKind, level: Int) -> Bool {
        let s = withoutTrailingMarks(text)
        guard let last = s.last.map(asciiPunctuation) else { return false }
        if last == ".", endsWithAbbreviation(s) { return false }
        if level > 0 {
            if ";.:,".contains(last) { return true }
            for conjunction in ["; and", "; or", ", and", ", or"] where s.hasSuffix(conjunction) { return true }
            return false
        }
        switch kind {
        case .preambular: return ",;:.".contains(last)
        case .operative: return ";.:".contains(last)
        case .numbered, .unnumbered, .annex, .heading, .footnote, .note, .header, .adoption:
            return ".:;?!".contains(last)
        }
    }

    /// The punctuation a paragraph ends with, footnote markers and closing quotes aside:
    /// ";", ".", ":", "," or "" (none). "; and" and "; or" end with ";".
    package static func finalPunctuation(_ text: String) -> String {
        let s = withoutTrailingMarks(text)
        for conjunction in ["; and", "; or"] where s.hasSuffix(conjunction) { return ";" }
        guard let last = s.last.map(asciiPunctuation), ".;:,!?".contains(last) else { return "" }
        return String(last)
    }

    /// A paragraph's final mark as its ASCII equivalent: Chinese "，；：。" and Arabic
    /// "،؛" end paragraphs as ", ; : ." do.
    static func asciiPunctuation(_ c: Character) -> Character {
        switch c {
        case "，", "،": ","
        case "；", "؛": ";"
        case "：": ":"
        case "。", "．": "."
        case "？", "؟": "?"
        default: c
        }
    }

    /// The text without what may follow a paragraph's last punctuation: footnote
    /// markers, closing quotes, asterisks and spaces. Walks back from the end only (a
    /// walk from the start made a paragraph of 25,000 markers take seconds).
    static func withoutTrailingMarks(_ text: String) -> Substring {
        var s = Substring(text)
        while let last = s.unicodeScalars.last,
            Typography.isSuperscriptDigit(last) || last == " " || "\"”’'»*".unicodeScalars.contains(last)
        {
            s = Substring(s.unicodeScalars.dropLast(1))
        }
        return s
    }

    /// Abbreviations that end with a full stop inside a sentence, as UN texts use them
    /// in references ("chap. II, sect. A", "para. 19", "No. 53"). A line that ends with
    /// one was cut mid-sentence. "etc." and "ibid." are left out: they often end one.
    package static let abbreviations: Set<String> = [
        "para", "paras", "sect", "chap", "No", "Nos", "no", "p", "pp", "vol", "art", "arts", "Corr", "Add", "Rev",
        "Suppl", "Mr", "Ms", "Mrs", "Dr", "al", "cf", "e.g", "i.e", "ann",
    ]

    static func endsWithAbbreviation(_ s: Substring) -> Bool {
        let word = s.dropLast(1).reversed().prefix { $0.isLetter || $0 == "." }
        return abbreviations.contains(String(word.reversed()))
    }

    /// Whether a footnote's text is complete: footnotes end with a full stop, so one
    /// that ends with a semicolon or comma goes on.
    package static func footnoteIsFinished(_ text: String) -> Bool {
        isFinished(text, kind: .numbered, level: 0) && !";:,".contains(text.last ?? ".")
    }

    private static func ends(_ text: String, withAnyOf set: String) -> Bool {
        guard let last = text.last else { return false }
        return set.contains(last)
    }
}
