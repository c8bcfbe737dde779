import DiffEngine
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel
import ResolutionReader
import Synchronization

/// Amendments as text, both ways: the writer's phrasing, and a parser for that phrasing
/// and the variants people write (curly or straight quotes, "the words" optional,
/// "with" or "by", "substitute ... for ..."). Docs/amendments.md lists what is accepted.
public enum AmendmentText {
    // MARK: Writing

    /// The numbered instructions, under a title naming the texts when they are known.
    /// In the texts' `language` where its phrasing is written (French, Spanish), else in
    /// English.
    public static func render(
        _ instructions: [AmendmentInstruction], base: String?, target: String?, unexpressed: Bool = false,
        language: LanguageCode = .en
    ) -> String {
        var out = ""
        if let base {
            out +=
                (AmendmentPhrases.title(base, target: target, in: language)
                    ?? "Amendments to \(base)" + (target.map { " (giving \($0))" } ?? "")) + "\n\n"
        }
        if instructions.isEmpty { return out + (unexpressed ? byHandOnly : noAmendments) + "\n" }
        for (n, instruction) in instructions.enumerated() {
            out += "\(n + 1). " + sentence(instruction, language: language) + "\n"
        }
        return out
    }

    /// The sentence of one instruction in `language` (English where none is written).
    public static func sentence(_ i: AmendmentInstruction, language: LanguageCode) -> String {
        AmendmentPhrases.sentence(i, in: language) ?? sentence(i)
    }

    /// What `render` writes for no instructions; `parse` reads it back as none.
    package static let noAmendments = "No amendments: the texts have the same paragraphs."
    /// What `render` writes when every change is one to make by hand; read as none too.
    package static let byHandOnly = "No amendments can be written for these changes; make them by hand (below)."

    package static func sentence(_ i: AmendmentInstruction) -> String {
        // "the word “X”" for one word, "the words “X Y”" for more.
        func q(_ words: String) -> String {
            (words.contains(" ") ? "the words " : "the word ") + WordEdit.quoted(words)
        }
        let renumber = ", and renumber subsequent paragraphs accordingly"
        switch i {
        case .insertWords(let r, let anchor, let before, let words):
            // "insert a comma", as the United Nations writes punctuation, not "the word “,”".
            let what = punctuationNames.first { $0.mark == words }.map { "a " + $0.name } ?? q(words)
            return "In \(r.words), \(before ? "before" : "after") \(q(anchor)) insert \(what)."
        case .deleteWords(let r, let words, let after):
            return "In \(r.words), " + (after.map { "after \(q($0)), " } ?? "") + "delete \(q(words))."
        case .replaceWords(let r, let old, let new):
            return "In \(r.words), replace \(q(old)) with \(q(new))."
        case .deleteParagraph(let r):
            return capitalized("delete \(r.words)") + (r.part == .operative ? renumber : "") + "."
        case .insertParagraph(let r, let before, let text):
            let paragraphs = text.split(separator: "\n")
            let count = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
            let what =
                paragraphs.count == 1
                ? "insert a new paragraph reading"
                : "insert \(paragraphs.count <= 10 ? count[paragraphs.count - 2] : "\(paragraphs.count)") new paragraphs reading"
            return capitalized("\(before ? "before" : "after") \(r.words)")
                + ", \(what):" + paragraphs.map { "\n   “\($0)”" }.joined()
                + (r.part == .operative ? renumber : "")
        case .moveParagraph(let r, let to, let before):
            return "Move \(r.words) to \(before ? "precede" : "follow") \(to.words)"
                + (r.part == .operative ? renumber : "") + "."
        case .replaceParagraph(let r, let text):
            return capitalized("replace \(r.words) with the following") + ":\n   “\(text)”"
        case .insertFootnote(let r, let anchor, let text):
            return "In \(r.words), after \(q(anchor)) insert a footnote reading:\n   “\(text)”"
        }
    }

    private static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// Punctuation by the names amendments give it.
    static let punctuationNames: [(mark: String, name: String)] = [
        (",", "comma"), (";", "semicolon"), (":", "colon"), (".", "full stop"),
    ]

    // MARK: Reading

    /// Which instruction could not be read, and why: the drafter fixes that one line.
    public struct ParseError: Error, Equatable, Sendable {
        public var instruction: Int
        public var message: String
    }

    /// Instruction verbs a block may start with; a block before the first instruction
    /// that starts with none of them is a title.
    static let verbs = [
        "in ", "delete ", "after ", "before ", "insert ", "move ", "replace ", "substitute ",
        // French and Spanish.
        "au ", "à ", "supprimer ", "après ", "avant ", "placer ", "remplacer ", "en ", "suprím", "después ", "antes ",
        "traslád", "sustitú",
    ]

    /// Reads amendments as resdiff writes them or as a person does; throws on the first
    /// instruction it cannot read rather than skipping it.
    public static func parse(_ text: String) throws(ParseError) -> [AmendmentInstruction] {
        var result: [AmendmentInstruction] = []
        for read in readEach(text) {
            switch read {
            case .success(let instruction): result.append(instruction)
            case .failure(let error): throw error
            }
        }
        if result.isEmpty {
            // resdiff's own "No amendments" is a valid, empty set of amendments.
            if text.contains(noAmendments) || text.contains(byHandOnly) { return [] }
            throw ParseError(instruction: 1, message: "no amendment instructions found")
        }
        return result
    }

    /// Every instruction, read or with the reason it cannot be: `apply --explain` reports
    /// on all of them, not only up to the first it cannot read.
    public static func readEach(_ text: String) -> [Result<AmendmentInstruction, ParseError>] {
        var out: [Result<AmendmentInstruction, ParseError>] = []
        for block in blocks(text) {
            let lowered = block.lowercased()
            // Text before the first instruction is a title.
            if out.isEmpty && !verbs.contains(where: { lowered.hasPrefix($0) }) && !startsNumbered(block) {
                continue
            }
            do {
                out.append(.success(try readInstruction(stripNumber(block))))
            } catch {
                out.append(
                    .failure(
                        ParseError(instruction: out.count + 1, message: "\(error.message): \(String(block.prefix(90)))")
                    ))
            }
        }
        return out
    }

    /// Heads the list of changes the instructions do not express (footnotes, headings,
    /// notes); reading stops there, since those lines are not instructions.
    package static let unexpressedHeading = "Not written as amendments (change these by hand):"

    /// Instructions: numbered items ("1. ..."), or blocks between blank lines.
    static func blocks(_ text: String) -> [String] {
        var lines = LineClassifier.splitLines(text)
        let headings = [unexpressedHeading] + AmendmentPhrases.unexpressedHeadings
        if let end = lines.firstIndex(where: { headings.contains($0.trimming(" ")) }) {
            lines = Array(lines[..<end])
        }
        let numbered = lines.contains { startsNumbered($0) }
        var blocks: [String] = []
        var current: [String] = []
        func flush() {
            let joined = Typography.visibleControls(Typography.collapseSpaces(current.joined(separator: " ")))
            if !joined.isEmpty { blocks.append(joined) }
            current = []
        }
        for line in lines {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if numbered ? startsNumbered(line) : blank { flush() }
            if !blank { current.append(line) }
        }
        flush()
        return blocks
    }

    /// "12. In operative ...": numbered items, however many (a set past 999 is long, not
    /// wrong).
    static func startsNumbered(_ line: String) -> Bool {
        let t = line.drop { $0 == " " }
        let digits = t.prefix(while: \.isASCIIDigit)
        return !digits.isEmpty && t.dropFirst(digits.count).hasPrefix(". ")
    }

    static func stripNumber(_ block: String) -> String {
        guard startsNumbered(block) else { return block }
        let t = block.drop { $0 == " " }
        return String(t.drop(while: \.isASCIIDigit).dropFirst(2))
    }

    struct Failure: Error { var message: String }

    /// An instruction in English, or in French or Spanish (said in English words first).
    static func readInstruction(_ block: String) throws(Failure) -> AmendmentInstruction {
        do {
            return try instruction(block)
        } catch {
            guard let english = AmendmentPhrases.english(block), let read = try? instruction(english) else {
                throw error
            }
            return read
        }
    }

    static func instruction(_ block: String) throws(Failure) -> AmendmentInstruction {
        var text = block.trimming(" ")
        // "and renumber subsequent paragraphs accordingly" says what follows anyway.
        for suffix in [
            ", and renumber subsequent paragraphs accordingly", " and renumber subsequent paragraphs accordingly",
            " (and renumber subsequent paragraphs accordingly)",
        ] {
            while let r = text.range(of: suffix, options: .caseInsensitive) { text.removeSubrange(r) }
        }
        // Paragraph text after "reading:" or "the following:".
        for marker in ["reading:", "the following text:", "the following:"] {
            if let range = text.range(of: marker, options: .caseInsensitive) {
                let head = String(text[..<range.lowerBound]).trimming(" ")
                let quoted = String(text[range.upperBound...]).trimming(" ")
                let body = unquote(quoted)
                // A quotation opened and never closed would take the rest as the text.
                if let first = quoted.first, "“\"‘«".contains(first), body.first == first {
                    throw Failure(message: "a quotation is not closed: \(WordEdit.brief(quoted))")
                }
                if body.isEmpty {
                    throw Failure(
                        message: "the new text is empty (to delete a paragraph, write “Delete operative paragraph 5.”)")
                }
                return try paragraphInstruction(head, body)
            }
        }
        while let last = text.last, ".;".contains(last) { text.removeLast() }
        // "insert a comma" reads as inserting the word ",".
        for (mark, name) in punctuationNames {
            for form in [" insert a \(name)", " insert the \(name)"] {
                if let r = text.range(of: form, options: [.caseInsensitive, .backwards]), r.upperBound == text.endIndex
                {
                    text.replaceSubrange(r, with: " insert “\(mark)”")
                }
            }
        }
        let (shape, quotes) = try extractQuotes(text)
        let s = shape.lowercased()
        func ref(_ r: Substring) throws(Failure) -> ParagraphReference { try reference(String(r)) }
        // A "§7§" the drafter typed is no quotation of ours: its index may not exist.
        func q(_ k: Substring) throws(Failure) -> String {
            guard let n = Int(k), quotes.indices.contains(n) else {
                throw Failure(message: "cannot read this instruction")
            }
            return quotes[n]
        }
        let w = #"(?:the words? |words? )?"#
        let patterns: [(String, ([Substring]) throws(Failure) -> AmendmentInstruction)] = [
            (
                #"^in (.+?), after \#(w)§(\d+)§,? insert \#(w)§(\d+)§$"#,
                { m throws(Failure) in
                    .insertWords(try ref(m[1]), anchor: try q(m[2]), before: false, words: try q(m[3]))
                }
            ),
            (
                #"^in (.+?), before \#(w)§(\d+)§,? insert \#(w)§(\d+)§$"#,
                { m throws(Failure) in
                    .insertWords(try ref(m[1]), anchor: try q(m[2]), before: true, words: try q(m[3]))
                }
            ),
            (
                #"^in (.+?), insert \#(w)§(\d+)§ after \#(w)§(\d+)§$"#,
                { m throws(Failure) in
                    .insertWords(try ref(m[1]), anchor: try q(m[3]), before: false, words: try q(m[2]))
                }
            ),
            (
                #"^in (.+?), insert \#(w)§(\d+)§ before \#(w)§(\d+)§$"#,
                { m throws(Failure) in
                    .insertWords(try ref(m[1]), anchor: try q(m[3]), before: true, words: try q(m[2]))
                }
            ),
            (
                #"^in (.+?), after \#(w)§(\d+)§,? delete \#(w)§(\d+)§$"#,
                { m throws(Failure) in .deleteWords(try ref(m[1]), words: try q(m[3]), after: try q(m[2])) }
            ),
            (
                #"^in (.+?), delete \#(w)§(\d+)§$"#,
                { m throws(Failure) in .deleteWords(try ref(m[1]), words: try q(m[2]), after: nil) }
            ),
            (
                #"^in (.+?), replace \#(w)§(\d+)§ (?:with|by) \#(w)§(\d+)§$"#,
                { m throws(Failure) in .replaceWords(try ref(m[1]), old: try q(m[2]), new: try q(m[3])) }
            ),
            (
                #"^in (.+?), substitute \#(w)§(\d+)§ for \#(w)§(\d+)§$"#,
                { m throws(Failure) in .replaceWords(try ref(m[1]), old: try q(m[3]), new: try q(m[2])) }
            ),
            (#"^delete (.+)$"#, { m throws(Failure) in .deleteParagraph(try ref(m[1])) }),
            (
                #"^move (.+?) (?:so as )?(?:to follow|to after|after) (.+)$"#,
                { m throws(Failure) in .moveParagraph(try ref(m[1]), to: try ref(m[2]), before: false) }
            ),
            (
                #"^move (.+?) (?:so as )?(?:to precede|to before|before) (.+)$"#,
                { m throws(Failure) in .moveParagraph(try ref(m[1]), to: try ref(m[2]), before: true) }
            ),
        ]
        // Matched on the lowered shape: quoted words keep their case in `quotes`, and
        // references are read without regard to case.
        for (pattern, make) in patterns {
            if let groups = match(pattern, s) { return try make(groups) }
        }
        throw Failure(message: "cannot read this instruction")
    }

    private static func paragraphInstruction(_ head: String, _ body: String) throws(Failure) -> AmendmentInstruction {
        let s = head.lowercased()
        // "In operative paragraph 26, after the words “Council;” insert a footnote".
        if let (shape, quotes) = try? extractQuotes(head), quotes.count == 1,
            let m = match(
                #"^in (.+?), after (?:the words? |words? )?§0§,? insert a (?:new )?footnote$"#, shape.lowercased())
        {
            return .insertFootnote(try reference(String(m[1])), anchor: quotes[0], text: body)
        }
        let para =
            #"(?:a |the following |two |three |four |five |six |seven |eight |nine |ten |\d+ )*(?:new )?(?:preambular |operative )?paragraphs?(?:,? as)?(?: \(and renumber subsequent paragraphs accordingly\))?"#
        // Several paragraphs: each in its own quotation marks, one new paragraph each.
        let paragraphs = quotedParagraphs(body).joined(separator: "\n")
        if let m = match(#"^(after|before) (.+?),? insert \#(para)$"#, s) {
            return .insertParagraph(try reference(String(m[2])), before: m[1] == "before", text: paragraphs)
        }
        if let m = match(#"^insert \#(para) (after|before) (.+?)$"#, s) {
            return .insertParagraph(try reference(String(m[2])), before: m[1] == "before", text: paragraphs)
        }
        if let m = match(#"^replace (?:the text of )?(.+?) (?:with|by)$"#, s) {
            return .replaceParagraph(try reference(String(m[1])), text: body)
        }
        throw Failure(message: "cannot read this instruction")
    }

    /// Case-insensitive whole-string match; the groups in order (empty for a group that
    /// did not take part).
    private static func match(_ pattern: String, _ s: String) -> [Substring]? {
        guard let regex = compiled(pattern), let m = s.wholeMatch(of: regex) else { return nil }
        return (0..<m.output.count).map { m.output[$0].substring ?? "" }
    }

    /// Each pattern compiled once: compiling them for every instruction took most of
    /// the time of a long amendment.
    private static let patterns = Mutex<[String: Regex<AnyRegexOutput>]>([:])

    private static func compiled(_ pattern: String) -> Regex<AnyRegexOutput>? {
        patterns.withLock { cache in
            if let known = cache[pattern] { return known }
            guard let regex = try? Regex(pattern).ignoresCase() else { return nil }
            cache[pattern] = regex
            return regex
        }
    }

    /// Quoted words become `§n§`, so the sentence's shape can be matched whatever they say.
    static func extractQuotes(_ text: String) throws(Failure) -> (String, [String]) {
        let pairs: [Character: Character] = ["“": "”", "‘": "’", "«": "»", "\"": "\"", "'": "'", "„": "“"]
        var shape = ""
        var quotes: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            // Guillemets hold their words apart with a space (French typography), and
            // open a quotation with one after them; other marks do not.
            let opensWord = i + 1 < chars.count && (!chars[i + 1].isWhitespace || c == "«")
            let afterSpace = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            if let close = pairs[c], opensWord, c != "'" || afterSpace {
                var j = i + 1
                while j < chars.count {
                    if chars[j] == close {
                        // A straight single quote closes only at a word's end (not in "women's").
                        let next: Character? = j + 1 < chars.count ? chars[j + 1] : nil
                        if close != "'" || next == nil || !(next!.isLetter) { break }
                    }
                    j += 1
                }
                guard j < chars.count else { throw Failure(message: "a quotation is not closed") }
                shape += "§\(quotes.count)§"
                let quoted = String(chars[(i + 1)..<j])
                quotes.append(c == "«" ? quoted.trimmingCharacters(in: .whitespaces) : quoted)
                i = j + 1
                continue
            }
            shape.append(c)
            i += 1
        }
        return (shape, quotes)
    }

    /// “A” “B”: the paragraphs of a body that quotes several, each without its quotation
    /// marks; a body of one as it is.
    static func quotedParagraphs(_ body: String) -> [String] {
        // The outer quotation marks are gone (`unquote`); the inner ones part paragraphs.
        // (French paragraphs are each in guillemets: « A » « B ».)
        body.components(separatedBy: "” “").flatMap { $0.components(separatedBy: "» «") }.map { $0.trimming(" ") }
    }

    /// Strips one pair of outer quotes from a quoted paragraph.
    static func unquote(_ text: String) -> String {
        var t = Substring(text)
        while let last = t.last, ".;".contains(last), t.dropLast(1).last.map({ "”\"’»".contains($0) }) == true {
            t = t.dropLast(1)
        }
        if let first = t.first, let last = t.last, "“\"‘«".contains(first), "”\"’»".contains(last), t.count >= 2 {
            t = t.dropFirst().dropLast(1)
        }
        return String(t).trimming(" ")
    }

    /// "the third preambular paragraph", "preambular paragraph 3", "operative paragraph
    /// 13 (a)", "paragraph 5 bis", "subparagraph (b) of operative paragraph 4",
    /// "operative paragraph 4, subparagraph (b)".
    static func reference(_ text: String) throws(Failure) -> ParagraphReference {
        var s = text.lowercased().trimming(" ")
        // Negotiators' shorthand: "OP 3", "OP3 (a)", "PP 2", "PP12".
        if let m = match(#"^(op|pp) ?(\d{1,4}(?: ?(?:bis|ter|quater))?)((?: ?\([a-z]+\))*)$"#, s) {
            let letters = m[3].trimming(" ")
            s =
                (m[1] == "op" ? "operative paragraph " : "preambular paragraph ") + m[2]
                + (letters.isEmpty ? "" : " " + letters)
            if m[1] == "pp", !letters.isEmpty { s = "subparagraph \(letters) of preambular paragraph \(m[2])" }
        }
        if let m = match(#"^(?:the )?(?:text of )?footnote (\d{1,4})$"#, s) {
            return ParagraphReference(part: .footnote, number: String(m[1]))
        }
        if let m = match(
            #"^(?:sub-?paragraph ((?:\([a-z]+\) ?)+) of )?(?:the )?([a-z]+(?:-[a-z]+)?) preambular paragraph$"#, s)
        {
            guard let n = Ordinals.value(m[2]) else {
                throw Failure(message: "no preambular paragraph called '\(m[2])'")
            }
            return ParagraphReference(part: .preambular, number: "\(n)", subparagraphs: letters(m[1]))
        }
        if let m = match(#"^(?:sub-?paragraph ((?:\([a-z]+\) ?)+) of )?(?:the )?preambular paragraph (\d+)$"#, s) {
            return ParagraphReference(part: .preambular, number: String(m[2]), subparagraphs: letters(m[1]))
        }
        if let m = match(
            #"^(?:sub-?paragraph ((?:\([a-z]+\) ?)+) of )?(?:the )?(?:operative )?paragraph (\d+(?: ?(?:bis|ter|quater))?)((?: ?\([a-z]+\))*)(?:,? sub-?paragraph ((?:\([a-z]+\) ?)+))?$"#,
            s)
        {
            var number = String(m[2])
            for suffix in ParagraphLabel.insertionSuffixes where number.hasSuffix(suffix) && !number.contains(" ") {
                number = number.dropLast(suffix.count) + " " + suffix
            }
            return ParagraphReference(
                part: .operative, number: number, subparagraphs: letters(m[1]) + letters(m[3]) + letters(m[4]))
        }
        throw Failure(message: "cannot tell which paragraph '\(text)' is")
    }

    private static func letters(_ s: Substring) -> [String] {
        s.split(whereSeparator: { $0 == "(" || $0 == ")" || $0 == " " }).map(String.init)
    }
}
