import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// Compares two documents: aligns their paragraphs, diffs the words of each pair,
/// classifies every change, and returns the change report. The one entry point the
/// command line and the other tools call.
public enum Comparison {
    /// The change report of `old` → `new`. Near-linear in the number of paragraphs plus
    /// O((N+M)·D) per reworded pair's words.
    public static func compare(_ old: Document, _ new: Document, options: WordDiff.Options = WordDiff.Options())
        -> ChangeReport
    {
        var entries: [ChangeReport.Entry] = []
        for (oldPart, newPart) in zip(old.comparedParts, new.comparedParts) {
            let alignment = ParagraphAligner(old: oldPart, new: newPart).align()
            var builder = EntryBuilder(old: oldPart, new: newPart, alignment: alignment, options: options)
            entries += builder.entries()
        }
        markCitationChanges(&entries, old, new)
        return ChangeReport(old: old, new: new, metadata: metadataChanges(old, new), entries: entries)
    }

    /// The fields a reader compares between two versions; the file name and encoding
    /// are not content. A field only one version prints (32/6 omits its agenda item's
    /// title) is a matter of layout, not a change.
    /// Paragraph pairs whose cited footnotes differ, footnotes read through their own
    /// pairing (old footnote 4 is new footnote 5 when the texts say so): a citation moved
    /// from one paragraph to another changes both, though no word did.
    static func markCitationChanges(_ entries: inout [ChangeReport.Entry], _ old: Document, _ new: Document) {
        var newNumberOf: [Int: Int] = [:]
        for e in entries where e.old?.kind == .footnote && e.new?.kind == .footnote {
            if let a = e.old?.number.flatMap({ Int($0) }), let b = e.new?.number.flatMap({ Int($0) }) {
                newNumberOf[a] = b
            }
        }
        var oldCites: [ParagraphLabel: [Int]] = [:], newCites: [ParagraphLabel: [Int]] = [:]
        for p in old.allParagraphs { oldCites[p.label] = p.footnotes }
        for p in new.allParagraphs { newCites[p.label] = p.footnotes }
        // A footnote the old text defines but the new one lost maps to nothing (-n); a
        // marker with no definition on either side keeps its number.
        let defined = Set(old.footnotes.map(\.number))
        for k in entries.indices {
            guard let a = entries[k].old, let b = entries[k].new, a.kind.isParagraph,
                entries[k].changes.allSatisfy({ $0 != .split && $0 != .merged })
            else { continue }
            let mapped = (oldCites[a.label] ?? []).map { newNumberOf[$0] ?? (defined.contains($0) ? -$0 : $0) }
            if mapped != (newCites[b.label] ?? []) {
                entries[k].changes = Array(Set(entries[k].changes + [.citations])).sorted()
            }
        }
    }

    /// The opening formula ("The General Assembly,") is compared with them.
    static func metadataChanges(_ a: Document, _ b: Document) -> [ChangeReport.MetadataChange] {
        var changes = Metadata.fields.filter(\.isCompared).compactMap { field in
            change(field.key, field.value(a.metadata), field.value(b.metadata))
        }
        if let formula = change("openingFormula", a.openingFormula, b.openingFormula) { changes.append(formula) }
        return changes
    }

    private static func change(_ key: String, _ x: String?, _ y: String?) -> ChangeReport.MetadataChange? {
        guard let x, let y, Typography.comparable(x) != Typography.comparable(y) else { return nil }
        return ChangeReport.MetadataChange(field: key, old: x, new: y)
    }
}

/// Turns an alignment into report entries, in the new document's order with removed
/// paragraphs where they stood.
struct EntryBuilder {
    let old: [Paragraph]
    let new: [Paragraph]
    let alignment: Alignment
    let options: WordDiff.Options

    mutating func entries() -> [ChangeReport.Entry] {
        var result: [ChangeReport.Entry] = []
        var emittedOld = Set<Int>()
        var nextOld = 0

        // Removed paragraphs that stood before old paragraph `limit`.
        func flushRemoved(before limit: Int) {
            while nextOld < limit {
                if alignment.newForOld[nextOld] == nil && !emittedOld.contains(nextOld) {
                    result.append(removed(nextOld))
                    emittedOld.insert(nextOld)
                }
                nextOld += 1
            }
        }

        for j in new.indices {
            if let sources = alignment.merges[j] {
                if !alignment.moved.contains(j) { flushRemoved(before: sources[0]) }
                for (k, i) in sources.enumerated() {
                    result.append(
                        pairEntry(i, j, extra: [.merged], diffOld: k == 0 ? sources : nil, diffNew: k == 0 ? [j] : nil))
                    emittedOld.insert(i)
                }
                continue
            }
            guard let i = alignment.oldForNew[j] else {
                result.append(added(j))
                continue
            }
            if !alignment.moved.contains(j) { flushRemoved(before: i) }
            if let pieces = alignment.splits[i] {
                let first = pieces.first == j
                result.append(
                    pairEntry(i, j, extra: [.split], diffOld: first ? [i] : nil, diffNew: first ? pieces : nil))
            } else {
                let pair = pairEntry(i, j, extra: [], diffOld: [i], diffNew: [j])
                // (Paragraphs only: a footnote "A/79/315" that became "A/80/335" keeps no
                // token and is still the same footnote.)
                if old[i].kind.isParagraph, pair.similarity < Self.keptTextFloor {
                    // Paired by their words, but the word diff keeps almost none of the
                    // text in order: a paragraph removed and another added.
                    result.append(removed(i))
                    result.append(added(j))
                } else {
                    result.append(pair)
                }
            }
            emittedOld.insert(i)
        }
        flushRemoved(before: old.count)
        return result
    }

    private func added(_ j: Int) -> ChangeReport.Entry {
        ChangeReport.Entry(
            old: nil, new: ChangeReport.Side(new[j]), changes: [.added], similarity: 0, technical: false, edits: [],
            texts: nil)
    }

    private func removed(_ i: Int) -> ChangeReport.Entry {
        ChangeReport.Entry(
            old: ChangeReport.Side(old[i]), new: nil, changes: [.removed], similarity: 0, technical: false,
            edits: [], texts: nil)
    }

    /// A pair entry. `diffOld`/`diffNew` name the paragraphs whose joined texts are
    /// diffed for this entry (the whole of a split or merge on its first entry), or nil
    /// for an entry that carries no diff.
    private func pairEntry(_ i: Int, _ j: Int, extra: [ChangeReport.ChangeKind], diffOld: [Int]?, diffNew: [Int]?)
        -> ChangeReport.Entry
    {
        let a = old[i], b = new[j]
        var changes = Set(extra)
        if let n1 = a.number, let n2 = b.number, n1 != n2 { changes.insert(.renumbered) }
        // Preambular paragraphs carry no printed number, but negotiators cite them by
        // position (PP12): one that stands at another position is renumbered as an
        // operative paragraph is, and says what it was called.
        if a.kind == .preambular, b.kind == .preambular, a.number == nil, b.number == nil, a.label != b.label {
            changes.insert(.renumbered)
        }
        if alignment.moved.contains(j) { changes.insert(.moved) }
        var similarity = 1.0
        var technical = false
        var edits: [ChangeReport.Edit] = []
        var texts: ChangeReport.Texts?
        if let diffOld, let diffNew {
            let oldText = diffOld.map { old[$0].text }.joined(separator: " ")
            let newText = diffNew.map { new[$0].text }.joined(separator: " ")
            let oldComparable = diffOld.map { old[$0].comparableText }.joined(separator: " ")
            let newComparable = diffNew.map { new[$0].comparableText }.joined(separator: " ")
            // Texts that differ only in spacing ("2017 , in" and "2017, in") have the
            // same tokens: the diff finds nothing, and nothing is reworded.
            if oldComparable != newComparable,
                case let diff = WordDiff(old: ComparedText(oldText), new: ComparedText(newText), options: options),
                diff.script.runs.contains(where: { $0.kind != .equal })
            {
                changes.insert(.reworded)
                similarity = Self.similarity(diff)
                technical = TechnicalChange.isTechnical(diff)
                edits = diff.edits
                texts = ChangeReport.Texts(old: diff.oldText, new: diff.newText)
            }
        } else {
            var interner = TokenInterner(expectedDistinct: 256)
            let profile = { (text: String) in
                TokenProfile(ids: interner.intern(text, tokens: WordTokenizer.tokenize(text)))
            }
            let oldProfile = profile(a.comparableText), newProfile = profile(b.comparableText)
            similarity = Similarity.rounded(oldProfile.similarity(to: newProfile))
        }
        return ChangeReport.Entry(
            old: ChangeReport.Side(a), new: ChangeReport.Side(b), changes: changes.sorted(), similarity: similarity,
            technical: technical, edits: edits, texts: texts)
    }

    /// Below this share of text kept in order, a pair the aligner made from shared words
    /// (79/7's OP4 and 79/6's OP8, two unrelated resolutions: half their words, 14% of
    /// their text) reads as one paragraph removed and another added. The corpus's
    /// heaviest true rewording keeps 21% (28/2 → 32/6 OP26).
    static let keptTextFloor = 0.2

    /// The share of both texts the word diff keeps.
    static func similarity(_ diff: WordDiff) -> Double {
        let kept = diff.script.runs.filter { $0.kind == .equal }.reduce(0) { $0 + $1.old.count }
        return Similarity.rounded(
            Similarity.dice(shared: kept, total: diff.oldTokens.count + diff.newTokens.count))
    }
}
