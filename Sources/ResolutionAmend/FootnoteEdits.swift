import ResolutionLanguage
import ResolutionModel

/// Footnotes as amendments change them. Their texts take word instructions, deletion
/// and replacement like paragraphs ("In footnote 2, replace the words ..."); a new one
/// is a marker placed after some words of a paragraph and a text. Once every
/// instruction has applied, footnotes are numbered again in the order the amended text
/// cites them, as the United Nations numbers them, and markers and definitions follow.
///
/// The base's lines stay as they are wherever nothing changed: a definition is
/// rewritten only when its text or number changed, and a paragraph whose markers were
/// renumbered keeps its lines with the numbers changed in place.
struct FootnoteEdits {
    /// Base footnotes by number: their texts as amended so far.
    private var texts: [Int: String] = [:]
    private let base: Document
    /// The base's lines, for the way it writes a definition's number.
    private let lines: [String]
    private var deleted = Set<Int>()
    /// Footnotes the amendments add, under the provisional numbers their markers carry.
    private var added: [(id: Int, text: String)] = []

    /// Provisional numbers of added footnotes start here, above any real footnote's.
    static let provisional = 90_000

    init(base: Document, lines: [String]) {
        self.base = base
        self.lines = lines
        for f in base.footnotes where texts[f.number] == nil { texts[f.number] = f.text }
    }

    /// A word instruction, deletion or replacement aimed at a footnote.
    mutating func apply(_ instruction: AmendmentInstruction) throws(WordEdit.Failure) {
        let ref = instruction.reference
        guard let number = Int(ref.number), let text = texts[number] else {
            throw WordEdit.Failure(message: "the base has no \(ref.words)")
        }
        if deleted.contains(number) { throw WordEdit.Failure(message: "\(ref.words) was already deleted") }
        switch instruction {
        case .insertWords, .deleteWords, .replaceWords:
            texts[number] = try WordEdit.apply(instruction, to: text, paragraph: ref.words)
        case .deleteParagraph:
            deleted.insert(number)
        case .replaceParagraph(_, let new):
            texts[number] = new
        case .moveParagraph:
            throw WordEdit.Failure(message: "footnotes are not moved: they follow their markers")
        case .insertParagraph, .insertFootnote:
            throw WordEdit.Failure(
                message: "a footnote is added at a place in a paragraph (\"In operative paragraph 3, after the words "
                    + "“...” insert a footnote reading: “...”\"), not \(ref.words)")
        }
    }

    /// `paragraph`'s text with the marker of a new footnote after `anchor`.
    mutating func insert(_ text: String, after anchor: String, in paragraph: String, paragraph name: String)
        throws(WordEdit.Failure) -> String
    {
        let locator = TextLocator(paragraph)
        let found = locator.occurrences(of: anchor)
        guard found.count == 1 else {
            throw WordEdit.Failure(
                message: found.isEmpty
                    ? "the words \(WordEdit.brief(anchor)) are not in \(name)"
                    : "the words \(WordEdit.brief(anchor)) stand \(found.count) times in \(name); quote more of them")
        }
        let id = Self.provisional + added.count
        added.append((id, text))
        // A placeholder of its own kind, so that it never runs into a marker that already
        // stands there ("rights;³" + a new one must not read as 3-and-something); two
        // markers side by side are parted by a comma, as the United Nations prints them.
        let at = found[0].upperBound
        let scalars = Array(paragraph.unicodeScalars)
        var end = at
        while end < scalars.count, Typography.isSuperscriptDigit(scalars[end]) || Self.isPlaceholder(scalars[end]) {
            end += 1
        }
        return locator.replacing(end..<end, with: (end > at ? "," : "") + String(Self.placeholder(id)))
    }

    /// The placeholder for provisional number `id`: a private-use character.
    static func placeholder(_ id: Int) -> Character {
        Character(Unicode.Scalar(0xF0000 + UInt32(id - provisional))!)
    }

    static func isPlaceholder(_ s: Unicode.Scalar) -> Bool { (0xF0000...0xFFFFD).contains(s.value) }

    /// How the amended text numbers its footnotes, and what becomes of the base's
    /// definition lines.
    struct Numbering {
        /// Old number (or provisional one) → new number; a footnote missing here is gone.
        var map: [Int: Int] = [:]
        /// Every line of every base definition → the lines that replace it (itself when
        /// nothing changed, nothing for a dropped or rewritten footnote's later lines).
        var definitionLines: [Int: [String]] = [:]
        /// Definitions of the footnotes the amendments added, in order.
        var added: [String] = []

        /// `text` with its markers numbered as the amended text numbers them.
        func renumbered(_ text: String) -> String {
            FootnoteEdits.rewriteMarkers(text, map)
        }

        /// A base line with its markers renumbered (or removed): superscripts and
        /// `<sup>n</sup>`, each read once, left to right.
        func renumberedLine(_ line: String) -> String {
            let text = renumbered(line)
            guard text.contains("<sup>") else { return text }
            var out = ""
            var rest = Substring(text)
            while let open = rest.range(of: "<sup>") {
                out += rest[..<open.lowerBound]
                let after = rest[open.upperBound...]
                let digits = after.prefix(while: \.isASCIIDigit)
                guard !digits.isEmpty, after.dropFirst(digits.count).hasPrefix("</sup>"), let n = Int(digits),
                    let new = map[n]
                else {
                    out += rest[open]
                    rest = after
                    continue
                }
                if new > 0 { out += "<sup>\(new)</sup>" }
                rest = after.dropFirst(digits.count + "</sup>".count)
            }
            return out + rest
        }
    }

    /// Numbers the footnotes in the order the amended paragraphs cite them, rewrites the
    /// units' markers, and says what becomes of each definition. A footnote no paragraph
    /// of the base cited (one cited from the title) keeps its number.
    func number(_ units: inout [AmendmentApplier.Unit]) -> Numbering {
        var numbering = Numbering()
        let kept = Set(base.footnotes.filter { $0.citedBy.isEmpty }.map(\.number))
        for n in kept { numbering.map[n] = n }
        let provisional = Set(added.map(\.id))
        var next = 1
        for unit in units {
            for value in Self.markers(in: unit.text) where numbering.map[value] == nil && !deleted.contains(value) {
                guard texts[value] != nil || provisional.contains(value) else { continue }
                while kept.contains(next) { next += 1 }
                numbering.map[value] = next
                next += 1
            }
        }
        for n in deleted { numbering.map[n] = -1 }
        for k in units.indices { units[k].text = Self.rewriteMarkers(units[k].text, numbering.map) }
        // The base's definitions, kept, rewritten where they stand, or dropped.
        let style = base.footnotes.first.map { lineStyle(of: $0) } ?? .superscript
        for f in base.footnotes {
            let lineRange = f.line...max(f.line, f.lastLine)
            let new = numbering.map[f.number]
            let text = texts[f.number] ?? f.text
            for line in lineRange { numbering.definitionLines[line] = [] }
            guard let new, new > 0 else { continue }
            if new == f.number && text == f.text {
                for line in lineRange where line >= 1 && line <= lines.count {
                    numbering.definitionLines[line] = [lines[line - 1]]
                }
            } else {
                numbering.definitionLines[f.line] = [lineStyle(of: f).definition(new, text)]
            }
        }
        for (id, text) in added {
            if let new = numbering.map[id], new > 0 { numbering.added.append(style.definition(new, text)) }
        }
        numbering.added.sort { Self.markers(in: $0).first ?? 0 < Self.markers(in: $1).first ?? 0 }
        return numbering
    }

    /// How the base writes a definition's number: `¹ A/HRC/24/56.`, `<sup>1</sup> ...`.
    enum LineStyle {
        case superscript, html
        func definition(_ number: Int, _ text: String) -> String {
            switch self {
            case .superscript: return Typography.superscript(number) + " " + text
            case .html: return "<sup>\(number)</sup> " + text
            }
        }
    }

    private func lineStyle(of footnote: Footnote) -> LineStyle {
        footnote.line >= 1 && footnote.line <= lines.count && lines[footnote.line - 1].hasPrefix("<sup>")
            ? .html : .superscript
    }

    /// The numbers of the superscript markers in `text`, in order.
    static func markers(in text: String) -> [Int] {
        var out: [Int] = []
        var value: Int?
        for scalar in text.unicodeScalars {
            if let d = Typography.superscriptDigits[scalar] {
                value = min((value ?? 0) * 10 + d, 10_000_000)
                continue
            }
            if let v = value {
                out.append(v)
                value = nil
            }
            if isPlaceholder(scalar) { out.append(provisional + Int(scalar.value - 0xF0000)) }
        }
        if let v = value { out.append(v) }
        return out
    }

    /// `text` with each marker's number mapped; a marker mapped to a negative number is
    /// removed; one not in `map` stays.
    static func rewriteMarkers(_ text: String, _ map: [Int: Int]) -> String {
        guard !map.isEmpty, text.unicodeScalars.contains(where: { Typography.isSuperscriptDigit($0) || isPlaceholder($0) })
        else { return text }
        var out = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func flush() {
            guard !run.isEmpty else { return }
            let value = markers(in: String(run)).first ?? 0
            switch map[value] {
            case let new? where new < 0: break
            case let new?: out.append(contentsOf: Typography.superscript(new).unicodeScalars)
            case nil: out.append(contentsOf: run)
            }
            run = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if Typography.isSuperscriptDigit(scalar) {
                run.append(scalar)
            } else if isPlaceholder(scalar) {
                flush()
                let id = provisional + Int(scalar.value - 0xF0000)
                if let new = map[id], new > 0 { out.append(contentsOf: Typography.superscript(new).unicodeScalars) }
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }
}
