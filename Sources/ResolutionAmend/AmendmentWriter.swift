import DiffEngine
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel
import ResolutionReader

/// An instruction and the index, in `ChangeReport.entries`, of the entry it comes from.
public struct PlacedInstruction: Sendable, Equatable {
    public var entry: Int
    public var instruction: AmendmentInstruction
}

/// Writes the amendments that turn one version into the next, from their comparison:
/// what a delegate writes by hand from two drafts, in the order of the text and in the
/// numbering of the text being amended.
///
/// Word changes become "insert / delete / replace the words" instructions anchored on
/// as few words as make them unambiguous in the paragraph. A paragraph rewritten beyond
/// recognition, or whose word instructions would not reproduce it exactly, is replaced
/// whole ("Replace operative paragraph 26 with the following: ...").
public enum AmendmentWriter {
    /// Below this share of kept text, a paragraph reads better replaced whole (as the
    /// report shows it replaced).
    public static let replaceBelowSimilarity = ChangeReport.rewrittenBelow
    /// More word changes than this in one paragraph: replaced whole, as delegates do.
    public static let maximumWordInstructions = 6
    /// Words an anchor may grow to (tokens on each side) before the paragraph is
    /// replaced whole instead: each try is a search of the paragraph, so the bound keeps
    /// the writer linear in a paragraph's length.
    public static let maximumAnchorWords = 12

    /// The instructions that turn the report's old text into its new one, in the order of
    /// the old text; `substantive` leaves yearly updates out.
    public static func instructions(_ report: ChangeReport, substantive: Bool = false) -> [AmendmentInstruction] {
        placedInstructions(report, substantive: substantive).map(\.instruction)
    }

    /// The instructions with the report entry each one comes from, so that a report can
    /// show an instruction beside its paragraph without matching it back by text.
    public static func placedInstructions(_ report: ChangeReport, substantive: Bool = false) -> [PlacedInstruction] {
        var placed: [PlacedInstruction] = []
        let entries = report.entries
        let notes = FootnoteChanges(report)
        var replacedBySplit = Set<ParagraphLabel>()
        for (k, e) in entries.enumerated() {
            func place(_ i: AmendmentInstruction) { placed.append(PlacedInstruction(entry: k, instruction: i)) }
            guard !e.isUnchanged else { continue }
            // Annex paragraphs, headings and notes have no amendment phrasing here yet:
            // the amendment set lists them as changes left to write by hand.
            guard let kind = (e.new ?? e.old)?.kind, writes(kind) else { continue }
            if e.changes == [.renumbered] { continue }
            if substantive && e.isTechnicalOnly { continue }
            if kind == .footnote {
                // A removed footnote is deleted with its markers; an added one is
                // inserted with the paragraph that cites it; an edited one, word by word.
                switch (e.old, e.new) {
                case (let old?, nil): place(.deleteParagraph(reference(old)))
                case (let old?, let new?) where e.changes.contains(.reworded):
                    for i in rewording(e, old, new, replacement: new.text) { place(i) }
                default: break
                }
                continue
            }
            switch (e.old, e.new) {
            case (let old?, nil):
                place(.deleteParagraph(reference(old)))
            case (nil, let new?):
                place(insertion(of: new, text: notes.baseText(new.text), at: k, in: entries))
            case (let old?, let new?):
                let text = notes.baseText(new.text)
                defer { if notes.placing.contains(k) { for i in notes.insertions(citedBy: new, in: old) { place(i) } } }
                if e.changes.contains(.split) {
                    if replacedBySplit.insert(old.label).inserted {
                        place(.replaceParagraph(reference(old), text: text))
                    } else {
                        // After the old paragraph, which the first piece replaced: pieces
                        // inserted after it in turn stand in order.
                        place(.insertParagraph(reference(old), before: false, text: text))
                    }
                    continue
                }
                if e.changes.contains(.merged) {
                    let first = entries.firstIndex { $0.new?.label == new.label && $0.changes.contains(.merged) } == k
                    place(first ? .replaceParagraph(reference(old), text: text) : .deleteParagraph(reference(old)))
                    continue
                }
                if e.changes.contains(.moved),
                    let anchor = anchor(for: k, in: entries, kind: new.kind, level: new.level)
                {
                    place(.moveParagraph(reference(old), to: anchor.reference, before: anchor.before))
                }
                if e.changes.contains(.reworded) { for i in rewording(e, old, new, replacement: text) { place(i) } }
            default:
                continue
            }
        }
        return mergingInsertions(placed)
    }

    /// Paragraphs inserted one after another at the same place become one instruction
    /// ("insert the following new paragraphs"): two instructions "After PP13, insert ..."
    /// would be applied by a person in the wrong order, each going straight after PP13.
    static func mergingInsertions(_ placed: [PlacedInstruction]) -> [PlacedInstruction] {
        var out: [PlacedInstruction] = []
        for p in placed {
            if case .insertParagraph(let ref, let before, let text) = p.instruction, let last = out.last,
                case .insertParagraph(let lastRef, let lastBefore, let lastText) = last.instruction,
                lastRef == ref, lastBefore == before
            {
                out[out.count - 1].instruction = .insertParagraph(ref, before: before, text: lastText + "\n" + text)
                continue
            }
            out.append(p)
        }
        return out
    }

    /// The changes of `report` that instructions do not express, to be made by hand:
    /// annex paragraphs, headings, notes, the header and the adoption block; footnotes
    /// added to a new paragraph; a footnote's citation moved between paragraphs.
    public static func unexpressed(_ report: ChangeReport, placed: [PlacedInstruction]) -> [ChangeReport.Entry] {
        let notes = FootnoteChanges(report)
        let replaced = Set(placed.compactMap { p -> Int? in
            if case .replaceParagraph = p.instruction { return p.entry }
            return nil
        })
        return report.entries.enumerated().filter { k, e in
            guard !e.isUnchanged, let side = e.new ?? e.old else { return false }
            if !writes(side.kind) { return true }
            if side.kind == .footnote, e.old == nil, let new = e.new { return !notes.isWritten(new, in: report) }
            return e.changes.contains(.citations) && !replaced.contains(k) && !notes.explainsCitations(e)
        }.map(\.element)
    }

    /// Whether instructions are written for paragraphs of this kind: the preamble, the
    /// operative part (and a report's paragraphs), and footnotes.
    public static func writes(_ kind: ParagraphKind) -> Bool {
        kind.isParagraph && kind != .annex || kind == .footnote
    }

    /// The reference of a paragraph of the base, from its label: `PP3(a)`, `OP13(a)(i)`.
    package static func reference(_ side: ChangeReport.Side) -> ParagraphReference {
        ParagraphReference(side.label)
    }

    /// Where an added paragraph goes: after the nearest paragraph before it that stays
    /// in place (same part and level), or before the nearest one after it.
    private static func insertion(
        of new: ChangeReport.Side, text: String, at k: Int, in entries: [ChangeReport.Entry]
    ) -> AmendmentInstruction {
        if let a = anchor(for: k, in: entries, kind: new.kind, level: new.level) {
            return .insertParagraph(a.reference, before: a.before, text: text)
        }
        // No paragraph of its kind in the base: after the last paragraph there is.
        let last =
            entries[..<k].last { $0.old != nil && $0.new != nil && $0.old!.kind.isParagraph }?.old
            ?? entries.compactMap(\.old).last { $0.kind.isParagraph }
        return .insertParagraph(
            last.map(reference) ?? ParagraphReference(part: .preambular, number: "1"), before: false, text: text)
    }

    private static func anchor(for k: Int, in entries: [ChangeReport.Entry], kind: ParagraphKind, level: Int)
        -> (reference: ParagraphReference, before: Bool)?
    {
        func stays(_ e: ChangeReport.Entry) -> Bool {
            guard let old = e.old, e.new != nil, old.kind == kind, old.level == level else { return false }
            return !e.changes.contains(.moved) && !e.changes.contains(.merged) && !e.changes.contains(.split)
        }
        if let before = entries[..<k].last(where: stays), let old = before.old { return (reference(old), false) }
        if let after = entries[(k + 1)...].first(where: stays), let old = after.old { return (reference(old), true) }
        return nil
    }

    /// Word instructions for a reworded pair, from the report's own edits, or one
    /// replacement of the whole paragraph.
    static func rewording(
        _ entry: ChangeReport.Entry, _ old: ChangeReport.Side, _ new: ChangeReport.Side, replacement: String
    ) -> [AmendmentInstruction] {
        let ref = reference(old)
        let whole: [AmendmentInstruction] = [.replaceParagraph(ref, text: replacement)]
        guard entry.similarity >= replaceBelowSimilarity, let texts = entry.texts else { return whole }
        var instructions: [AmendmentInstruction] = []
        let runs = entry.edits
        // Counted before any anchor is sought: more changes than this are replaced whole
        // anyway, and seeking anchors for thousands of them was the slow part.
        let blocks = runs.indices.filter { k in runs[k].op != .equal && !(k > 0 && runs[k].op == .insert && runs[k - 1].op == .delete) }
        guard blocks.count <= maximumWordInstructions else { return whole }
        var k = 0
        while k < runs.count {
            guard runs[k].op != .equal else { k += 1; continue }
            var deleted = runs[k].old, inserted = runs[k].new
            if k + 1 < runs.count, runs[k + 1].op == .insert, runs[k].op == .delete {
                inserted = runs[k + 1].new
                k += 1
            }
            if runs[k].op == .insert && deleted.isEmpty { deleted = runs[k].old }
            guard let instruction = wordInstruction(ref, old.text, texts, deleted: deleted, inserted: inserted) else {
                return whole
            }
            instructions.append(instruction)
            k += 1
        }
        guard instructions.count <= maximumWordInstructions else { return whole }
        // Proof: the instructions, applied in order, give the new text.
        var text = old.text
        do {
            for instruction in instructions { text = try WordEdit.apply(instruction, to: text, paragraph: ref.words) }
        } catch {
            return whole
        }
        return Typography.comparable(text) == new.comparableText ? instructions : whole
    }

    /// One change block as an instruction, its quoted words grown with the words around
    /// them until they stand once in the paragraph.
    private static func wordInstruction(
        _ ref: ParagraphReference, _ display: String, _ texts: ChangeReport.Texts, deleted: Range<Int>,
        inserted: Range<Int>
    ) -> AmendmentInstruction? {
        let locator = TextLocator(display)
        let oldTokens = texts.old.tokens, newTokens = texts.new.tokens
        func oldText(_ r: Range<Int>) -> String { texts.old.comparable(r) }
        func newText(_ r: Range<Int>) -> String { texts.new.comparable(r) }
        func isUnique(_ words: String) -> Bool { !words.isEmpty && locator.occurrences(of: words).count == 1 }
        func hasWord(_ r: Range<Int>) -> Bool { oldTokens[r].contains { $0.kind != .punctuation } }
        let s = deleted.lowerBound, e = deleted.upperBound
        let t = inserted.lowerBound
        // Pure insertion: after a unique run of preceding words, or before following ones.
        // Anchors longer than `maximumAnchorWords` quote half a paragraph: replaced whole.
        if deleted.isEmpty {
            for k in 1...max(1, min(s, maximumAnchorWords)) where s - k >= 0 {
                let anchor = s - k..<s
                if hasWord(anchor), isUnique(oldText(anchor)) {
                    return .insertWords(ref, anchor: oldText(anchor), before: false, words: newText(inserted))
                }
            }
            for m in 1...max(1, min(oldTokens.count - s, maximumAnchorWords)) where s + m <= oldTokens.count {
                let anchor = s..<(s + m)
                if hasWord(anchor), isUnique(oldText(anchor)) {
                    return .insertWords(ref, anchor: oldText(anchor), before: true, words: newText(inserted))
                }
            }
            return nil
        }
        // Deletion or replacement: grow the quoted words leftwards, then rightwards.
        for right in 0...min(oldTokens.count - e, maximumAnchorWords) {
            for left in 0...min(s, maximumAnchorWords) {
                let oldRange = (s - left)..<(e + right)
                guard hasWord(oldRange), isUnique(oldText(oldRange)) else { continue }
                if inserted.isEmpty && left == 0 && right == 0 {
                    return .deleteWords(ref, words: oldText(oldRange), after: nil)
                }
                let newRange = (t - left)..<(inserted.upperBound + right)
                guard newRange.lowerBound >= 0, newRange.upperBound <= newTokens.count else { return nil }
                return .replaceWords(ref, old: oldText(oldRange), new: newText(newRange))
            }
        }
        return nil
    }
}
