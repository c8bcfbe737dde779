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
    /// Footnote ids by printed number, on each side.
    private var oldFootnote: [Int: Int] = [:]
    private var newFootnote: [Int: Int] = [:]
    private var referenced = Set<Int>()

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
            if let n = e.old?.number.flatMap({ Int($0) }), oldFootnote[n] == nil { oldFootnote[n] = k + 1 }
            if let n = e.new?.number.flatMap({ Int($0) }), newFootnote[n] == nil { newFootnote[n] = k + 1 }
        }
        var body: [Redline.Paragraph] = []
        // The heading block: the header's lines, the title among them.
        if let header = entries.first(where: { ($0.new ?? $0.old)?.kind == .header }) {
            let lines = { (d: Document) in
                d.header.map { line in
                    Piece(text: line, style: d.metadata.title.map { line.hasSuffix($0) } == true ? .title : .header)
                }
            }
            body += pair(header, old: lines(report.old), new: lines(report.new))
        }
        for e in entries where (e.new ?? e.old)?.kind == .note { body += single(e) }
        body += formula()
        // The paragraphs, the headings among them; the adoption block before an annex.
        var units = sequence(entries.filter { ($0.new ?? $0.old)?.kind.isParagraph == true })
        placeHeadings(entries.filter { ($0.new ?? $0.old)?.kind == .heading }, in: &units)
        let adoption = entries.first { ($0.new ?? $0.old)?.kind == .adoption }
        let annexStart = units.firstIndex { $0.isAnnex } ?? units.count
        for (k, unit) in units.enumerated() {
            if k == annexStart, let adoption { body += adoptionBlock(adoption) }
            body += render(unit)
        }
        if annexStart == units.count, let adoption { body += adoptionBlock(adoption) }
        // Footnotes: real footnotes where the text cites them; a footnote no paragraph
        // cites (its marker lost in a PDF's extraction) stands at the end of the text,
        // so that none of its words is lost.
        var footnotes: [Redline.Footnote] = []
        for (k, e) in footnoteEntries.enumerated() {
            var paragraph = single(e, style: .footnote)
            // All of a footnote the new text added is inserted, all of one it dropped deleted.
            let whole: Redline.Revision = e.old == nil ? .inserted : e.new == nil ? .deleted : .none
            if referenced.contains(k + 1) {
                for p in paragraph.indices { paragraph[p].mark = .none }
                paragraph[0].runs.insert(Redline.Run(content: .footnoteMark, revision: .none), at: 0)
                paragraph[0].runs.insert(Redline.Run(content: .text(" "), revision: whole), at: 1)
                footnotes.append(Redline.Footnote(id: k + 1, paragraph: Self.joined(paragraph)))
            } else {
                let number = (e.new ?? e.old)?.number ?? ""
                if !paragraph.isEmpty {
                    paragraph[0].runs.insert(Redline.Run(content: .text("[\(number)] "), revision: whole), at: 0)
                }
                body += paragraph
            }
        }
        return Redline(body: body, footnotes: footnotes)
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
            if group.count == 1 {
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
        flush(before: Int.max)
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
        case .added(let side): return group(old: [], new: [Piece(side)], edits: nil, mode: .tracked)
        case .removed(let side): return group(old: [Piece(side)], new: [], edits: nil, mode: .tracked)
        case .heading(let e): return single(e)
        case .moveFrom(let e, let id):
            guard moveMarkup else { return group(old: [Piece(e.old!)], new: [], edits: nil, mode: .tracked) }
            return group(old: [Piece(e.old!)], new: [], edits: nil, mode: .moveFrom(id))
        case .moveTo(let e, let id):
            guard moveMarkup else { return group(old: [], new: [Piece(e.new!)], edits: nil, mode: .tracked) }
            return pair(e, old: [Piece(e.old!)], new: [Piece(e.new!)], mode: .moveTo(id))
        }
    }

    /// An entry of one paragraph or none on each side.
    private mutating func single(_ e: ChangeReport.Entry, style: Redline.Style? = nil) -> [Redline.Paragraph] {
        func piece(_ s: ChangeReport.Side) -> Piece {
            var p = Piece(s)
            if let style { p.style = style }
            return p
        }
        return pair(e, old: e.old.map { [piece($0)] } ?? [], new: e.new.map { [piece($0)] } ?? [])
    }

    private mutating func adoptionBlock(_ e: ChangeReport.Entry) -> [Redline.Paragraph] {
        let lines = { (d: Document) in d.adoption.map { Piece(text: $0, style: .adoption) } }
        return pair(e, old: lines(report.old), new: lines(report.new))
    }

    /// The opening formula, a field of the header: replaced whole when it changed.
    private mutating func formula() -> [Redline.Paragraph] {
        let old = report.old.openingFormula.map { [Piece(text: $0, style: .formula)] } ?? []
        let new = report.new.openingFormula.map { [Piece(text: $0, style: .formula)] } ?? []
        let same =
            old.isEmpty == new.isEmpty && !old.isEmpty
            && Typography.comparable(old[0].text) == Typography.comparable(new[0].text)
        if same { return group(old: old, new: new, edits: nil, mode: .tracked, equal: true) }
        return group(old: old, new: [], edits: nil, mode: .tracked)
            + group(old: [], new: new, edits: nil, mode: .tracked)
    }

    /// A report entry's paragraphs, from its edits when it has any.
    private mutating func pair(_ e: ChangeReport.Entry, old: [Piece], new: [Piece], mode: Mode = .tracked)
        -> [Redline.Paragraph]
    {
        if old.isEmpty || new.isEmpty { return group(old: old, new: new, edits: nil, mode: mode) }
        if let texts = e.texts, !e.edits.isEmpty, !e.isRewritten,
            old.map(\.text).joined(separator: " ") == texts.old.display,
            new.map(\.text).joined(separator: " ") == texts.new.display
        {
            return group(old: old, new: new, edits: (e.edits, texts.old, texts.new), mode: mode)
        }
        // No edits: the same words (in another layout or typography); rewritten: the
        // old text struck, then the new, as every other format shows it.
        return group(old: old, new: new, edits: nil, mode: mode, equal: e.edits.isEmpty)
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
        equal: Bool = false
    ) -> [Redline.Paragraph] {
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
            old: Side(pieces: old, text: oldText), new: Side(pieces: new, text: newText),
            mode: mode, moveMarkup: moveMarkup, oldFootnote: oldFootnote, newFootnote: newFootnote,
            referenced: referenced)
        for e in edits { g.emit(e.op, old: e.old, new: e.new) }
        let paragraphs = g.finish()
        referenced = g.referenced
        return paragraphs
    }
}

extension RedlineBuilder.Mode {
    var isMoveTo: Bool { if case .moveTo = self { true } else { false } }
}

/// One side of a group: its pieces and where each starts in their joined text.
private struct Side {
    var pieces: [Piece]
    var text: ComparedText
    /// UTF-8 offset of each piece in the joined text.
    var starts: [Int] = []
    /// The first token of each piece after the first.
    var bounds: [Int] = []

    init(pieces: [Piece], text: ComparedText) {
        self.pieces = pieces
        self.text = text
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
}

/// Writes a group's runs one edit at a time, closing a Word paragraph at each piece
/// boundary, and spacing each side as its own text is spaced.
private struct GroupWriter {
    let old: Side
    let new: Side
    let mode: RedlineBuilder.Mode
    let moveMarkup: Bool
    let oldFootnote: [Int: Int]
    let newFootnote: [Int: Int]
    var referenced: Set<Int>

    private var paragraphs: [Redline.Paragraph] = []
    private var runs: [Redline.Run] = []
    private var style: Redline.Style
    private var nextOld = 0, nextNew = 0
    private var oldPiece = 0, newPiece = 0
    /// Whether the accepted (new) and rejected (old) views have no text yet in their
    /// current paragraph: no space goes first.
    private var acceptAtStart = true, rejectAtStart = true
    private let oldBounds: Set<Int>, newBounds: Set<Int>

    init(
        old: Side, new: Side, mode: RedlineBuilder.Mode, moveMarkup: Bool, oldFootnote: [Int: Int],
        newFootnote: [Int: Int], referenced: Set<Int>
    ) {
        self.old = old
        self.new = new
        self.mode = mode
        self.moveMarkup = moveMarkup
        self.oldFootnote = oldFootnote
        self.newFootnote = newFootnote
        self.referenced = referenced
        style = new.pieces.first?.style ?? old.pieces.first?.style ?? .preambular
        oldBounds = Set(old.bounds)
        newBounds = Set(new.bounds)
        prefix(oldStarts: !old.pieces.isEmpty, newStarts: !new.pieces.isEmpty)
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
        // Cut the run where a piece of either side begins inside it.
        let length = op == .insert ? n.count : o.count
        var cuts: [Int] = []
        for d in 1..<max(length, 1) {
            let atOld = op != .insert && oldBounds.contains(o.lowerBound + d)
            let atNew = op != .delete && newBounds.contains(n.lowerBound + d)
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
            let span = new.span(n)
            let text = new.text.display(span)
            let spaceNew = !acceptAtStart && new.text.spaceBefore(span.lowerBound)
            let spaceOld = showsOld && !rejectAtStart && old.text.spaceBefore(old.span(o).lowerBound)
            if spaceNew && spaceOld {
                add(" " + text, both, footnotes: newFootnote)
            } else {
                if spaceNew { add(" ", newOnly, footnotes: [:]) }
                if spaceOld { add(" ", oldOnly, footnotes: [:]) }
                add(text, both, footnotes: newFootnote)
            }
            acceptAtStart = false
            rejectAtStart = false
        case .insert:
            let span = new.span(n)
            let space = !acceptAtStart && new.text.spaceBefore(span.lowerBound)
            add((space ? " " : "") + new.text.display(span), newOnly, footnotes: newFootnote)
            acceptAtStart = false
        case .delete:
            guard showsOld else { return }
            let span = old.span(o)
            let space = !rejectAtStart && old.text.spaceBefore(span.lowerBound)
            add((space ? " " : "") + old.text.display(span), oldOnly, footnotes: oldFootnote)
            rejectAtStart = false
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
        case (let a?, let b?) where a == b: add(a + "\t", both, footnotes: [:])
        case (let a?, let b?):
            add(a, oldOnly, footnotes: [:])
            add(b, newOnly, footnotes: [:])
            add("\t", both, footnotes: [:])
        case (let a?, nil): add(a + "\t", oldOnly, footnotes: [:])
        case (nil, let b?): add(b + "\t", newOnly, footnotes: [:])
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
        if old.text.tokens.isEmpty, showsOld, !old.text.display.isEmpty {
            add(old.text.display, oldOnly, footnotes: oldFootnote)
        }
        if new.text.tokens.isEmpty, !new.text.display.isEmpty { add(new.text.display, newOnly, footnotes: newFootnote) }
        close(mark: mode.isMoveTo ? both : old.pieces.isEmpty ? newOnly : new.pieces.isEmpty ? oldOnly : both)
        return paragraphs
    }

    /// Adds text as runs, its footnote markers (superscript numbers the side's
    /// footnotes define) as references to those footnotes.
    private mutating func add(_ text: String, _ revision: Redline.Revision, footnotes: [Int: Int]) {
        guard !text.isEmpty else { return }
        guard !footnotes.isEmpty, text.unicodeScalars.contains(where: { Self.superscript($0) != nil }) else {
            append(.text(text), revision)
            return
        }
        var plain = "", digits = ""
        func flushDigits() {
            guard !digits.isEmpty else { return }
            if let n = Int(digits), let id = footnotes[n], !referenced.contains(id) {
                if !plain.isEmpty { append(.text(plain), revision); plain = "" }
                append(.footnoteReference(id), revision)
                referenced.insert(id)
            } else {
                plain += digits.unicodeScalars.map { String(Character(Self.superscriptOf($0))) }.joined()
            }
            digits = ""
        }
        for scalar in text.unicodeScalars {
            if let d = Self.superscript(scalar) {
                digits.unicodeScalars.append(d)
            } else {
                flushDigits()
                plain.unicodeScalars.append(scalar)
            }
        }
        flushDigits()
        if !plain.isEmpty { append(.text(plain), revision) }
    }

    private mutating func append(_ content: Redline.Content, _ revision: Redline.Revision) {
        if case .text(let t) = content, let last = runs.last, last.revision == revision,
            case .text(let before) = last.content
        {
            runs[runs.count - 1].content = .text(before + t)
        } else {
            runs.append(Redline.Run(content: content, revision: revision))
        }
    }

    private static let superscripts: [Unicode.Scalar] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The digit a superscript digit stands for.
    static func superscript(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        superscripts.firstIndex(of: s).map { Unicode.Scalar(UInt8(48 + $0)) }
    }

    static func superscriptOf(_ digit: Unicode.Scalar) -> Unicode.Scalar {
        superscripts[Int(digit.value) - 48]
    }
}
