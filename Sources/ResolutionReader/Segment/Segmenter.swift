import ResolutionLanguage
import ResolutionModel

/// Turns classified lines into the document model: header, preamble, operative part
/// (or a report's headings and numbered paragraphs), footnotes and the adoption block.
///
/// Boundaries come from content, not layout: a paragraph ends when its text is finished
/// (see `LineShapes.isFinished`) and the next line starts like a paragraph (a number, a
/// sub-paragraph marker, a preambular opener). So page breaks, hard wrapping and blank
/// lines after every line all give the same paragraphs.
struct Segmenter {
    /// A paragraph while its lines are being collected. The text grows line by line
    /// (joining all parts again for every line was quadratic in a paragraph's length).
    private struct Item {
        var kind: ParagraphKind
        var number: String?
        var level: Int
        var text: String
        var firstLine: Int
        var lastLine: Int
        var section: [String]

        mutating func append(_ line: String, at number: Int) {
            Segmenter.append(line, to: &text)
            lastLine = number
        }
    }

    private var lines: [SourceLine]
    private var items: [Item] = []
    private var headings: [Heading] = []
    private var sectionPath: [(level: Int, text: String)] = []
    private var footnotes: [(number: Int, text: String, line: Int, lastLine: Int)] = []
    private var notes: [String] = []
    private var trailer: [SourceLine] = []
    private var setAside: [SetAside] = []
    private var runningHeadSymbols: [String] = []
    /// The document's language: its formulas, openers and verbs.
    private let language: Language

    init(lines: [SourceLine], language: Language) {
        self.lines = lines
        self.language = language
    }

    static func segment(_ source: SourceText, language: Language = .english) throws(InputError) -> Document {
        let lines = LineClassifier.classify(
            source.text, language: language, relined: source.detectedLanguage == language.code)
        var segmenter = Segmenter(lines: lines, language: language)
        return try segmenter.run(source)
    }

    private mutating func run(_ source: SourceText) throws(InputError) -> Document {
        collectFootnotesAndFurniture()
        let content = lines.indices.filter { lines[$0].role == .content }
        guard !content.isEmpty else {
            throw InputError(file: source.name, problem: .notADocument("no text lines"))
        }
        let formulaIndex = content.first { language.openers.formulaBody(lines[$0].text) != nil }
        let kind: Document.Kind
        let headerEnd: Int
        var formula: String?
        var formulaBody: Body?
        if let f = formulaIndex {
            kind = .resolution
            headerEnd = f
            (formula, formulaBody) = language.openers.formulaBody(lines[f].text)!
        } else if let start = reportBodyStart(content) {
            kind = .report
            headerEnd = start
        } else {
            throw InputError(
                file: source.name,
                problem: .notADocument(
                    "no opening formula such as \"The General Assembly,\" and no numbered paragraphs"))
        }
        let headerLines = lines[..<headerEnd].filter { $0.role == .content }
        let bodyStart = formulaIndex.map { $0 + 1 } ?? headerEnd
        segmentBody(from: bodyStart, kind: kind)
        guard !items.isEmpty else {
            throw InputError(file: source.name, problem: .notADocument("no paragraphs after the opening formula"))
        }
        var metadata = HeaderParser.parse(
            header: headerLines, trailer: trailer, formulaBody: formulaBody, kind: kind,
            runningHeadSymbols: runningHeadSymbols, language: language)
        metadata.notes += notes
        if metadata.symbol == nil, let fromName = DocumentSymbol.fromFileName(source.name) {
            metadata.symbol = fromName
            metadata.symbolSource = .fileName
        }
        let paragraphs = buildParagraphs(kind: kind)
        var document = Document(
            file: Typography.visibleControls(source.name), format: source.format, kind: kind, metadata: metadata,
            openingFormula: formula,
            paragraphs: paragraphs, headings: headings, footnotes: citedFootnotes(paragraphs))
        document.header = headerLines.map(\.text)
        document.adoption = trailer.map(\.text)
        document.setAside = setAside
        return document
    }

    // MARK: Footnotes, notes and furniture

    /// Footnote definitions and notes can stand anywhere (at the foot of any page); they
    /// are taken out first, with their own continuation lines, so that paragraphs
    /// never see them.
    private mutating func collectFootnotesAndFurniture() {
        // A footnote or a note whose text goes on over the next lines.
        enum Open { case footnote(Int), note(Int) }
        var open: Open?
        // The document's own symbol, as the first lines print it: a running head that
        // repeats it after a footnote is furniture, never the footnote's last word.
        let own = Set(
            lines.prefix(5).flatMap { $0.text.split(separator: " ") }.filter { DocumentSymbol.isSymbol($0) }.map(
                String.init))
        for i in lines.indices {
            switch lines[i].role {
            case .footnote(let number, let text):
                footnotes.append((number, text, lines[i].number, lines[i].number))
                open =
                    Self.footnoteContinues(text, lineLength: lines[i].text.count) ? .footnote(footnotes.count - 1) : nil
            case .note(let text):
                notes.append(text)
                open = Self.footnoteContinues(text, lineLength: lines[i].text.count) ? .note(notes.count - 1) : nil
            case .furniture(.runningHead)
            where open != nil && !own.contains(PageFurniture.runningHeadSymbol(Substring(lines[i].text)) ?? ""):
                // A symbol alone on a line right after a wrapped footnote ends the footnote.
                append(lines[i].text, to: open!, line: lines[i].number)
                lines[i].role = .blank
                open = nil
            case .furniture(let kind):
                setAside.append(SetAside(line: lines[i].number, text: lines[i].text, reason: kind.reason))
                if kind == .runningHead, let symbol = PageFurniture.runningHeadSymbol(Substring(lines[i].text)) {
                    runningHeadSymbols.append(symbol)
                }
                open = nil
            case .blank:
                break
            case .content:
                guard let target = open else { continue }
                let text = append(lines[i].text, to: target, line: lines[i].number)
                lines[i].role = .blank
                open = Self.footnoteContinues(text, lineLength: lines[i].text.count) ? target : nil
            }
        }

        @discardableResult
        func append(_ line: String, to target: Open, line number: Int) -> String {
            switch target {
            case .footnote(let f):
                footnotes[f].text = Self.join([footnotes[f].text, line])
                footnotes[f].lastLine = number
                return footnotes[f].text
            case .note(let n):
                notes[n] = Self.join([notes[n], line])
                return notes[n]
            }
        }
    }

    /// Minimum length of a footnote line that can have been wrapped: a short line
    /// without a full stop is a complete footnote (`¹ A/HRC/24/56`), a long one is
    /// most likely cut by the wrapping.
    static let wrappedFootnoteLineLength = 40

    private static func footnoteContinues(_ text: String, lineLength: Int) -> Bool {
        lineLength >= wrappedFootnoteLineLength && !LineShapes.footnoteIsFinished(text)
    }

    // MARK: Where a report's body starts

    private func reportBodyStart(_ content: [Int]) -> Int? {
        for i in content {
            let line = lines[i]
            let text = line.text
            if text.trimming(" ") == "Summary" { return i }
            if LineShapes.isRomanHeading(text) { return i }
            if let n = LineShapes.paragraphNumber(text), n.value == 1 { return i }
        }
        return nil
    }

    // MARK: Body

    private mutating func segmentBody(from start: Int, kind: Document.Kind) {
        blankLinesSeparateParagraphs = blankLinesSeparate(from: start)
        var section: ParagraphKind = kind == .report ? .numbered : .preambular
        var headingOpen = false  // a bold heading wrapped onto the next line
        var index = start
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard line.role == .content else { continue }
            let text = line.text
            if headingOpen {
                appendToLastHeading(text)
                headingOpen = !line.markup.unbalancedBold
                continue
            }
            let current = items.last
            let finished = current.map { LineShapes.isFinished($0.text, kind: $0.kind, level: $0.level) } ?? true
            if !items.isEmpty, finished, kind == .resolution, section == .operative || current?.kind == .operative,
                TrailerParser.startsTrailer(text, language: language)
            {
                // The adoption block, then perhaps an annex (a declaration, a programme of
                // action) with its own headings and numbered paragraphs.
                let annex = lines[index...].firstIndex { $0.role == .content && Self.isAnnexHeading($0.text) }
                trailer = lines[(index - 1)..<(annex ?? lines.count)].filter { $0.role == .content }
                guard let annex else { return }
                addHeading(lines[annex].text, line: lines[annex].number, level: 1)
                index = annex + 1
                if let title = nextContent(after: annex), LineShapes.isHeadingText(lines[title].text),
                    LineShapes.paragraphNumber(lines[title].text) == nil
                {
                    addHeading(lines[title].text, line: lines[title].number, level: 2)
                    index = title + 1
                }
                section = .annex
                continue
            }
            // "I" alone on its line, the section's name on the next (official PDFs
            // centre them apart): one heading, "I. System of administration of justice".
            if finished, !items.isEmpty, let numeral = LineShapes.sectionNumeral(text),
                let next = nextContent(after: index - 1), LineShapes.isHeadingText(lines[next].text)
            {
                addHeading(numeral + ". " + lines[next].text, line: line.number)
                index = next + 1
                continue
            }
            // Short unnumbered headings in an operative part ("AMISOM", "Priorities and
            // tasks", "Reporting"): lines without final punctuation between a finished
            // paragraph and the next numbered one.
            if finished, kind == .resolution, section == .operative || section == .annex, !items.isEmpty,
                let run = headingRun(from: index - 1)
            {
                // The first of a run heads the others: "AMISOM" over "Priorities and tasks".
                for (depth, k) in run.enumerated() {
                    addHeading(lines[k].text, line: lines[k].number, level: Self.unnumberedHeadingLevel + depth)
                }
                index = run.last! + 1
                continue
            }
            if isHeading(line, finished: finished, kind: kind) {
                addHeading(text, line: line.number)
                // A chapter heading wrapped over two lines: "II. Implementation of the ... for
                // Landlocked" / "Developing Countries for the Decade 2024–2034".
                // Plain text only: Markdown and bold headings say where they end.
                if LineShapes.isRomanHeading(text), line.markup.headingLevel == 0, !line.markup.opensBold,
                    let next = nextContent(after: index - 1), LineShapes.isHeadingText(lines[next].text),
                    LineShapes.paragraphNumber(lines[next].text) == nil, LineShapes.headingLevel(lines[next].text) == 4,
                    lines[next].markup.headingLevel == 0, !lines[next].markup.opensBold,
                    let after = nextContent(after: next), LineShapes.paragraphNumber(lines[after].text) != nil
                {
                    appendToLastHeading(lines[next].text)
                    index = next + 1
                }
                headingOpen = line.markup.opensBold && line.markup.unbalancedBold
                continue
            }
            if let n = LineShapes.paragraphNumber(text), finished || n.value == expectedNumber() {
                if kind == .resolution && section != .annex { section = .operative }
                afterHeading = false
                items.append(
                    Item(
                        kind: section, number: n.number, level: 0, text: n.rest, firstLine: line.number,
                        lastLine: line.number, section: sectionPath.map(\.text)))
                continue
            }
            if let current, finished,
                let sub = LineShapes.subparagraphMarker(text, closingOnly: [.fr, .es].contains(language.code))
            {
                afterHeading = false
                items.append(
                    Item(
                        kind: current.kind, number: sub.marker, level: subparagraphLevel(sub.marker),
                        text: sub.rest, firstLine: line.number, lastLine: line.number, section: current.section))
                continue
            }
            let startsNew: Bool
            if current == nil || afterHeading {
                startsNew = true
            } else if kind == .resolution && section == .preambular && finished
                && language.openers.startsOperative(text)
                && !language.openers.startsPreambular(text)
            {
                // A single unnumbered operative paragraph after the preamble (in Chinese,
                // where "强调" opens both, a preambular opener keeps the preamble going).
                section = .operative
                startsNew = true
            } else if kind == .resolution && section == .preambular {
                startsNew =
                    finished
                    && (language.openers.startsPreambular(text)
                        || blankLinesSeparateParagraphs && startsAfterBlankLine(index - 1)
                            && text.first?.isUppercase == true)
            } else {
                startsNew = false
            }
            afterHeading = false
            if startsNew {
                items.append(
                    Item(
                        kind: kind == .report ? .unnumbered : section, number: nil, level: 0, text: text,
                        firstLine: line.number, lastLine: line.number, section: sectionPath.map(\.text)))
            } else {
                items[items.count - 1].append(text, at: line.number)
            }
        }
    }

    /// "Annex", "Annex I", "Annex II": the line that opens an annex after the adoption block.
    static func isAnnexHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.first == "Annex", words.count <= 2 else { return false }
        return words.count == 1 || LineShapes.romanValue(String(words[1])) != nil
    }

    /// The index of the first content line after `index`.
    private func nextContent(after index: Int) -> Int? {
        var k = index + 1
        while k < lines.count {
            if lines[k].role == .content { return k }
            k += 1
        }
        return nil
    }

    /// One to three heading lines from `index` on, followed by a numbered paragraph.
    private func headingRun(from index: Int) -> [Int]? {
        var run: [Int] = []
        var k: Int? = index
        while let i = k, run.count < Self.maximumHeadingRun, LineShapes.isHeadingText(lines[i].text),
            LineShapes.paragraphNumber(lines[i].text) == nil, !LineShapes.isRomanHeading(lines[i].text)
        {
            run.append(i)
            k = nextContent(after: i)
        }
        guard !run.isEmpty, let after = k, LineShapes.paragraphNumber(lines[after].text) != nil else { return nil }
        return run
    }

    /// Unnumbered headings rank below numbered chapters (1), sections (2) and numbered
    /// sub-sections (3).
    static let unnumberedHeadingLevel = 4

    /// Headings stack at most this deep before a paragraph ("AMISOM" / "Priorities and
    /// tasks"); more short lines in a row are text, not headings.
    static let maximumHeadingRun = 3

    /// Whether this text's blank lines mark paragraph boundaries: true when the lines
    /// before blank lines almost always end a sentence. Not so in text pulled from PDFs
    /// page by page, with a blank line after every line, where they mean nothing.
    /// Measured over the body only: header fields ("Agenda item 3") end no sentence.
    private var blankLinesSeparateParagraphs = false

    private func blankLinesSeparate(from start: Int) -> Bool {
        var beforeBlank = 0, unfinished = 0
        for i in start..<lines.count
        where lines[i].role == .content && i + 1 < lines.count && lines[i + 1].role == .blank {
            beforeBlank += 1
            if LineShapes.finalPunctuation(lines[i].text).isEmpty { unfinished += 1 }
        }
        return beforeBlank > 0 && Double(unfinished) <= Double(beforeBlank) * Self.unfinishedBeforeBlankShare
    }

    /// Share of blank lines that may follow an unfinished line (a page break cut the
    /// paragraph) in text whose blank lines separate paragraphs. The corpus texts have
    /// under 10%; a hard-wrapped text with a blank line after every line, over 60%.
    static let unfinishedBeforeBlankShare = 0.25

    /// The line at `index` is preceded by a blank line, with no page furniture between:
    /// after a page break, a blank line says nothing.
    private func startsAfterBlankLine(_ index: Int) -> Bool {
        var i = index - 1
        var sawBlank = false
        while i >= 0 {
            switch lines[i].role {
            case .blank: sawBlank = true
            case .content: return sawBlank
            default: return false
            }
            i -= 1
        }
        return false
    }

    private func isHeading(_ line: SourceLine, finished: Bool, kind: Document.Kind) -> Bool {
        let markup = line.markup
        if LineShapes.paragraphNumber(line.text) != nil && !markup.opensBold && markup.headingLevel == 0 {
            return false
        }
        if markup.headingLevel > 0 { return true }
        let wholeLineBold = markup.opensBold && (markup.unbalancedBold || markup.closesBold)
        if wholeLineBold && finished && !line.text.isEmpty { return true }
        if kind == .report && finished && line.text == "Summary" { return true }
        return finished && LineShapes.isRomanHeading(line.text)
    }

    private mutating func addHeading(_ text: String, line: Int, level fixed: Int? = nil) {
        let level = fixed ?? headingLevel(text)
        headings.append(Heading(level: level, text: text, line: line))
        sectionPath.removeAll { $0.level >= level }
        sectionPath.append((level, text))
        afterHeading = true
    }

    /// `C.` is a section letter after `B.`, and a chapter number (100) nowhere in a
    /// resolution or report; a single letter is a section when it follows the section
    /// before it, or is `A`.
    private func headingLevel(_ text: String, among earlier: ArraySlice<Heading>? = nil) -> Int {
        let level = LineShapes.headingLevel(text)
        guard level == 1, text.firstIndex(of: ".") == text.index(after: text.startIndex),
            let letter = text.unicodeScalars.first
        else { return level }
        if letter == "A" { return 2 }
        let previousSection = (earlier ?? headings[...]).last { $0.level <= 2 }
        if let previous = previousSection, previous.level == 2,
            previous.text.unicodeScalars.first?.value == letter.value - 1
        {
            return 2
        }
        return level
    }

    /// A heading ends the paragraph before it: text under it starts a new one.
    private var afterHeading = false

    private mutating func appendToLastHeading(_ text: String) {
        guard !headings.isEmpty else { return }
        headings[headings.count - 1].text = Self.join([headings[headings.count - 1].text, text])
        let level = headings[headings.count - 1].level
        let newLevel = headingLevel(headings[headings.count - 1].text, among: headings.dropLast(1))
        if newLevel != level { headings[headings.count - 1].level = newLevel }
        sectionPath.removeLast()
        sectionPath.removeAll { $0.level >= newLevel }
        sectionPath.append((newLevel, headings[headings.count - 1].text))
    }

    private func expectedNumber() -> Int {
        guard let last = items.last(where: { $0.level == 0 && $0.number != nil }),
            let value = Int(last.number!.prefix(while: \.isASCIIDigit))
        else { return 1 }
        return value + 1
    }

    /// (a)...(z) are level 1 and (i), (ii) level 2 below them. A letter that is also a
    /// roman numeral, (c), (v), (x), is a numeral only when it continues a list of
    /// numerals; (i) right after (h) is a letter; a list that starts with (i) is a
    /// numeral list at level 1.
    private func subparagraphLevel(_ marker: String) -> Int {
        guard let value = LineShapes.romanValue(marker) else { return 1 }
        var levelOne: [Item] = []
        var last: Item?
        for item in items.reversed() {
            if item.level == 0 { break }
            if last == nil { last = item }
            if item.level == 1 { levelOne.insert(item, at: 0) }
        }
        let levelOneIsRoman = levelOne.first?.number.flatMap(LineShapes.romanValue) == 1
        if value > 1 {
            if let last, last.level == 2, last.number.flatMap(LineShapes.romanValue) == value - 1 { return 2 }
            return 1
        }
        guard let lastSibling = levelOne.last?.number else { return 1 }
        if levelOneIsRoman { return 1 }
        if lastSibling == "h" { return 1 }
        return 2
    }

    // MARK: Building the model

    private func buildParagraphs(kind: Document.Kind) -> [Paragraph] {
        var result: [Paragraph] = []
        var preambular = 0
        var operative = 0
        var annexUnnumbered = 0
        var unnumbered = 0
        var seen: [ParagraphLabel: Int] = [:]
        // Children are attached to their parent at the end, innermost first.
        var stack: [Paragraph] = []

        func close(downTo level: Int) {
            while let last = stack.last, last.level >= level {
                stack.removeLast()
                if stack.isEmpty { result.append(last) } else { stack[stack.count - 1].children.append(last) }
            }
        }

        // "5bis" → 5, "bis".
        func numbered(_ part: ParagraphLabel.Part, _ printed: String?) -> ParagraphLabel {
            let digits = printed?.prefix(while: \.isASCIIDigit) ?? ""
            let suffix = printed?.dropFirst(digits.count) ?? ""
            return ParagraphLabel(part: part, number: Int(digits) ?? 0, suffix: suffix.isEmpty ? nil : String(suffix))
        }

        for item in items {
            var label: ParagraphLabel
            if item.level > 0, let parent = stack.last(where: { $0.level < item.level }) {
                label = parent.label.child(item.number ?? "?")
            } else {
                switch item.kind {
                case .preambular:
                    preambular += 1
                    label = ParagraphLabel(part: .preambular, number: preambular)
                case .operative:
                    operative += 1
                    // An unnumbered operative paragraph is named by its position.
                    label =
                        item.number == nil
                        ? ParagraphLabel(part: .operative, number: operative) : numbered(.operative, item.number)
                case .annex:
                    annexUnnumbered += 1
                    label =
                        item.number == nil
                        ? ParagraphLabel(part: .annex, number: annexUnnumbered) : numbered(.annex, item.number)
                // Body items are paragraphs; headings, footnotes and notes are kept apart.
                case .numbered, .heading, .footnote, .note, .header, .adoption:
                    label = numbered(.numbered, item.number)
                case .unnumbered:
                    unnumbered += 1
                    label = ParagraphLabel(part: .unnumbered, number: unnumbered)
                }
            }
            seen[label, default: 0] += 1
            label.occurrence = seen[label]!
            let text = item.text
            let markers = Self.footnoteMarkers(text)
            close(downTo: item.level)
            stack.append(
                Paragraph(
                    label: label, kind: item.kind, number: item.number, level: item.level, text: text,
                    comparableText: Typography.comparable(text), footnotes: markers,
                    lines: item.firstLine...item.lastLine, section: item.section))
        }
        close(downTo: 0)
        return result
    }

    /// Footnote markers stay in the display text as superscripts; their numbers are
    /// remembered in order of appearance.
    static func footnoteMarkers(_ text: String) -> [Int] {
        // Superscript digits are not ASCII.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return [] }
        var markers: [Int] = []
        var value: Int?
        var digits = 0
        // A run of more than three superscript digits is no footnote marker (and must
        // not overflow): it stays in the text, uncounted.
        func close() {
            if let v = value, digits <= 3 { markers.append(v) }
            value = nil
            digits = 0
        }
        for s in text.unicodeScalars {
            if let d = Typography.superscriptDigits[s] {
                digits += 1
                if digits <= 3 { value = (value ?? 0) * 10 + d }
            } else {
                close()
            }
        }
        close()
        return markers
    }

    /// The footnotes in the order of their numbers, which is where they stand in the
    /// text whatever page foot (or end of text) their definitions were printed at; as
    /// found when numbers repeat.
    private func citedFootnotes(_ paragraphs: [Paragraph]) -> [Footnote] {
        let all = paragraphs.flatMap(\.flattened)
        let numbers = footnotes.map(\.number)
        let ordered = Set(numbers).count == numbers.count ? footnotes.sorted { $0.number < $1.number } : footnotes
        // Who cites each footnote, in one pass over the paragraphs (a search of every
        // paragraph for every footnote grew with their product).
        var citations: [Int: [ParagraphLabel]] = [:]
        for paragraph in all {
            for number in Set(paragraph.footnotes) { citations[number, default: []].append(paragraph.label) }
        }
        return ordered.map { note in
            Footnote(
                number: note.number, text: note.text, line: note.line, lastLine: note.lastLine,
                citedBy: citations[note.number] ?? [])
        }
    }

    /// Joins the lines of a paragraph. A line ending in a hyphen joined to a word
    /// (`South-` / `South`) is one word cut at its hyphen; everything else is joined
    /// with a space.
    static func join(_ parts: [String]) -> String {
        var out = ""
        for part in parts { append(part, to: &out) }
        return out
    }

    static func append(_ part: String, to out: inout String) {
        if part.isEmpty { return }
        if out.isEmpty {
            out = part
        } else if out.hasSuffix("-"), out.dropLast(1).last?.isLetter == true, part.first?.isLetter == true,
            !part.hasPrefix("and "), !part.hasPrefix("or ")
        {
            out += part
        } else {
            out += " " + part
        }
    }
}
