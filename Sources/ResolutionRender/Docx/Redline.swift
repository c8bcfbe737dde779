import DiffEngine
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// The Word redline as plain values: the new text's paragraphs, each run and each
/// paragraph mark carrying its revision, so that Word's "accept all" gives the new text
/// and "reject all" the old one, paragraph for paragraph.
///
/// Built from the change report alone (its pairing, its edits and their token ranges):
/// it computes no diff of its own, so the redline marks exactly the words every other
/// format marks. `DocxWriter` only spells it as WordprocessingML.
struct Redline: Equatable {
    /// What a run or a paragraph mark is to Word's review: text of both versions, of
    /// one only, or one end of a move (the number pairs the two ends).
    enum Revision: Equatable {
        case none, inserted, deleted
        case movedFrom(Int), movedTo(Int)
    }

    /// The paragraph styles the writer defines, after a UN document's layout.
    enum Style: String, CaseIterable {
        case header = "ResdiffHeader", title = "ResdiffTitle", note = "ResdiffNote", formula = "ResdiffFormula"
        case preambular = "ResdiffPreambular", operative = "ResdiffOperative"
        case subparagraph = "ResdiffSubparagraph", subsubparagraph = "ResdiffSubsubparagraph"
        case heading = "ResdiffHeading", adoption = "ResdiffAdoption", footnote = "FootnoteText"
    }

    enum Content: Equatable {
        /// Text; a tab stands for Word's tab after a paragraph number.
        case text(String)
        /// A footnote's reference in the text, by footnote id.
        case footnoteReference(Int)
        /// The number at the head of a footnote's own text.
        case footnoteMark
    }

    struct Run: Equatable {
        var content: Content
        var revision: Revision
    }

    struct Paragraph: Equatable {
        var style: Style
        var runs: [Run]
        /// The paragraph mark's revision: an inserted mark vanishes when rejected (the
        /// paragraph joins the next), a deleted one when accepted.
        var mark: Revision
    }

    struct Footnote: Equatable {
        var id: Int
        var paragraph: Paragraph
    }

    var body: [Paragraph]
    var footnotes: [Footnote]
}

extension Redline {
    /// The redline of `report`. With `moveMarkup` off, a moved paragraph is deleted where
    /// it stood and inserted where it stands, for consumers that reject move markup.
    init(_ report: ChangeReport, moveMarkup: Bool = true) {
        var builder = RedlineBuilder(report: report, moveMarkup: moveMarkup)
        self = builder.build()
    }
}

/// A paragraph's part in a group: its display text, the number printed before it and
/// its style.
private struct Piece {
    var text: String
    var marker: String?
    var style: Redline.Style

    init(text: String, marker: String? = nil, style: Redline.Style) {
        self.text = text
        self.marker = marker
        self.style = style
    }

    init(_ side: ChangeReport.Side, style: Redline.Style? = nil) {
        self.init(side)
        if let style { self.style = style }
    }

    init(_ side: ChangeReport.Side) {
        text = side.text
        switch side.kind {
        case .preambular, .unnumbered, .note: style = side.kind == .note ? .note : .preambular
        case .heading: style = .heading
        case .footnote: style = .footnote
        case .header: style = .header
        case .adoption: style = .adoption
        case .operative, .numbered, .annex:
            style = side.level == 0 ? .operative : side.level == 1 ? .subparagraph : .subsubparagraph
        }
        if let number = side.number, side.kind.isParagraph {
            marker = side.level > 0 ? "(\(number))" : "\(number)."
        }
    }
}

private struct RedlineBuilder {
    let report: ChangeReport
    let moveMarkup: Bool
    private var moves = 0
    /// Footnote entries (their index among the footnote entries) by printed number,
    /// on each side.
    private var oldFootnote: [Int: Int] = [:]
    private var newFootnote: [Int: Int] = [:]
    /// Every footnote reference written, in order: each is a footnote of its own,
    /// holding what its place in the text shows (Word keeps a footnote with its
    /// reference, so a reference deleted and one inserted are two footnotes).
    private var references: [FootnoteReference] = []

    init(report: ChangeReport, moveMarkup: Bool) {
        self.report = report
        self.moveMarkup = moveMarkup
    }

    /// How a group's runs and marks are marked: tracked both ways, or one end of a move.
    enum Mode: Equatable {
        case tracked
        case moveFrom(Int)
        case moveTo(Int)
    }

    mutating func build() -> Redline {
        let entries = report.entries
        let footnoteEntries = entries.filter { ($0.new ?? $0.old)?.kind == .footnote }
        for (k, e) in footnoteEntries.enumerated() {
            if let n = e.old?.number.flatMap({ Int($0) }), oldFootnote[n] == nil { oldFootnote[n] = k }
            if let n = e.new?.number.flatMap({ Int($0) }), newFootnote[n] == nil { newFootnote[n] = k }
        }
        var body: [Redline.Paragraph] = []
        // The heading block: the header's lines, the title among them.
        let headerLines = { (d: Document) in
            d.header.map { line in
                Piece(text: line, style: d.metadata.title.map { line.hasSuffix($0) } == true ? .title : .header)
            }
        }
        body += block(.header, old: headerLines(report.old), new: headerLines(report.new))
        // Notes ("[on the report of the Third Committee ...]"), unless the header's lines
        // already hold them: a word is written once.
        for e in entries where (e.new ?? e.old)?.kind == .note {
            let inHeader = [(e.old, report.old), (e.new, report.new)].allSatisfy { side, d in
                side.map { s in d.header.contains { $0.contains(s.text) } } ?? true
            }
            if !inHeader { body += single(e) }
        }
        body += formula()
        // The paragraphs, the headings among them; the adoption block before an annex.
        var units = sequence(entries.filter { ($0.new ?? $0.old)?.kind.isParagraph == true })
        placeHeadings(entries.filter { ($0.new ?? $0.old)?.kind == .heading }, in: &units)
        let adoptionLines = { (d: Document) in d.adoption.map { Piece(text: $0, style: .adoption) } }
        let adoption = block(.adoption, old: adoptionLines(report.old), new: adoptionLines(report.new))
        // An annex starts with its first paragraph, or with the headings right before
        // it ("Annex", its title), which follow the adoption block.
        var annexStart = units.firstIndex { $0.isAnnex } ?? units.count
        while annexStart < units.count, annexStart > 0, case .heading = units[annexStart - 1] { annexStart -= 1 }
        for (k, unit) in units.enumerated() {
            if k == annexStart { body += adoption }
            body += render(unit)
        }
        if annexStart == units.count { body += adoption }
        let (footnotes, uncited) = footnotes(footnoteEntries)
        return Redline(body: Self.endingWhole(body + uncited), footnotes: footnotes)
    }

    /// One footnote for each reference the text was written with, holding what that
    /// reference shows; and the footnotes a version holds but does not cite (a marker
    /// lost in a PDF's extraction), as paragraphs for the end of the text, so that none
    /// of their words is lost.
    private mutating func footnotes(_ footnoteEntries: [ChangeReport.Entry])
        -> (footnotes: [Redline.Footnote], uncited: [Redline.Paragraph])
    {
        var footnotes: [Redline.Footnote] = []
        var cited: [(old: Bool, new: Bool)] = Array(repeating: (false, false), count: footnoteEntries.count)
        for reference in references {
            let e = footnoteEntries[reference.entry]
            var paragraph: [Redline.Paragraph]
            switch reference.shows {
            case .both:
                paragraph = single(e, style: .footnote, markers: false)
                cited[reference.entry] = (true, true)
            case .new:
                paragraph = replaced([], [Piece(e.new!, style: .footnote)], markers: false)
                cited[reference.entry].new = true
            case .old:
                paragraph = replaced([Piece(e.old!, style: .footnote)], [], markers: false)
                cited[reference.entry].old = true
            }
            guard !paragraph.isEmpty else { continue }
            for p in paragraph.indices { paragraph[p].mark = .none }
            let space: Redline.Revision =
                reference.shows == .new ? .inserted : reference.shows == .old ? .deleted : .none
            paragraph[0].runs.insert(Redline.Run(content: .footnoteMark, revision: .none), at: 0)
            paragraph[0].runs.insert(Redline.Run(content: .text(" "), revision: space), at: 1)
            footnotes.append(Redline.Footnote(id: reference.id, paragraph: Self.joined(paragraph)))
        }
        var uncited: [Redline.Paragraph] = []
        for (k, e) in footnoteEntries.enumerated() {
            let old = cited[k].old ? nil : e.old, new = cited[k].new ? nil : e.new
            guard old != nil || new != nil else { continue }
            func piece(_ s: ChangeReport.Side) -> Piece {
                Piece(text: "[\(s.number ?? "")] " + s.text, style: .footnote)
            }
            if let old, let new, e.old?.number == e.new?.number {
                uncited += pair(e, old: [piece(old)], new: [piece(new)], markers: false)
            } else {
                uncited += replaced(old.map { [piece($0)] } ?? [], new.map { [piece($0)] } ?? [], markers: false)
            }
        }
        return (footnotes, uncited)
    }

    /// Word cannot take away a document's last paragraph mark, so the last paragraph
    /// is in both views: a text ending in paragraphs of one version only would leave
    /// an empty paragraph in the other. Where both versions end in their own
    /// paragraphs, the last of each share the last Word paragraph (its deleted text,
    /// then its inserted text); where only one does, the mark before its last
    /// paragraphs carries their revision and theirs stays (rejected or accepted, they
    /// join the paragraph before them with no text).
    private static func endingWhole(_ body: [Redline.Paragraph]) -> [Redline.Paragraph] {
        guard let last = body.last?.mark, last != .none else { return body }
        var body = body
        var start = body.count
        while start > 0, body[start - 1].mark != .none { start -= 1 }
        func isNew(_ r: Redline.Revision) -> Bool {
            switch r {
            case .inserted, .movedTo: true
            default: false
            }
        }
        let tail = start..<body.count
        if let a = tail.last(where: { isNew(body[$0].mark) }), let d = tail.last(where: { !isNew(body[$0].mark) }) {
            var shared = body[a]
            shared.runs = body[d].runs + body[a].runs
            shared.mark = .none
            for k in [a, d].sorted(by: >) { body.remove(at: k) }
            body.append(shared)
            return body
        }
        guard start > 0 else { return body }
        body[start - 1].mark = isNew(last) ? .inserted : .deleted
        body[body.count - 1].mark = .none
        return body
    }

    /// A footnote is one Word paragraph: marks within it (a footnote whose text the
    /// reader split) are dropped, their runs kept.
    private static func joined(_ paragraphs: [Redline.Paragraph]) -> Redline.Paragraph {
        var first = paragraphs[0]
        for p in paragraphs.dropFirst() {
            first.runs.append(Redline.Run(content: .text(" "), revision: .none))
            first.runs += p.runs
        }
        return first
    }

    // MARK: Units of the paragraph part

    /// What the paragraph part is made of, in the order the redline writes it.
    enum Unit {
        /// Paragraphs in both versions: one pair, or the pieces of a split or merge.
        case kept([ChangeReport.Entry])
        case added(ChangeReport.Side)
        case removed(ChangeReport.Side)
        case moveFrom(ChangeReport.Entry, Int)
        case moveTo(ChangeReport.Entry, Int)
        case heading(ChangeReport.Entry)

        /// The unit's paragraph in one version, for placing headings and the annex.
        func side(new: Bool) -> ChangeReport.Side? {
            switch self {
            case .kept(let e): new ? e[0].new : e[0].old
            case .added(let s): new ? s : nil
            case .removed(let s): new ? nil : s
            case .moveFrom(let e, _): new ? nil : e.old
            case .moveTo(let e, _): new ? e.new : nil
            case .heading: nil
            }
        }

        var isAnnex: Bool { (side(new: true) ?? side(new: false))?.kind == .annex }
    }

    /// The paragraph entries as units in an order that holds both versions: the
    /// paragraphs of both in the new order, each old-only one (removed, or where a
    /// moved one stood) right after the last kept paragraph that preceded it in the old
    /// text. Kept paragraphs out of the old order are the moves: the longest run in
    /// order stays, the others move (as the aligner decided; checked here, so that the
    /// old text's order holds whatever it decided).
    private mutating func sequence(_ entries: [ChangeReport.Entry]) -> [Unit] {
        var oldIndex: [ParagraphLabel: Int] = [:]
        for (k, p) in report.old.allParagraphs.enumerated() where oldIndex[p.label] == nil { oldIndex[p.label] = k }
        func index(_ side: ChangeReport.Side) -> Int { oldIndex[side.label] ?? Int.max }

        // Pairs and groups in the new order; the old-only paragraphs aside.
        var stream: [(unit: Unit, old: Int?)] = []
        var oldOnly: [(side: ChangeReport.Side, old: Int, move: (ChangeReport.Entry, Int)?)] = []
        // A group written as its old paragraphs removed and its new ones added: so both
        // texts stay whole whatever the pieces' shape.
        func dissolve(_ group: [ChangeReport.Entry]) {
            var seen = Set<ParagraphLabel>()
            for o in group.compactMap(\.old) where seen.insert(o.label).inserted { oldOnly.append((o, index(o), nil)) }
            seen = []
            for n in group.compactMap(\.new) where seen.insert(n.label).inserted { stream.append((.added(n), nil)) }
        }
        var k = 0
        while k < entries.count {
            let e = entries[k]
            guard let o = e.old, let n = e.new else {
                dissolve([e])
                k += 1
                continue
            }
            var group = [e]
            let split = e.changes.contains(.split), merged = e.changes.contains(.merged)
            while split || merged, k + group.count < entries.count, case let next = entries[k + group.count],
                next.changes.contains(split ? .split : .merged),
                split ? next.old?.label == o.label : next.new?.label == n.label
            {
                group.append(next)
            }
            k += group.count
            if (split || merged) && !Self.covers(group, split: split) {
                dissolve(group)
            } else {
                stream.append((.kept(group), group.compactMap { $0.old.map(index) }.min()))
            }
        }
        // The longest run of kept units in the old order stays; the rest move.
        let keptAt = stream.indices.filter { stream[$0].old != nil }
        let staying = Set(LongestIncreasing.indices(keptAt.map { stream[$0].old! }).map { keptAt[$0] })
        let kept = stream
        stream = []
        for (k, item) in kept.enumerated() {
            guard case .kept(let group) = item.unit, !staying.contains(k) else {
                stream.append(item)
                continue
            }
            // A paragraph moved and rewritten is a paragraph removed and another added:
            // a move would carry none of its words.
            if group.count == 1, moveMarkup, !group[0].isRewritten {
                moves += 1
                stream.append((.moveTo(group[0], moves), nil))
                oldOnly.append((group[0].old!, item.old!, (group[0], moves)))
            } else {
                dissolve(group)
            }
        }
        // Each old-only paragraph after the last staying one that preceded it.
        oldOnly.sort { $0.old < $1.old }
        var result: [Unit] = []
        var pending = oldOnly[...]
        func flush(before limit: Int) {
            while let first = pending.first, first.old < limit {
                result.append(first.move.map { .moveFrom($0.0, $0.1) } ?? .removed(first.side))
                pending.removeFirst()
            }
        }
        for item in stream {
            if let o = item.old { flush(before: o) }
            result.append(item.unit)
        }
        // The last old paragraphs go before the new text's annex, if it has one (the
        // adoption block stands there), unless they are the annex's own.
        let annex = result.firstIndex { $0.isAnnex } ?? result.count
        var tail: [Unit] = []
        swap(&tail, &result)
        flush(before: Int.max)
        swap(&tail, &result)
        result.insert(contentsOf: tail.filter { !$0.isAnnex }, at: annex)
        result += tail.filter(\.isAnnex)
        return result
    }

    /// Whether a split's or merge's pieces, joined, are the texts its first entry's
    /// edits index (or it has none): the group can then be written as one.
    private static func covers(_ group: [ChangeReport.Entry], split: Bool) -> Bool {
        guard let texts = group[0].texts else { return true }
        let old = split ? [group[0].old!.text] : group.map { $0.old!.text }
        let new = split ? group.map { $0.new!.text } : [group[0].new!.text]
        return old.joined(separator: " ") == texts.old.display && new.joined(separator: " ") == texts.new.display
    }

    /// Headings stand before the first paragraph that comes after them in their text.
    private func placeHeadings(_ headings: [ChangeReport.Entry], in units: inout [Unit]) {
        for h in headings {
            let side = h.new ?? h.old!
            let at = units.firstIndex { unit in
                unit.side(new: h.new != nil).map { $0.lines.lowerBound > side.lines.lowerBound } ?? false
            }
            units.insert(.heading(h), at: at ?? units.count)
        }
    }

    private mutating func render(_ unit: Unit) -> [Redline.Paragraph] {
        switch unit {
        case .kept(let group):
            let split = group[0].changes.contains(.split)
            let merged = group[0].changes.contains(.merged)
            let old = split ? [Piece(group[0].old!)] : group.map { Piece($0.old!) }
            let new = merged ? [Piece(group[0].new!)] : group.map { Piece($0.new!) }
            return pair(group[0], old: old, new: new)
        case .added(let side): return replaced([], [Piece(side)])
        case .removed(let side): return replaced([Piece(side)], [])
        case .heading(let e): return single(e)
        case .moveFrom(let e, let id): return group(old: [Piece(e.old!)], new: [], edits: nil, mode: .moveFrom(id))
        case .moveTo(let e, let id): return pair(e, old: [Piece(e.old!)], new: [Piece(e.new!)], mode: .moveTo(id))
        }
    }

    /// An entry of one paragraph or none on each side.
    private mutating func single(_ e: ChangeReport.Entry, style: Redline.Style? = nil, markers: Bool = true)
        -> [Redline.Paragraph]
    {
        func piece(_ s: ChangeReport.Side) -> Piece { Piece(s, style: style) }
        return pair(e, old: e.old.map { [piece($0)] } ?? [], new: e.new.map { [piece($0)] } ?? [], markers: markers)
    }

    /// The header or the adoption block, line by line: compared as one text, it is one
    /// entry (its edits written line by line), or two when the report found the
    /// versions' blocks unrelated (the old removed, the new added).
    private mutating func block(_ kind: ParagraphKind, old: [Piece], new: [Piece]) -> [Redline.Paragraph] {
        let found = report.entries.filter { ($0.new ?? $0.old)?.kind == kind }
        if found.count == 1, let e = found.first { return pair(e, old: old, new: new) }
        return replaced(old, new)
    }

    /// The opening formula, a field of the header: replaced whole when it changed.
    private mutating func formula() -> [Redline.Paragraph] {
        let old = report.old.openingFormula.map { [Piece(text: $0, style: .formula)] } ?? []
        let new = report.new.openingFormula.map { [Piece(text: $0, style: .formula)] } ?? []
        let same =
            old.isEmpty == new.isEmpty && !old.isEmpty
            && Typography.comparable(old[0].text) == Typography.comparable(new[0].text)
        if same { return group(old: old, new: new, edits: nil, mode: .tracked, equal: true) }
        return replaced(old, new)
    }

    /// The old pieces deleted whole, then the new ones inserted whole (either may be
    /// none): a paragraph added or removed, or a text with nothing kept.
    private mutating func replaced(_ old: [Piece], _ new: [Piece], markers: Bool = true) -> [Redline.Paragraph] {
        group(old: old, new: [], edits: nil, mode: .tracked, markers: markers)
            + group(old: [], new: new, edits: nil, mode: .tracked, markers: markers)
    }

    /// A report entry's paragraphs, from its edits when it has any.
    private mutating func pair(
        _ e: ChangeReport.Entry, old: [Piece], new: [Piece], mode: Mode = .tracked, markers: Bool = true
    ) -> [Redline.Paragraph] {
        if old.isEmpty || new.isEmpty { return group(old: old, new: new, edits: nil, mode: mode, markers: markers) }
        if let texts = e.texts, !e.edits.isEmpty, !e.isRewritten,
            old.map(\.text).joined(separator: " ") == texts.old.display,
            new.map(\.text).joined(separator: " ") == texts.new.display
        {
            return group(old: old, new: new, edits: (e.edits, texts.old, texts.new), mode: mode, markers: markers)
        }
        // No edits: the same words (in another layout or typography); rewritten: the
        // old text struck, then the new, as every other format shows it.
        return group(old: old, new: new, edits: nil, mode: mode, equal: e.edits.isEmpty, markers: markers)
    }

    // MARK: Runs of a group

    /// The Word paragraphs of `old` pieces becoming `new` pieces through `edits` (over
    /// the pieces' joined texts). A boundary between pieces on one side only is a
    /// paragraph mark of that side alone: inserted where a paragraph was split, deleted
    /// where paragraphs were merged; on both, an ordinary mark.
    ///
    /// Without edits, the texts are `equal` (one run of both) or replaced whole.
    private mutating func group(
        old: [Piece], new: [Piece], edits given: ([ChangeReport.Edit], ComparedText, ComparedText)?, mode: Mode,
        equal: Bool = false, markers: Bool = true
    ) -> [Redline.Paragraph] {
        guard !old.isEmpty || !new.isEmpty else { return [] }
        let oldText = given?.1 ?? ComparedText(old.map(\.text).joined(separator: " "))
        let newText = given?.2 ?? ComparedText(new.map(\.text).joined(separator: " "))
        let edits: [(op: EditScript.Kind, old: Range<Int>, new: Range<Int>)]
        if let given {
            edits = given.0.map { ($0.op, $0.old, $0.new) }
        } else if equal, oldText.tokens.count == newText.tokens.count, !old.isEmpty, !new.isEmpty {
            edits = [(.equal, 0..<oldText.tokens.count, 0..<newText.tokens.count)]
        } else {
            edits = [
                (.delete, 0..<oldText.tokens.count, 0..<0), (.insert, 0..<0, 0..<newText.tokens.count),
            ].filter { !$0.1.isEmpty || !$0.2.isEmpty }
        }
        var g = GroupWriter(
            old: Side(pieces: old, text: oldText, footnotes: markers ? oldFootnote : [:]),
            new: Side(pieces: new, text: newText, footnotes: markers ? newFootnote : [:]), mode: mode,
            references: references)
        for e in edits { g.emit(e.op, old: e.old, new: e.new) }
        let paragraphs = g.finish()
        references = g.references
        return paragraphs
    }
}

extension RedlineBuilder.Mode {
    var isMoveTo: Bool { if case .moveTo = self { true } else { false } }
}

/// A footnote reference the redline writes, and what its footnote holds: the footnote
/// as both versions have it (changes tracked), or only as the new or the old one has it
/// (a reference inserted or deleted with the words around it).
struct FootnoteReference: Equatable {
    enum Shows: Equatable { case both, new, old }
    var id: Int
    /// The footnote's index among the report's footnote entries.
    var entry: Int
    var shows: Shows
}

/// One side of a group: its pieces, where each starts in their joined text, and the
/// footnote markers in it, each after the token it follows.
private struct Side {
    var pieces: [Piece]
    var text: ComparedText
    /// UTF-8 offset of each piece in the joined text.
    var starts: [Int] = []
    /// The first token of each piece after the first.
    var bounds: [Int] = []
    /// Footnote entries by printed number, for this side's markers (empty: superscript
    /// digits are text, as in a footnote's own text).
    let footnotes: [Int: Int]
    /// The footnote numbers cited right after each token (-1: before the first).
    var markers: [Int: [Int]] = [:]

    init(pieces: [Piece], text: ComparedText, footnotes: [Int: Int]) {
        self.pieces = pieces
        self.text = text
        self.footnotes = footnotes
        var offset = 0
        for p in pieces {
            starts.append(offset)
            offset += p.text.utf8.count + 1
        }
        var t = 0
        for s in starts.dropFirst() {
            while t < text.tokens.count, text.displayRanges[t].lowerBound < s { t += 1 }
            bounds.append(t)
        }
        guard !footnotes.isEmpty else { return }
        var token = -1
        for (offset, number) in Self.markerRuns(text.display) where footnotes[number] != nil {
            while token + 1 < text.tokens.count, text.displayRanges[token + 1].upperBound <= offset { token += 1 }
            markers[token, default: []].append(number)
        }
    }

    /// Runs of superscript digits and the number each says, with their UTF-8 offsets.
    static func markerRuns(_ text: String) -> [(offset: Int, number: Int)] {
        var out: [(Int, Int)] = []
        var offset = 0, start = -1, digits = ""
        for scalar in text.unicodeScalars {
            if let d = GroupWriter.superscript(scalar) {
                if start < 0 { start = offset }
                digits.unicodeScalars.append(d)
            } else if start >= 0 {
                if let n = Int(digits) { out.append((start, n)) }
                (start, digits) = (-1, "")
            }
            offset += scalar.utf8.count
        }
        if start >= 0, let n = Int(digits) { out.append((start, n)) }
        return out
    }

    /// `text` without this side's footnote markers: they are written as references.
    func strip(_ text: String) -> String {
        guard !markers.isEmpty, text.unicodeScalars.contains(where: { GroupWriter.superscript($0) != nil }) else {
            return text
        }
        var out = "", digits = "", raw = ""
        func flush() {
            if !(Int(digits).map { footnotes[$0] != nil } ?? false) { out += raw }
            (digits, raw) = ("", "")
        }
        for scalar in text.unicodeScalars {
            if let d = GroupWriter.superscript(scalar) {
                digits.unicodeScalars.append(d)
                raw.unicodeScalars.append(scalar)
            } else {
                flush()
                out.unicodeScalars.append(scalar)
            }
        }
        flush()
        return out
    }

    /// The piece token `t` belongs to.
    func piece(of t: Int) -> Int {
        var p = 0
        while p < bounds.count, bounds[p] <= t { p += 1 }
        return p
    }

    /// The display text of tokens `range`, held within its piece: what stands at a
    /// piece's edges (a footnote marker after the last word) stays with that piece.
    func span(_ range: Range<Int>) -> Range<Int> {
        var s = text.displaySpan(range)
        let first = piece(of: range.lowerBound), last = piece(of: range.upperBound - 1)
        if first > 0, bounds[first - 1] == range.lowerBound { s = max(s.lowerBound, starts[first])..<s.upperBound }
        if last < bounds.count, bounds[last] == range.upperBound {
            s = s.lowerBound..<max(s.lowerBound, starts[last + 1] - 1)
        }
        return s
    }

    /// The text a reader sees of tokens `range`, markers left out, and whether white
    /// space stands before it (a marker between a word and a space leaves the space at
    /// the start of the next run's text: it is taken as the space before it).
    func shown(_ range: Range<Int>) -> (text: String, space: Bool) {
        let s = span(range)
        let raw = text.display(s)
        var shown = strip(raw)
        var space = text.spaceBefore(s.lowerBound)
        if shown != raw {
            if shown.first?.isWhitespace == true { space = true }
            shown = shown.trimmingCharacters(in: .whitespaces)
        }
        return (shown, space)
    }
}

/// Writes a group's runs one edit at a time, closing a Word paragraph at each piece
/// boundary, spacing each side as its own text is spaced, and writing each footnote
/// marker as a reference right after the word it follows: one both versions cite
/// there as a plain reference, one only a version cites as that version's.
private struct GroupWriter {
    let old: Side
    let new: Side
    let mode: RedlineBuilder.Mode
    /// The references written so far in the whole redline (ids follow on).
    var references: [FootnoteReference]

    private var paragraphs: [Redline.Paragraph] = []
    private var runs: [Redline.Run] = []
    private var style: Redline.Style
    private var nextOld = 0, nextNew = 0
    private var oldPiece = 0, newPiece = 0
    /// Whether the accepted (new) and rejected (old) views have no text yet in their
    /// current paragraph: no space goes first.
    private var acceptAtStart = true, rejectAtStart = true
    private let oldBounds: Set<Int>, newBounds: Set<Int>

    init(old: Side, new: Side, mode: RedlineBuilder.Mode, references: [FootnoteReference]) {
        self.old = old
        self.new = new
        self.mode = mode
        self.references = references
        style = new.pieces.first?.style ?? old.pieces.first?.style ?? .preambular
        oldBounds = Set(old.bounds)
        newBounds = Set(new.bounds)
        prefix(oldStarts: !old.pieces.isEmpty, newStarts: !new.pieces.isEmpty)
        cite(old: showsOld ? old.markers[-1] ?? [] : [], new: new.markers[-1] ?? [])
    }

    /// How text of both, of the new and of the old version is marked in this mode.
    private var both: Redline.Revision {
        switch mode {
        case .tracked: .none
        case .moveFrom(let id): .movedFrom(id)
        case .moveTo(let id): .movedTo(id)
        }
    }
    private var newOnly: Redline.Revision { if case .moveFrom(let id) = mode { .movedFrom(id) } else { .inserted } }
    private var oldOnly: Redline.Revision { if case .moveFrom(let id) = mode { .movedFrom(id) } else { .deleted } }
    /// A move's destination holds the new text only: the old words are at its source.
    private var showsOld: Bool { !mode.isMoveTo }

    mutating func emit(_ op: EditScript.Kind, old o: Range<Int>, new n: Range<Int>) {
        // Cut the run where a piece of either side begins inside it, and after each
        // word a footnote marker follows.
        let length = op == .insert ? n.count : o.count
        var cuts: [Int] = []
        for d in 1..<max(length, 1) {
            let atOld =
                op != .insert && (oldBounds.contains(o.lowerBound + d) || old.markers[o.lowerBound + d - 1] != nil)
            let atNew =
                op != .delete && (newBounds.contains(n.lowerBound + d) || new.markers[n.lowerBound + d - 1] != nil)
            if atOld || atNew { cuts.append(d) }
        }
        var from = 0
        for to in cuts + [length] where to > from {
            let so = op == .insert ? o : (o.lowerBound + from)..<(o.lowerBound + to)
            let sn = op == .delete ? n : (n.lowerBound + from)..<(n.lowerBound + to)
            piece(op, old: so, new: sn)
            from = to
        }
    }

    private mutating func piece(_ op: EditScript.Kind, old o: Range<Int>, new n: Range<Int>) {
        breaks(old: op == .insert ? nil : o.lowerBound, new: op == .delete ? nil : n.lowerBound)
        switch op {
        case .equal:
            let (text, space) = new.shown(n)
            let spaceNew = !acceptAtStart && space
            let (oldText, oldSpace) = old.shown(o)
            let spaceOld = showsOld && !rejectAtStart && oldSpace
            if showsOld, oldText != text,
                (oldText + text).unicodeScalars.contains(where: { Self.superscript($0) != nil })
            {
                // Superscript digits that one version prints as text and the other as
                // a footnote's marker ("10³" before a footnote 3 was added): each
                // version's own text, so neither view loses them.
                add((spaceOld ? " " : "") + oldText, oldOnly)
                add((spaceNew ? " " : "") + text, newOnly)
            } else if spaceNew && spaceOld {
                add(" " + text, both)
            } else {
                if spaceNew { add(" ", newOnly) }
                if spaceOld { add(" ", oldOnly) }
                add(text, both)
            }
            acceptAtStart = false
            rejectAtStart = false
            cite(old: showsOld ? old.markers[o.upperBound - 1] ?? [] : [], new: new.markers[n.upperBound - 1] ?? [])
        case .insert:
            let (text, before) = new.shown(n)
            let space = !acceptAtStart && before
            add((space ? " " : "") + text, newOnly)
            acceptAtStart = false
            cite(old: [], new: new.markers[n.upperBound - 1] ?? [])
        case .delete:
            guard showsOld else { return }
            let (text, before) = old.shown(o)
            let space = !rejectAtStart && before
            add((space ? " " : "") + text, oldOnly)
            rejectAtStart = false
            cite(old: old.markers[o.upperBound - 1] ?? [], new: [])
        }
    }

    /// The references of the markers after a word: one footnote both versions cite
    /// there is one plain reference; the others are the old version's (deleted) or
    /// the new one's (inserted).
    private mutating func cite(old oldNumbers: [Int], new newNumbers: [Int]) {
        guard !oldNumbers.isEmpty || !newNumbers.isEmpty else { return }
        var unmatched = oldNumbers.compactMap { old.footnotes[$0] }
        var written: [(Int, Redline.Revision, FootnoteReference.Shows)] = []
        for number in newNumbers {
            guard let entry = new.footnotes[number] else { continue }
            if let k = unmatched.firstIndex(of: entry) {
                unmatched.remove(at: k)
                written.append((entry, both, mode.isMoveTo ? .new : .both))
            } else {
                written.append((entry, mode.isMoveTo ? both : newOnly, .new))
            }
        }
        for entry in unmatched { written.insert((entry, oldOnly, .old), at: 0) }
        for (entry, revision, shows) in written {
            let id = (references.last?.id ?? 0) + 1
            references.append(FootnoteReference(id: id, entry: entry, shows: shows))
            runs.append(Redline.Run(content: .footnoteReference(id), revision: revision))
        }
    }

    /// Closes paragraphs at the piece boundaries due before a run that starts at old
    /// token `o` and new token `n` (nil: the run has no tokens on that side).
    private mutating func breaks(old o: Int?, new n: Int?) {
        while true {
            let oldDue = showsOld && nextOld < old.bounds.count && o.map { $0 >= old.bounds[nextOld] } == true
            let newDue = nextNew < new.bounds.count && n.map { $0 >= new.bounds[nextNew] } == true
            guard oldDue || newDue else { return }
            close(mark: oldDue && newDue ? both : oldDue ? oldOnly : newOnly)
            if oldDue { nextOld += 1; oldPiece += 1; rejectAtStart = true }
            if newDue { nextNew += 1; newPiece += 1; acceptAtStart = true }
            style = (new.pieces.isEmpty ? old.pieces[oldPiece] : new.pieces[min(newPiece, new.pieces.count - 1)]).style
            prefix(oldStarts: oldDue, newStarts: newDue)
        }
    }

    /// The printed numbers of the pieces that start here: one run when both versions
    /// print the same, else the old deleted and the new inserted (renumbering is a
    /// change of the number alone).
    private mutating func prefix(oldStarts: Bool, newStarts: Bool) {
        let om = oldStarts && showsOld && oldPiece < old.pieces.count ? old.pieces[oldPiece].marker : nil
        let nm = newStarts && newPiece < new.pieces.count ? new.pieces[newPiece].marker : nil
        switch (om, nm) {
        case (let a?, let b?) where a == b: add(a + "\t", both)
        case (let a?, let b?):
            add(a, oldOnly)
            add(b, newOnly)
            add("\t", both)
        case (let a?, nil): add(a + "\t", oldOnly)
        case (nil, let b?): add(b + "\t", newOnly)
        case (nil, nil): break
        }
    }

    private mutating func close(mark: Redline.Revision) {
        paragraphs.append(Redline.Paragraph(style: style, runs: runs, mark: mark))
        runs = []
    }

    /// The group's paragraphs; the last one's mark says whether the group is in both
    /// versions, one, or a move.
    mutating func finish() -> [Redline.Paragraph] {
        // Pieces without a word (empty lines) still end their paragraphs.
        breaks(old: showsOld ? Int.max : nil, new: Int.max)
        // Text of a side that has no token at all (a line of punctuation only).
        if old.text.tokens.isEmpty, showsOld, !old.text.display.isEmpty { add(old.strip(old.text.display), oldOnly) }
        if new.text.tokens.isEmpty, !new.text.display.isEmpty { add(new.strip(new.text.display), newOnly) }
        close(mark: mode.isMoveTo ? both : old.pieces.isEmpty ? newOnly : new.pieces.isEmpty ? oldOnly : both)
        return paragraphs
    }

    private mutating func add(_ text: String, _ revision: Redline.Revision) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.revision == revision, case .text(let before) = last.content {
            runs[runs.count - 1].content = .text(before + text)
        } else {
            runs.append(Redline.Run(content: .text(text), revision: revision))
        }
    }

    /// The digit a superscript digit stands for.
    static func superscript(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        Typography.superscriptDigits[s].map { Unicode.Scalar(UInt8(48 + $0)) }
    }
}
