import ResolutionLanguage
import ResolutionModel

/// Gives lines back to text whose line breaks were removed: a resolution copied from a
/// web page or a PDF-to-HTML site arrives as one long line, its footnotes and page
/// furniture inline between the words.
///
/// Everything after this stage reads lines, so the long line is cut where the document's
/// own shapes say a line began: before the opening formula, each paragraph number in
/// sequence, each sub-paragraph marker in sequence, each preambular opener after a
/// comma, each section heading, the adoption block and an annex; around each footnote
/// definition (a superscript number standing alone, cited earlier) and each run of page
/// furniture (job numbers, barcodes, page numbers, running heads). The segmenter then
/// decides paragraphs from content as it does for hard-wrapped text. A cut made where
/// none was is harmless (a wrapped line); a cut missed glues two paragraphs, so the
/// cuts err towards cutting.
///
/// Only lines that hold several paragraphs are cut: a line must be long and show
/// several paragraph starts in sequence. Line numbers after this stage count the new
/// lines.
enum Relining {
    /// A line shorter than this (in bytes) is one paragraph at most, and left alone.
    static let minimumLength = 1_000

    /// Paragraph starts (formula, numbers in sequence, preambular openers) a long line
    /// must show before it is cut: one long paragraph with a number inside stays whole.
    static let minimumStarts = 3

    /// A long line is cut only when it holds this share of the text (or its opening
    /// formula): a text that has its line breaks keeps every line, even one long
    /// paragraph with a numbered list inside.
    static let minimumShare = 0.5

    static func reline(_ lines: [String], language: Language) -> [String] {
        guard lines.contains(where: { $0.utf8.count >= minimumLength }) else { return lines }
        let total = lines.reduce(0) { $0 + $1.utf8.count }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            guard line.utf8.count >= minimumLength else {
                out.append(line)
                continue
            }
            var reliner = Reliner(line, openers: language.openers)
            let share = Double(line.utf8.count) / Double(max(total, 1))
            out += reliner.pieces(mostOfTheText: share >= minimumShare) ?? [line]
        }
        return out
    }

    /// `text` with its run-together lines cut again; the text itself when it has none.
    static func reline(text: String, language: Language) -> String {
        guard text.utf8.count >= minimumLength else { return text }
        let lines = LineClassifier.splitLines(text)
        let relined = reline(lines, language: language)
        return relined.count == lines.count ? text : relined.joined(separator: "\n")
    }
}

/// The words of one long line, kept as positions in it: a one-line text of 200 MB has
/// some 30 million words, and holding each as a `Substring` and a `String` took 50 bytes
/// a word (2.8 GB). Positions take 16; the few words joined across a torn hyphen are
/// kept whole beside them.
private struct LineWords: RandomAccessCollection {
    let line: String
    private var starts: [String.Index] = []
    private var ends: [String.Index] = []
    /// Words made of two: "Secretary-" and "General" read as "Secretary-General".
    private var joined: [Int: Substring] = [:]

    init(_ line: String) {
        self.line = line
        let u = line.utf8
        var i = u.startIndex
        while i < u.endIndex {
            while i < u.endIndex && u[i] == 0x20 { i = u.index(after: i) }
            guard i < u.endIndex else { break }
            var j = i
            while j < u.endIndex && u[j] != 0x20 { j = u.index(after: j) }
            starts.append(i)
            ends.append(j)
            i = j
        }
        mendHyphens()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { starts.count }
    subscript(i: Int) -> Substring { joined[i] ?? line[starts[i]..<ends[i]] }

    /// "Secretary- General", "self- determination": a word a line break cut after its
    /// hyphen, joined again when the breaks were replaced by spaces. A hyphen that
    /// stands for a word's end ("pre- and post-conflict") stays.
    private mutating func mendHyphens() {
        var newStarts: [String.Index] = [], newEnds: [String.Index] = []
        newStarts.reserveCapacity(starts.count)
        newEnds.reserveCapacity(ends.count)
        var i = 0
        while i < starts.count {
            let w = self[i]
            if w.count >= 3, w.last == "-", w.dropLast(1).last?.isLetter == true, i + 1 < starts.count,
                self[i + 1].first?.isLetter == true, !["and", "or", "to", "nor"].contains(self[i + 1])
            {
                joined[newStarts.count] = Substring(w + self[i + 1])
                newStarts.append(starts[i])
                newEnds.append(ends[i + 1])
                i += 2
            } else {
                newStarts.append(starts[i])
                newEnds.append(ends[i])
                i += 1
            }
        }
        starts = newStarts
        ends = newEnds
    }
}

/// The words without inline markup: most words hold none and are read from the line
/// as they are; the few that do are kept, cleaned, beside it.
private struct PlainWords: RandomAccessCollection {
    let raw: LineWords
    private var cleaned: [Int: String] = [:]

    init(_ raw: LineWords) {
        self.raw = raw
        for i in raw.indices where raw[i].utf8.contains(where: { "*_[]<>\\".utf8.contains($0) }) {
            cleaned[i] = Markup.removeInlineMarkup(String(raw[i]))
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { raw.endIndex }
    subscript(i: Int) -> String { cleaned[i] ?? String(raw[i]) }
}

/// One long line and the cuts found in it, token by token.
private struct Reliner {
    /// The line's words as written (markup and all), and the same without inline markup.
    let raw: LineWords
    let words: PlainWords
    /// `cut[i]`: a new line starts at word `i`.
    var cut: [Bool]
    /// Words set aside from the paragraphs' flow: page furniture, rules, footnote
    /// definitions. Sequence checks look past them.
    var aside: [Bool]
    var starts = 0
    /// Footnote numbers the text has cited so far (markers glued or set apart).
    private var cited = Set<Int>()

    /// How paragraphs open in the text's language.
    let openers: Openers

    init(_ line: String, openers: Openers) {
        self.openers = openers
        raw = LineWords(line)
        words = PlainWords(raw)
        cut = Array(repeating: false, count: raw.count + 1)
        aside = Array(repeating: false, count: raw.count)
    }

    mutating func pieces(mostOfTheText: Bool) -> [String]? {
        guard raw.count > 2 else { return nil }
        let formula = findFormula()
        guard mostOfTheText || formula != nil else { return nil }
        let bodyStart = formula.map { $0.upperBound } ?? 0
        let header = 0..<(formula?.lowerBound ?? 0)
        markFurniture(header: header)
        markFootnotes()
        if let formula {
            cutAround(formula)
            starts += 1
            cutHeader(header)
        }
        scanBody(from: bodyStart, resolution: formula != nil)
        guard starts >= Relining.minimumStarts else { return nil }
        var out: [String] = []
        var current: [Substring] = []
        for i in raw.indices {
            if cut[i], !current.isEmpty {
                out.append(current.joined(separator: " "))
                current = []
            }
            current.append(raw[i])
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        return out
    }

    // MARK: Shapes of single words

    /// A word as far as punctuation goes: footnote markers, closing quotes and
    /// emphasis after it left out.
    private func bare(_ i: Int) -> Substring {
        var s = Substring(words[i])
        while let last = s.unicodeScalars.last,
            Typography.isSuperscriptDigit(last) || "\"”’'»*)".unicodeScalars.contains(last) && s.count > 1
        {
            s = Substring(s.unicodeScalars.dropLast(1))
        }
        if let marker = plainMarker(s) { s = s.dropLast(marker.count) }
        return s
    }

    /// A footnote marker in plain digits after punctuation, as some extractions leave
    /// it: "self-determination,3" → "3".
    private func plainMarker(_ s: Substring) -> Substring? {
        let digits = s.reversed().prefix(while: \.isASCIIDigit)
        guard (1...2).contains(digits.count), s.count > digits.count,
            ",;:.”".contains(s.dropLast(digits.count).last!)
        else { return nil }
        // After a full stop, not a symbol's or an abbreviation's number: "A/C.3/80/L.53",
        // "Corr.1", "No.3" ("78/7;1" is a marker).
        let word = s.dropLast(digits.count + 1)
        if s.dropLast(digits.count).last == ".",
            s.contains("/") || word.count <= 1 || LineShapes.abbreviations.contains(String(word))
        {
            return nil
        }
        return s.suffix(digits.count)
    }

    /// The word ends a clause or a paragraph: `,` `;` `:` or a full stop that is not an
    /// abbreviation's.
    private func endsClause(_ i: Int) -> Bool {
        let s = bare(i)
        guard let last = s.last else { return false }
        if last == "." { return !LineShapes.abbreviations.contains(String(s.dropLast(1))) }
        return ",;:".contains(last)
    }

    private func endsSentence(_ i: Int) -> Bool {
        let s = bare(i)
        guard s.last == "." || s.last == "]" && s.dropLast(1).last == "." else { return false }
        let word = s.prefix(while: { $0 != "." })
        return !LineShapes.abbreviations.contains(String(word))
    }

    /// Whether word `i` can open a paragraph: a capital (or an opening quotation or
    /// bracket), or any letter in a language whose paragraphs open in lower case
    /// (Russian) or without case.
    private func startsCapitalized(_ i: Int) -> Bool {
        guard i < words.count, let first = words[i].first else { return false }
        if !openers.capitalized, first.isLetter { return true }
        return first.isUppercase || first == "“" || first == "\"" || first == "["
    }

    /// The index of the nearest word before `i` that is part of the text's flow.
    private func previous(_ i: Int) -> Int? {
        var k = i - 1
        while k >= 0 {
            // A marker set apart by a space ("Rights, ¹") stands for the word before it.
            if !aside[k] && !isBullet(k) && Self.superscriptValue(Substring(words[k])) == nil { return k }
            k -= 1
        }
        return nil
    }

    /// `-`, `*`, `#`...: Markdown list and heading marks, which go with the line they open.
    private func isBullet(_ i: Int) -> Bool {
        let w = raw[i]
        return w == "-" || w == "+" || w == "*" && !aside[i] || (!w.isEmpty && w.allSatisfy { $0 == "#" })
    }

    /// Cuts before `i`, or before the Markdown marks that open its line.
    private mutating func cutBefore(_ i: Int) {
        var k = i
        while k > 0, isBullet(k - 1) { k -= 1 }
        cut[k] = true
    }

    private mutating func cutAround(_ range: Range<Int>) {
        cutBefore(range.lowerBound)
        cut[range.upperBound] = true
    }

    private static func superscriptValue(_ s: Substring) -> Int? {
        var value = 0
        for scalar in s.unicodeScalars {
            guard let d = Typography.superscriptDigits[scalar], value < 100 else { return nil }
            value = value * 10 + d
        }
        return s.isEmpty ? nil : value
    }

    // MARK: The opening formula and the header

    private func findFormula() -> Range<Int>? {
        for i in words.indices where openers.startsFormula(words[i]) {
            var text = words[i]
            if text.hasSuffix(","), openers.formulaBody(text) != nil, opensBody(at: i + 1) { return i..<(i + 1) }
            for k in (i + 1)..<min(i + 9, words.count) {
                text += " " + words[k]
                if words[k].hasSuffix(","), openers.formulaBody(text) != nil, opensBody(at: k + 1),
                    i == 0 || numberValue(words[i - 1]) == nil
                {
                    return i..<(k + 1)
                }
            }
        }
        return nil
    }

    /// What follows an opening formula: a preambular opener, an operative verb or
    /// paragraph 1 (a sentence that starts "The Council, in its resolution" is no formula).
    private func opensBody(at i: Int) -> Bool {
        guard i < words.count else { return false }
        if numberValue(words[i]) == 1 { return true }
        let rest = words[i..<min(i + 3, words.count)].joined(separator: " ")
        return openers.startsPreambular(rest) || openers.startsOperative(rest)
    }

    /// The header's fields on lines of their own, as the header reader expects its
    /// title, bracketed notes and agenda title.
    private mutating func cutHeader(_ header: Range<Int>) {
        for i in header where !aside[i] {
            let w = words[i]
            if DocumentSymbol.isSymbol(Substring(w)), i + 1 < header.upperBound { cut[i + 1] = true }
            if w.hasPrefix("Distr.") || w == "Original:" || w.hasPrefix("[") { cutBefore(i) }
            if (w == "Resolution" || w == "Decision") && i + 1 < words.count && words[i + 1] == "adopted" {
                cutBefore(i)
            }
            if HeaderParser.resolutionNumber(w + " x") != nil { cutBefore(i) }
            if w.hasSuffix("]"), i + 1 < header.upperBound { cut[i + 1] = true }
            if w == "Agenda", i + 1 < words.count, words[i + 1].hasPrefix("item") {
                cutBefore(i)
                var k = i + 2
                while k < header.upperBound,
                    words[k].allSatisfy({ $0.isASCIIDigit || $0 == "," }) || words[k] == "and"
                        || words[k].hasPrefix("(") && words[k].count <= 4
                {
                    k += 1
                }
                cut[k] = true
            }
            // "…: draft resolution" ends the sponsors' line; the title follows. The
            // list starts at the first State's name after the last field cut ("Question
            // of Palestine France, Guinea, ... and State of Palestine: draft decision").
            if (w == "draft" || w == "Draft"), i + 1 < header.upperBound,
                words[i + 1].hasPrefix("resolution") || words[i + 1].hasPrefix("decision"),
                i > 0, bare(i - 1).hasSuffix(":")
            {
                var from = i - 1
                while from > header.lowerBound, !cut[from] { from -= 1 }
                if let first = (from..<i).first(where: { MemberStates.nameLength(words[$0..<i]) != nil }) {
                    cut[first] = true
                }
            }
            if (w == "resolution" || w == "decision" || w.hasPrefix("resolution*") || w.hasPrefix("decision*")),
                i > 0, words[i - 1] == "draft", i + 1 < header.upperBound
            {
                cut[i + 1] = true
            }
        }
    }

    // MARK: Page furniture and footnotes

    /// Job numbers, barcodes, page numbers and running heads, each cut onto a line of
    /// its own so that the furniture reader sets it aside as it does on a page.
    private mutating func markFurniture(header: Range<Int>) {
        let symbols = Set(header.map { words[$0] }.filter { DocumentSymbol.isSymbol(Substring($0)) })
        var furniture = Array(repeating: false, count: words.count)
        var jobNumbers = Set<Int>()
        var i = 0
        while i < words.count {
            let w = Substring(words[i])
            if PageFurniture.isJobNumber(w) {
                jobNumbers.insert(i)
                var end = i + 1
                // "(E)": the language of the print run; "(a)" is a sub-paragraph's.
                if end < words.count, words[end].count == 3, words[end].hasPrefix("("), words[end].hasSuffix(")"),
                    words[end].dropFirst().first?.isUppercase == true
                {
                    end += 1
                    if end < words.count, words[end].count == 6, words[end].allSatisfy(\.isASCIIDigit) { end += 1 }
                }
                markLine(i..<end, in: &furniture)
                for k in i..<end { jobNumbers.insert(k) }
                i = end
            } else if let end = barcodeEnd(i) {
                markLine(i..<end, in: &furniture)
                i = end
            } else {
                i += 1
            }
        }
        // Running heads: the document's own symbol with the title words printed beside it.
        let title = titleWords(header)
        var runningHeads = Set<Int>()
        for i in words.indices
        where !furniture[i] && symbols.contains(words[i]) && !header.contains(i) && title.count >= 2 {
            var after = 0
            while after < title.count, i + 1 + after < words.count, !furniture[i + 1 + after],
                words[i + 1 + after] == title[after]
            {
                after += 1
            }
            if after >= 2 {
                markLine(i..<(i + 1 + after), in: &furniture)
                runningHeads.formUnion(i..<(i + 1 + after))
                continue
            }
            for length in stride(from: min(title.count, i), through: 2, by: -1)
            where (i - length..<i).allSatisfy({ !furniture[$0] })
                && Array(words[(i - length)..<i]) == Array(title[..<length])
            {
                // The title's first words, the symbol, and perhaps the rest of the title
                // ("... its implications A/RES/79/239 for international peace and security").
                var rest = 0
                while length + rest < title.count, i + 1 + rest < words.count, !furniture[i + 1 + rest],
                    words[i + 1 + rest] == title[length + rest]
                {
                    rest += 1
                }
                let head = (i - length)..<(i + 1 + (length + rest == title.count ? rest : 0))
                markLine(head, in: &furniture)
                runningHeads.formUnion(head)
                break
            }
        }
        // The symbol alone beside other furniture, and the page number beside the job
        // number ("24-23093 2/3"): elsewhere "78/241" is a resolution's number.
        var changed = true
        while changed {
            changed = false
            for i in words.indices where !furniture[i] {
                let near = i > 0 && furniture[i - 1] || i + 1 < words.count && furniture[i + 1]
                guard near else { continue }
                // (Beside a running head too: "Necessity of ... A/RES/79/7 2/2".)
                let besideJob = [i - 1, i + 1].contains { jobNumbers.contains($0) || runningHeads.contains($0) }
                if isPageNumber(words[i]) && besideJob || symbols.contains(words[i]) && !header.contains(i) {
                    markLine(i..<(i + 1), in: &furniture)
                    changed = true
                }
            }
        }
        for i in words.indices where furniture[i] && !header.contains(i) { aside[i] = true }
    }

    private mutating func markLine(_ range: Range<Int>, in furniture: inout [Bool]) {
        for k in range { furniture[k] = true }
        cut[range.lowerBound] = true
        cut[range.upperBound] = true
    }

    /// `*2423093*`, or the digits spaced out (`* 1 5 0 6 8 8 4 *`, or without stars).
    private func barcodeEnd(_ i: Int) -> Int? {
        if PageFurniture.isBarcode(Substring(words[i])), words[i].count >= 7 { return i + 1 }
        var k = i
        if raw[k] == "*" { k += 1 }
        let digitsStart = k
        while k < words.count, words[k].count == 1, words[k].first!.isASCIIDigit { k += 1 }
        guard k - digitsStart >= 7 else { return nil }
        if raw[i] == "*" {
            guard k < words.count, raw[k] == "*" else { return nil }
            k += 1
        }
        return k
    }

    /// `2/5`: a page of so many, never a resolution's number (`28/2`).
    private func isPageNumber(_ w: String) -> Bool {
        let parts = w.split(separator: "/")
        guard parts.count == 2, let page = Int(parts[0]), let pages = Int(parts[1]), parts[0].count <= 3,
            parts[1].count <= 3
        else { return false }
        return page >= 1 && page <= pages
    }

    /// The title after the resolution's number in the header ("79/62. Lethal autonomous
    /// weapons systems"), which running heads repeat.
    private func titleWords(_ header: Range<Int>) -> [String] {
        guard let at = header.first(where: { HeaderParser.resolutionNumber(words[$0] + " x") != nil }) else {
            return []
        }
        return Array(words[(at + 1)..<header.upperBound])
    }

    /// Footnote definitions: a superscript number alone, whose marker the text has
    /// already cited. Each goes on a line of its own, up to the next definition, page
    /// furniture or the end of its sentence. Rules above footnote blocks go apart too.
    private mutating func markFootnotes() {
        var afterRule = false
        var starred = false  // a word with a star glued to it: "agenda*", "Egypt,*"
        var i = 0
        while i < words.count {
            let w = Substring(words[i])
            if raw[i].count >= 3, raw[i].allSatisfy({ $0 == "_" }) || raw[i].allSatisfy({ $0 == "-" }) {
                aside[i] = true
                cut[i] = true
                cut[i + 1] = true
                afterRule = true
                i += 1
                continue
            }
            if aside[i] {
                i += 1
                continue
            }
            // "* A/80/150.", "** Any changes to the list of sponsors ...": a note under
            // the rule, or after a star the text has already used as a marker.
            if isStarMark(i), i + 1 < words.count,
                afterRule || starred, startsCapitalized(i + 1) || DocumentSymbol.isSymbol(Substring(words[i + 1]))
            {
                let end = footnoteEnd(from: i + 1, afterRule: afterRule)
                for k in i..<end { aside[k] = true }
                cut[i] = true
                cut[end] = true
                i = end
                continue
            }
            if raw[i].count > 1, raw[i].hasSuffix("*") { starred = true }
            // "__________________ 1 United Nations, Treaty Series ...": under the rule, a
            // number the text cited in plain digits ("Effects,1") as extractions leave
            // them; the footnote repair raises both once they stand on lines of their own.
            if afterRule, w.count <= 3, w.allSatisfy(\.isASCIIDigit), let number = Int(w), cited.contains(number),
                opensFootnoteText(i + 1)
            {
                let end = footnoteEnd(from: i + 1, afterRule: true, number: number)
                for k in i..<end { aside[k] = true }
                cut[i] = true
                cut[end] = true
                i = end
                continue
            }
            guard let number = Self.superscriptValue(w) else {
                // A marker glued to its word: "Rights,¹".
                let tail = String(
                    String.UnicodeScalarView(
                        w.unicodeScalars.reversed().prefix(while: Typography.isSuperscriptDigit).reversed()))
                if !tail.isEmpty, let n = Self.superscriptValue(Substring(tail)) { cited.insert(n) }
                if let marker = plainMarker(w), let n = Int(marker) {
                    cited.insert(n)
                } else if let n = gluedToWord(w), n > (cited.max() ?? 0), n <= (cited.max() ?? 0) + 3 {
                    // "United Nations1", "sixty-first2", "2014–20243": only the numbers
                    // next in turn (one or two may have gone unseen).
                    cited.insert(n)
                }
                if !aside[i] { afterRule = false }
                i += 1
                continue
            }
            guard cited.contains(number), i + 1 < words.count else {
                // A marker set apart by a space: "Rights, ¹".
                cited.insert(number)
                i += 1
                continue
            }
            let end = footnoteEnd(from: i + 1, afterRule: afterRule, number: number)
            for k in i..<end { aside[k] = true }
            cut[i] = true
            cut[end] = true
            afterRule = true  // the next definition may follow
            i = end
        }
    }

    /// "Nations1" → 1: one or two digits glued to a word of letters, or to a year.
    private func gluedToWord(_ w: Substring) -> Int? {
        let digits = String(w.reversed().prefix(while: \.isASCIIDigit).reversed())
        let word = w.dropLast(digits.count)
        // A marker glued to a year: "2014–20243".
        if (5...6).contains(digits.count), let year = Int(digits.prefix(4)), (1900...2099).contains(year),
            word.last.map({ !$0.isNumber }) ?? true
        {
            return Int(digits.dropFirst(4))
        }
        guard (1...2).contains(digits.count), word.count >= 3, word.last?.isLetter == true,
            word.allSatisfy({ $0.isLetter || $0 == "-" })
        else { return nil }
        return Int(digits)
    }

    /// Whether a footnote's text can start at `i`: a capital, a symbol, a quotation.
    private func opensFootnoteText(_ i: Int) -> Bool {
        guard i < words.count else { return false }
        let w = Substring(words[i])
        return startsCapitalized(i)
            || DocumentSymbol.isSymbol(w.last.map { ".,;".contains($0) } == true ? w.dropLast(1) : w)
    }

    /// `*`, `**`, `***` standing alone: the mark of a note ("* Reissued for technical
    /// reasons", "** Any changes to the list of sponsors").
    private func isStarMark(_ i: Int) -> Bool {
        (1...3).contains(words[i].count) && words[i].allSatisfy { $0 == "*" }
            || (2...3).contains(raw[i].count) && raw[i].allSatisfy { $0 == "*" }
    }

    /// Where a footnote's text that starts at `start` ends. Under a rule (a page's
    /// footnote block) it runs to the next definition or the page's furniture;
    /// otherwise to the end of its first sentence.
    private func footnoteEnd(from start: Int, afterRule: Bool, number: Int? = nil) -> Int {
        var firstSentenceEnd: Int?
        var k = start
        let limit = min(words.count, start + 150)
        while k < limit {
            if aside[k] { return k }
            if k > start, let n = Self.superscriptValue(Substring(words[k])), n > 0 { return k }
            // The next definition in plain digits: "... No. 22495. 2 See Official Records".
            if k > start, afterRule, words[k].count <= 3, let n = Int(words[k]), n != number, cited.contains(n),
                n == (number ?? -1) + 1 || endsSentence(k - 1), opensFootnoteText(k + 1)
            {
                return k
            }
            if k > start, isStarMark(k) { return k }
            if endsSentence(k) {
                if !afterRule { return k + 1 }
                firstSentenceEnd = firstSentenceEnd ?? k + 1
            }
            k += 1
        }
        return firstSentenceEnd ?? k
    }

    // MARK: The body

    private mutating func scanBody(from start: Int, resolution: Bool) {
        var nextNumber = 1
        var nextSection = 1  // I, II, ...
        var nextLetterHeading: Character = "A"
        var nextSub: [String] = []  // the markers that may come next: "b", "ii"...
        var preamble = resolution
        var inTrailer = false
        var quote: (depth: Int, since: Int) = (0, 0)
        var i = start
        while i < words.count {
            defer { i += 1 }
            if aside[i] { continue }
            // Inside a quotation ("entitled “...”", a quoted draft with its own
            // paragraphs) nothing starts a line; an unclosed quotation stops counting.
            let quoted = quote.depth > 0 && i - quote.since < Self.longestQuotation
            let opens = raw[i].filter { $0 == "“" }.count, closes = raw[i].filter { $0 == "”" }.count
            if opens > 0 && quote.depth == 0 { quote.since = i }
            quote.depth = quoted || opens > 0 ? max(0, (quoted ? quote.depth : 0) + opens - closes) : 0
            if quoted { continue }
            // Markdown headings ("## **I. Introduction**", "#### *Summary*") and bold
            // blocks on lines of their own: the marks say where they start and end.
            if let end = markedHeadingEnd(i) {
                cutBefore(i)
                cut[end + 1] = true
                i = end
                continue
            }
            if isBullet(i) { continue }
            let w = words[i]
            let prev = previous(i)
            let finished = prev.map { endsClause($0) || cut[$0 + 1] || aside[$0] } ?? true

            if resolution, !inTrailer, finished, startsTrailer(at: i) {
                inTrailer = true
                cutBefore(i)
                continue
            }
            if inTrailer {
                if w.hasPrefix("[Adopted")
                    || w == "Adopted" && i + 1 < words.count && ["without", "by", "at"].contains(words[i + 1])
                {
                    cutBefore(i)
                }
                if w == "Annex" || w == "ANNEX", startsCapitalized(i + 1) {
                    cutBefore(i)
                    let numbered = i + 1 < words.count && LineShapes.romanValue(words[i + 1]) != nil
                    cut[i + (numbered ? 2 : 1)] = true
                    inTrailer = false
                    preamble = false
                    nextNumber = 1
                    nextSection = 1
                    starts += 1
                }
                continue
            }
            // "12." in sequence: a paragraph number. An operative verb after it also
            // vouches for it after an unfinished word ("annex. 2. Requests") or a gap
            // in the numbering (a paragraph deleted, a number misprinted).
            let verb = opensOperative(i + 1)
            if let value = numberValue(w), startsCapitalized(i + 1) || raw.indices.contains(i + 1) && isBullet(i + 1),
                value == nextNumber || value == 1 && nextNumber > 1 && headingLookback(i) != nil
                    || value > nextNumber && value <= nextNumber + Self.numberingGap && verb && finished
            {
                if finished {
                    cutBefore(i)
                } else if let headingStart = headingLookback(i) {
                    cutBefore(headingStart)
                    cutBefore(i)
                    // A mission's name over its first section ("AMISOM" / "Priorities and
                    // tasks"), as Security Council texts stack them: an acronym heading.
                    let first = words[headingStart]
                    if headingStart + 1 < i, first.count >= 3, first.allSatisfy({ $0.isUppercase && $0.isLetter }),
                        startsCapitalized(headingStart + 1)
                    {
                        cut[headingStart + 1] = true
                    }
                } else if verb {
                    cutBefore(i)
                } else {
                    continue
                }
                nextNumber = value + 1
                nextSub = ["a", "i"]
                preamble = false
                starts += 1
                continue
            }
            // "(b)" in sequence, or "(a)" after a colon.
            if let marker = subparagraphMarker(w), i + 1 < words.count, let p = prev {
                let before = bare(p)
                let afterColon = before.hasSuffix(":") && (marker == "a" || marker == "i")
                let conjunction =
                    (words[p] == "and" || words[p] == "or") && p > 0 && ";,".contains(bare(p - 1).last ?? " ")
                if afterColon
                    || nextSub.contains(marker) && (";,:".contains(before.last ?? " ") || conjunction || cut[i])
                {
                    cutBefore(i)
                    nextSub = followers(of: marker)
                    continue
                }
            }
            // "II" or "II." heading a section, the numeral on a line of its own.
            if finished, startsCapitalized(i + 1),
                let value = sectionValue(w, nextSection: nextSection, nextLetter: nextLetterHeading)
            {
                cutBefore(i)
                // "II" alone is a numeral whose heading follows on the next line (as
                // official PDFs centre them); "II. Informal system" is one line.
                if !w.hasSuffix(".") { cut[i + 1] = true }
                if value > 0 {
                    nextSection = value + 1
                } else {
                    nextLetterHeading = Character(UnicodeScalar(w.unicodeScalars.first!.value + 1)!)
                }
                continue
            }
            if preamble, finished, startsCapitalized(i) {
                let rest = words[i..<min(i + 3, words.count)].joined(separator: " ")
                if openers.startsPreambular(rest) || openers.startsOperative(rest) {
                    cutBefore(i)
                    starts += 1
                }
            }
        }
    }

    /// Words a quotation may run to before it is taken for unclosed.
    static let longestQuotation = 400

    /// Numbers a paragraph's number may skip (a paragraph deleted without renumbering).
    static let numberingGap = 3

    /// Whether the words at `i` open an operative paragraph: "Requests", "Decides".
    private func opensOperative(_ i: Int) -> Bool {
        guard i < words.count else { return false }
        return openers.startsOperative(words[i..<min(i + 2, words.count)].joined(separator: " "))
    }

    /// "44th plenary meeting", "[Adopted without a vote.]": the adoption block.
    private func startsTrailer(at i: Int) -> Bool {
        if words[i].hasPrefix("[Adopted") { return true }
        guard words[i].first?.isASCIIDigit == true else { return false }
        var text = ""
        for k in i..<min(i + 5, words.count) {
            text += (text.isEmpty ? "" : " ") + words[k]
            if TrailerParser.meeting(in: text, language: .english) != nil { return true }
        }
        return false
    }

    /// The last word of a heading that Markdown marks at `i`: hashes and what they
    /// head (up to its closing emphasis, or the hashes alone), or a bold block. Nil when
    /// `i` opens none.
    private func markedHeadingEnd(_ i: Int) -> Int? {
        var start = i
        let hashes = raw[i].allSatisfy { $0 == "#" }
        if hashes {
            start = i + 1
            guard start < raw.count else { return i }
        }
        for mark in ["**", "*"]
        where raw[start].hasPrefix(mark) && !raw[start].hasPrefix(mark + "*")
            || mark == "**" && raw[start].hasPrefix(mark)
        {
            guard hashes || mark == "**" else { break }
            for k in start..<min(start + Self.headingWords, raw.count)
            where raw[k].hasSuffix(mark) && (k > start || raw[k].count > mark.count * 2) {
                return k
            }
        }
        return hashes ? i : nil
    }

    /// `12.` → 12.
    private func numberValue(_ w: String) -> Int? {
        guard w.hasSuffix("."), w.count >= 2, w.count <= 5 else { return nil }
        let digits = w.dropLast(1)
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    /// `(b)` → "b".
    private func subparagraphMarker(_ w: String) -> String? {
        guard w.hasPrefix("("), w.hasSuffix(")"), w.count >= 3, w.count <= 7 else { return nil }
        let inner = w.dropFirst().dropLast(1)
        guard inner.allSatisfy({ $0.isASCIILetter && $0.isLowercase }) else { return nil }
        return String(inner)
    }

    /// The markers that may follow `marker`: the next letter, the next numeral, and a
    /// new list of numerals under a letter.
    private func followers(of marker: String) -> [String] {
        var next: [String] = ["i"]
        // The next letter, or one a little further when a sub-paragraph was deleted.
        if marker.count == 1, let scalar = marker.unicodeScalars.first {
            for step in 1...Self.numberingGap where scalar.value + UInt32(step) <= UnicodeScalar("z").value {
                next.append(String(Character(UnicodeScalar(scalar.value + UInt32(step))!)))
            }
        }
        if let value = LineShapes.romanValue(marker) { next.append(LineShapes.romanNumeral(value + 1)) }
        return next
    }

    /// A section's numeral: the next roman numeral (its value), or the next capital
    /// letter (0).
    private func sectionValue(_ w: String, nextSection: Int, nextLetter: Character) -> Int? {
        let numeral = w.hasSuffix(".") ? String(w.dropLast(1)) : w
        guard !numeral.isEmpty, numeral.allSatisfy({ $0.isASCIILetter && $0.isUppercase }) else { return nil }
        if let value = LineShapes.romanValue(numeral), value == nextSection,
            numeral != "I" || w.hasSuffix(".") || nextSection == 1
        {
            return value
        }
        if numeral.count == 1, numeral.first == nextLetter, w.hasSuffix(".") { return 0 }
        return nil
    }

    /// The longest heading, in words ("Implementation of the Awaza Programme of Action
    /// for Landlocked Developing Countries for the Decade 2024–2034" has 14).
    static let headingWords = 24

    /// Where an unnumbered heading before the paragraph number at `i` starts: a few
    /// capitalised words without final punctuation after a finished paragraph ("…;
    /// Reporting 36. Requests").
    private func headingLookback(_ i: Int) -> Int? {
        var k = i - 1
        var count = 0
        while k >= 0, count <= Self.headingWords {
            if aside[k] { k -= 1; continue }
            // Headings may hold commas ("Governance, accountability and monitoring").
            if endsClause(k) && bare(k).last != "," || cut[k + 1] && count > 0 { break }
            count += 1
            k -= 1
        }
        guard count > 0, count <= Self.headingWords, k + 1 < i else { return nil }
        // A heading ends without a full stop ("annex." ends a paragraph).
        if let last = previous(i), words[last].hasSuffix(".") { return nil }
        // "II. Implementation of ...": the numeral heads the same line.
        if k >= 0, cut[k], words[k].hasSuffix("."), LineShapes.sectionNumeral(words[k]) != nil { return k }
        var start = k + 1
        while start < i, aside[start] { start += 1 }
        guard startsCapitalized(start) else { return nil }
        return start
    }
}
