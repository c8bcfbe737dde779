import ResolutionLanguage
import ResolutionModel

/// Reads the metadata from the lines above the opening formula (or above a report's
/// first chapter) and from the adoption block.
///
/// Header lines are short fields that converters merge ("Human Rights Council
/// Thirty-second session Agenda item 3") or wrap; so fields are found by their words
/// in the joined header text, not by their line.
enum HeaderParser {
    static func parse(
        header: [SourceLine], trailer: [SourceLine], formulaBody: Body?, kind: Document.Kind,
        runningHeadSymbols: [String], language: Language = .english
    ) -> Metadata {
        let words = language.header
        var m = Metadata()
        let texts = header.map(\.text)
        let joined = Substring(texts.joined(separator: " "))

        m.body = formulaBody ?? body(in: joined, words)
        (m.session, m.sessionNumber) = session(in: joined, language)
        m.agendaItem = agendaItem(in: joined, words)
        if let distr = joined.firstRange(of: "Distr.") {
            m.distributionDate = Dates.firstDate(in: joined[distr.upperBound...], language: language)?.iso
        }
        // "Original: English", "Original : anglais" (French sets a space before the colon).
        if let original = joined.firstRange(of: "Original") {
            let rest = joined[original.upperBound...].drop(while: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" })
            if rest.first == ":" {
                m.originalLanguage =
                    rest.dropFirst().drop(while: { $0 == " " || $0 == "\u{A0}" }).prefix(while: \.isLetter).nilIfEmpty
            }
        }
        // The Security Council: "Resolution 2520 (2020)" / "Adopted by the Security
        // Council at its 8757th meeting, on 29 May 2020".
        if let match = joined.firstMatch(of: /Resolution (\d{1,5}) \((\d{4})\)/) {
            m.resolutionNumber = "\(match.1) (\(match.2))"
        }
        if let match = joined.firstMatch(
            of: /[Aa]dopted by the Security Council at its (\d{1,6}(?:st|nd|rd|th)) meeting/)
        {
            m.meeting = "\(match.1) meeting"
        }
        if let adopted = joined.firstRange(of: words.adoptedBy),
            let date = Dates.firstDate(in: joined[adopted.upperBound...].prefix(80), language: language)
        {
            m.adoptionDate = date.iso
        }

        if kind == .resolution {
            readResolutionTitle(header, into: &m, words)
        } else {
            readReportTitle(header, into: &m)
        }
        m.notes = bracketNotes(texts)
        m.sponsors = sponsors(texts, words)

        let adoption = TrailerParser.parse(trailer, language: language)
        m.meeting = adoption.meeting ?? m.meeting
        m.vote = adoption.vote
        m.adoptionDate = m.adoptionDate ?? adoption.date
        m.notes += adoption.other

        if let printed = printedSymbol(texts) ?? runningHeadSymbols.first {
            m.symbol = printed
            m.symbolSource = .text
        } else if kind == .resolution, let number = m.resolutionNumber, let body = m.body {
            m.symbol = DocumentSymbol.infer(resolutionNumber: number, body: body)
            m.symbolSource = .inferred
        }
        return m
    }

    /// A draft's sponsors, from the line that introduces it: "Algeria, Angola, ... and
    /// State of Palestine: draft resolution", "Mauritania:* draft resolution",
    /// "Tajikistan:* draft decision**". The list may wrap over several lines; it is read
    /// back from the colon over the lines that list names (commas), and split into names.
    static func sponsors(_ texts: [String], _ words: HeaderWords) -> [String] {
        guard let lines = sponsorLines(texts, words) else { return [] }
        var list = Segmenter.join(Array(texts[lines]))
        if let colon = list.lastIndex(of: ":") { list = String(list[..<colon]) }
        list = list.trimming("*").trimming(" ")
        guard !list.isEmpty else { return [] }
        var names = list.components(separatedBy: ", ").map { $0.trimming("*").trimming(" ") }
        // "Yemen and State of Palestine": the last name follows "and", unless the "and"
        // belongs to a country's own name.
        if let last = names.popLast() {
            names += splitLastAnd(last)
        }
        return names.filter { !$0.isEmpty }
    }

    /// The header lines that list a draft's sponsors, up to the colon before "draft
    /// resolution" / "draft decision".
    static func sponsorLines(_ texts: [String], _ words: HeaderWords) -> ClosedRange<Int>? {
        guard
            let i = texts.indices.first(where: { k in
                draftKinds.contains { kind in
                    // "…: draft resolution", or the kind opening its line after a line
                    // that ends with the colon; never "the draft resolution recommended
                    // in the report was sponsored by: …", which names no sponsors' list.
                    guard let r = texts[k].range(of: kind) else { return false }
                    let before = String(texts[k][..<r.lowerBound]).trimming(" ").trimming("*").trimming(" ")
                    return before.hasSuffix(":") || (before.isEmpty && k > 0)
                }
            })
        else { return nil }
        var end = i
        if !texts[i].contains(":") {
            // "…State of Palestine:" / "draft resolution" on lines of their own.
            guard i > 0, texts[i - 1].trimming("*").hasSuffix(":") else { return nil }
            end = i - 1
        }
        var start = end
        while start > 0, texts[start - 1].contains(", "), !isFieldLine(texts[start - 1], words),
            resolutionNumber(texts[start - 1]) == nil
        {
            start -= 1
        }
        return start...end
    }

    /// What a draft calls itself after its sponsors.
    static let draftKinds = ["draft resolution", "draft decision"]

    /// Member States whose names contain "and": the list's final "and" is not theirs.
    static let namesWithAnd = [
        "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
        "Sao Tome and Principe", "São Tomé and Príncipe", "Trinidad and Tobago",
        "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands",
    ]

    private static func splitLastAnd(_ item: String) -> [String] {
        var masked = item
        for name in namesWithAnd {
            masked = masked.replacingOccurrences(of: name, with: String(repeating: "x", count: name.count))
        }
        guard let range = masked.range(of: " and ") else { return [item] }
        let offset = masked.distance(from: masked.startIndex, to: range.lowerBound)
        let cut = item.index(item.startIndex, offsetBy: offset)
        return [String(item[..<cut]), String(item[item.index(cut, offsetBy: 5)...])]
    }

    private static func body(in text: Substring, _ words: HeaderWords) -> Body? {
        // The Council's documents are in the Assembly's series and name both; the more
        // specific body wins (the list puts it first).
        let straight = text.replacingOccurrences(of: "’", with: "'")
        return words.bodies.first { straight.contains($0.1) }?.0
    }

    private static func session(in text: Substring, _ language: Language) -> (String?, Int?) {
        let words = text.split(separator: " ")
        let sessionWord = language.header.sessionWord
        for (i, word) in words.enumerated() where i > 0 && word.hasPrefix(sessionWord) {
            if let n = language.ordinalValue(words[i - 1]) {
                return ("\(words[i - 1]) \(sessionWord)", n)
            }
            if i > 1, words[i - 1] == "special", let n = language.ordinalValue(words[i - 2]) {
                return ("\(words[i - 2]) special session", n)
            }
            // "32º período de sesiones": the number in digits.
            let digits = words[i - 1].prefix(while: \.isASCIIDigit)
            if language.code != .en, !digits.isEmpty, digits.count <= 3, let n = Int(digits) {
                let rest = words[(i + 1)...].prefix(2).joined(separator: " ")
                return ("\(words[i - 1]) \(sessionWord)" + (rest == "de sesiones" ? " de sesiones" : ""), n)
            }
        }
        return (nil, nil)
    }

    /// "Agenda item 68 (b)", "Agenda items 2 and 3" → "68 (b)", "2 and 3".
    private static func agendaItem(in text: Substring, _ words: HeaderWords) -> String? {
        guard let r = text.firstRange(of: words.agendaItem) else { return nil }
        var rest = text[r.upperBound...]
        if rest.hasPrefix("s") { rest = rest.dropFirst() }
        var words: [Substring] = []
        for word in rest.split(separator: " ") {
            // "68", "3,", "(b)": not "32/6." (the resolution number that may follow).
            let digits = word.hasSuffix(",") ? word.dropLast(1) : word
            let isItem =
                (!digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)) || (word.hasPrefix("(") && word.count <= 4)
            let isJoiner = (word == "and" || word.hasSuffix(",")) && !words.isEmpty
            guard isItem || isJoiner else { break }
            words.append(word)
        }
        while let last = words.last, last == "and" { words.removeLast() }
        return words.isEmpty ? nil : words.joined(separator: " ").trimming(",")
    }

    /// The title follows the resolution's number ("28/2. Enhancement of ...") and runs
    /// to the opening formula. A draft has no number: its title is the text after the
    /// last line that is a header field.
    private static func readResolutionTitle(_ header: [SourceLine], into m: inout Metadata, _ words: HeaderWords) {
        let texts = header.map(\.text)
        if let i = texts.firstIndex(where: { resolutionNumber($0) != nil }) {
            let (number, rest) = resolutionNumber(texts[i])!
            m.resolutionNumber = number.nilIfEmpty
            m.title = Segmenter.join([rest] + texts[(i + 1)...].filter { !isBracketNote($0) })
        } else if let draft = texts.lastIndex(where: { t in draftKinds.contains { t.contains($0) } }),
            draft + 1 < texts.count
        {
            // A draft: its title follows "...: draft resolution".
            m.title = Segmenter.join(Array(texts[(draft + 1)...]))
        } else if let last = texts.lastIndex(where: { isFieldLine($0, words) }), last + 1 < texts.count,
            !texts.contains(where: { $0.contains("dopted by the Security Council") })
        {
            // (Security Council resolutions have no title.)
            m.title = Segmenter.join(Array(texts[(last + 1)...]))
        }
        if let agenda = texts.firstIndex(where: { $0.contains(words.agendaItem) }) {
            // It ends at the next field, the resolution's number, the adoption line or a
            // draft's list of sponsors (the lines up to "...: draft resolution").
            let sponsorsStart = sponsorLines(texts, words)?.lowerBound
            let end =
                texts[(agenda + 1)...].firstIndex(where: { text in
                    isFieldLine(text, words) || resolutionNumber(text) != nil || text.hasPrefix(words.resolutionAdopted)
                }) ?? texts.endIndex
            let between = texts[(agenda + 1)..<min(end, max(agenda + 1, sponsorsStart ?? end))]
            if !between.isEmpty { m.agendaTitle = Segmenter.join(Array(between)) }
        }
    }

    /// "[on the report of the Third Committee (...)]", possibly wrapped over lines.
    private static func bracketNotes(_ texts: [String]) -> [String] {
        var notes: [String] = []
        var open: String?
        for text in texts {
            if let o = open {
                open = Segmenter.join([o, text])
            } else if text.hasPrefix("[") {
                open = text
            }
            if let o = open, o.hasSuffix("]") { notes.append(o); open = nil }
        }
        return notes
    }

    private static func isBracketNote(_ text: String) -> Bool { text.hasPrefix("[") }

    private static func isFieldLine(_ text: String, _ words: HeaderWords) -> Bool {
        words.fields.contains { text.hasPrefix($0) } || text.contains("draft resolution")
            || text.hasSuffix(words.sessionSuffix) || text.contains(words.agendaItem)
    }

    /// "28/2. Enhancement ..." → ("28/2", "Enhancement ..."). A draft's placeholder,
    /// "35/... Enhancement", gives an empty number.
    static func resolutionNumber(_ text: String) -> (String, String)? {
        let session = text.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(session.count), text.dropFirst(session.count).first == "/" else { return nil }
        let after = text.dropFirst(session.count + 1)
        for placeholder in ["... ", "…. ", "… ", "…"] where after.hasPrefix(placeholder) {
            return ("", String(after.dropFirst(placeholder.count)).trimming(" "))
        }
        let number = after.prefix(while: \.isASCIIDigit)
        var tail = after.dropFirst(number.count)
        // Arabic: "55/100- احترام".
        if let arabic = LineShapes.afterArabicDash(tail) { tail = ". " + arabic }
        guard (1...4).contains(number.count), tail.hasPrefix(". ") else { return nil }
        return ("\(session)/\(number)", String(after.dropFirst(number.count + 2)))
    }

    /// A report's title is the bold block before "Report of ..." (its subtitle); the
    /// bold blocks between the agenda line and the title are agenda item titles.
    private static func readReportTitle(_ header: [SourceLine], into m: inout Metadata) {
        var blocks: [String] = []
        var open = false
        for line in header {
            if open {
                blocks[blocks.count - 1] = Segmenter.join([blocks[blocks.count - 1], line.text])
                open = !line.markup.unbalancedBold
            } else if line.markup.opensBold {
                blocks.append(line.text)
                open = line.markup.unbalancedBold
            }
        }
        blocks.removeAll { $0 == "Summary" }
        guard !blocks.isEmpty else { return }
        if let sub = blocks.firstIndex(where: { $0.hasPrefix("Report of") || $0.hasPrefix("Note by") }), sub > 0 {
            m.title = blocks[sub - 1]
            m.subtitle = blocks[sub]
            if sub > 1 { m.agendaTitle = blocks[..<(sub - 1)].joined(separator: "; ") }
        } else {
            m.title = blocks.last
        }
    }

    /// "United Nations A/HRC/RES/32/6", or a symbol alone on a header line.
    private static func printedSymbol(_ texts: [String]) -> String? {
        for text in texts {
            var words = text.split(separator: " ")
            guard let last = words.popLast(), DocumentSymbol.isSymbol(last) else { continue }
            if words.isEmpty || words == ["United", "Nations"] { return String(last) }
        }
        return nil
    }
}
