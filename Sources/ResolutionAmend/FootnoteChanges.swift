import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// What a comparison says of footnotes, as the amendment writer needs it: which new
/// footnote is which old one, which are added or removed, and who cites them.
///
/// Texts the writer quotes (a paragraph replaced or inserted whole) carry the base's
/// footnote numbers, since every instruction speaks in the base's numbering; an added
/// footnote's marker is left out of them and placed by its own instruction ("after the
/// words ... insert a footnote reading ..."), which the applier numbers in order.
struct FootnoteChanges {
    /// New number → base number, for footnotes both texts have.
    private var baseNumber: [Int: Int] = [:]
    /// Base number → new number.
    private var newNumber: [Int: Int] = [:]
    /// Footnotes only the new text has: number → text.
    private var added: [Int: String] = [:]
    /// Base numbers of footnotes only the old text has.
    private var removed = Set<Int>()
    private var oldCites: [ParagraphLabel: [Int]] = [:]
    private var newCites: [ParagraphLabel: [Int]] = [:]
    /// New paragraphs that stand for a paragraph of the base (its footnotes can be
    /// placed by reference to it), and the report entries that place them: not the
    /// annex (no instructions reach it), and of a split or merge only the piece that
    /// takes the old paragraph's place (the text that holds the anchor).
    private var paired = Set<ParagraphLabel>()
    private(set) var placing = Set<Int>()

    init(_ report: ChangeReport) {
        var splitSeen = Set<ParagraphLabel>(), mergeSeen = Set<ParagraphLabel>()
        for (k, e) in report.entries.enumerated() {
            if let old = e.old, let new = e.new, new.kind.isParagraph, AmendmentWriter.writes(new.kind) {
                let first =
                    e.changes.contains(.split)
                    ? splitSeen.insert(old.label).inserted
                    : e.changes.contains(.merged) ? mergeSeen.insert(new.label).inserted : true
                if first {
                    paired.insert(new.label)
                    placing.insert(k)
                }
            }
            switch (e.old, e.new) {
            case (let old?, let new?) where old.kind == .footnote:
                if let a = Int(old.label.printedNumber), let b = Int(new.label.printedNumber) {
                    baseNumber[b] = a
                    newNumber[a] = b
                }
            case (nil, let new?) where new.kind == .footnote:
                if let b = Int(new.label.printedNumber) { added[b] = new.text }
            case (let old?, nil) where old.kind == .footnote:
                if let a = Int(old.label.printedNumber) { removed.insert(a) }
            default:
                break
            }
        }
        for p in report.old.allParagraphs { oldCites[p.label] = p.footnotes }
        for p in report.new.allParagraphs { newCites[p.label] = p.footnotes }
    }

    /// A new paragraph's text as an instruction quotes it: markers in the base's
    /// numbering, added footnotes' markers left for their own instructions.
    func baseText(_ text: String) -> String {
        var map: [Int: Int] = baseNumber
        for n in added.keys { map[n] = -1 }
        return FootnoteEdits.rewriteMarkers(text, map)
    }

    /// "In REF, after the words ... insert a footnote reading ..." for each footnote
    /// added in `new`, the paragraph that stands for `old`.
    func insertions(citedBy new: ChangeReport.Side, in old: ChangeReport.Side) -> [AmendmentInstruction] {
        var done = Set<Int>()
        return (newCites[new.label] ?? []).compactMap { n in
            guard let text = added[n], done.insert(n).inserted, let anchor = anchor(of: n, in: new.text) else {
                return nil
            }
            return .insertFootnote(ParagraphReference(old.label), anchor: anchor, text: text)
        }
    }

    /// Whether an added footnote is written as an instruction: it is cited by a paragraph
    /// that stands for one of the base and its marker has an anchor there.
    func isWritten(_ footnote: ChangeReport.Side, in report: ChangeReport) -> Bool {
        guard let n = Int(footnote.label.printedNumber) else { return false }
        return report.new.allParagraphs.contains { p in
            p.footnotes.contains(n) && paired.contains(p.label) && anchor(of: n, in: p.text) != nil
        }
    }

    /// Whether the footnotes `e`'s new paragraph cites are those its old one cited, once
    /// removed footnotes are gone and added ones placed: a citation of an existing
    /// footnote moved between paragraphs is not.
    func explainsCitations(_ e: ChangeReport.Entry) -> Bool {
        guard let old = e.old, let new = e.new else { return true }
        let kept = (oldCites[old.label] ?? []).compactMap { n in removed.contains(n) ? nil : newNumber[n] ?? n }
        let cited = (newCites[new.label] ?? []).filter { added[$0] == nil }
        return kept == cited
    }

    /// The fewest words before footnote `n`'s marker in `text` that stand there once.
    private func anchor(of n: Int, in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var k = 0
        var at: Int?
        while k < scalars.count {
            guard Typography.isSuperscriptDigit(scalars[k]) else { k += 1; continue }
            let start = k
            while k < scalars.count, Typography.isSuperscriptDigit(scalars[k]) { k += 1 }
            if FootnoteEdits.markers(in: String(String.UnicodeScalarView(scalars[start..<k]))) == [n] {
                at = start
                break
            }
        }
        guard var end = at else { return nil }
        // Markers just before it, and the comma that parts them ("funds;³,⁴"): the
        // new one goes after those, so the anchor is the words before them all.
        while end > 0, Typography.isSuperscriptDigit(scalars[end - 1])
            || scalars[end - 1] == "," && end > 1 && Typography.isSuperscriptDigit(scalars[end - 2])
        {
            end -= 1
        }
        let before = String(String.UnicodeScalarView(scalars[..<end]))
        let words = before.split(separator: " ").map { word in
            String(String.UnicodeScalarView(word.unicodeScalars.filter { !Typography.isSuperscriptDigit($0) }))
        }.filter { !$0.isEmpty }
        let locator = TextLocator(text)
        for m in 1...max(1, min(words.count, Self.longestAnchor)) where m <= words.count {
            let phrase = words.suffix(m).joined(separator: " ")
            if locator.occurrences(of: phrase).count == 1 { return phrase }
        }
        return nil
    }

    /// An anchor longer than this many words quotes half the paragraph: the marker is
    /// not written then.
    static let longestAnchor = 40
}
