import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// What the text and HTML renderers share about presenting a change report: which
/// entries to show, how to name them, and the words of a paragraph with their change.
/// One place, so the two formats never disagree about what changed.
public struct PresentationOptions: Sendable, Equatable {
    /// Unchanged paragraphs shown around each change.
    public var context: Int
    /// Show every paragraph, unchanged ones as a one-line `PP5 = PP5`.
    public var all: Bool
    /// Hide technical changes (yearly updates of numbers, dates, symbols, sessions).
    public var substantive: Bool

    public init(context: Int = 0, all: Bool = false, substantive: Bool = false) {
        self.context = context
        self.all = all
        self.substantive = substantive
    }
}

enum Presentation {
    /// A file as a report names it: its own name, never the directories it sits in (a
    /// report circulated out of the building must not carry a directory layout).
    static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A document as a report names it: its symbol, else its file's name.
    static func name(_ d: Document) -> String { d.metadata.symbol ?? basename(d.file) }

    /// How an entry is shown.
    enum Visibility: Equatable {
        /// A change, shown in full.
        case change
        /// An unchanged paragraph next to a change (`--context`), shown in full.
        case context
        /// An unchanged paragraph shown as one line (`--all`).
        case line
        case hidden
    }

    /// Whether the entry counts as a change under the options: with `substantive`, a
    /// paragraph whose only change is a technical rewording is not one.
    static func isShownChange(_ e: ChangeReport.Entry, _ options: PresentationOptions) -> Bool {
        if e.isUnchanged { return false }
        if options.substantive && e.isTechnicalOnly {
            return false
        }
        return true
    }

    static func visibility(_ entries: [ChangeReport.Entry], _ options: PresentationOptions) -> [Visibility] {
        let changes = entries.map { isShownChange($0, options) }
        return entries.indices.map { k in
            if changes[k] { return .change }
            let low = max(0, k - options.context), high = min(entries.count - 1, k + options.context)
            if options.context > 0 && (low...high).contains(where: { changes[$0] }) { return .context }
            return options.all ? .line : .hidden
        }
    }

    /// "PP11 → PP13"; "new PP2" and "old PP2" for added and removed paragraphs, which
    /// may share a label.
    static func labels(_ e: ChangeReport.Entry, _ w: ReportWords) -> String {
        switch (e.old?.label, e.new?.label) {
        case let (a?, b?): return "\(a) → \(b)"
        case let (a?, nil): return "\(w.oldSide) \(a)"
        case let (nil, b?): return "\(w.newSide) \(b)"
        default: return ""
        }
    }

    /// "moved, renumbered, reworded 93%, technical".
    static func kinds(_ e: ChangeReport.Entry, _ w: ReportWords) -> String {
        var words: [String] = []
        for kind in e.changes {
            let name = kind.name(w.code)
            words.append(
                kind == .reworded
                    ? "\(name) (\(ReportWords.fill(w.kept, percent(e.similarity, w)))\(e.isRewritten ? ", \(w.shownReplaced)" : ""))"
                    : name)
        }
        if e.technical { words.append(w.technicalOne) }
        return words.joined(separator: ", ")
    }

    /// Metadata field names as words: `adoptionDate` → "Adoption date".
    static func fieldName(_ field: String) -> String {
        var out = ""
        for c in field {
            if c.isUppercase { out += " " + c.lowercased() } else { out.append(c) }
        }
        return out.prefix(1).uppercased() + out.dropFirst()
    }

    /// A value as a reader expects it: ISO dates ("2015-03-26") as the United Nations
    /// writes them ("26 March 2015"); anything else as it is.
    static func shown(_ value: String, _ w: ReportWords) -> String {
        let parts = value.split(separator: "-")
        guard value.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return value }
        // The first of the month in French: "1er avril 2015".
        return ReportWords.fill(
            w.date, day == 1 && w.code == .fr ? "1er" : String(day), w.months[month - 1], String(year))
    }

    static func percent(_ similarity: Double, _ w: ReportWords) -> String {
        ReportWords.fill(w.percent, String(Int((similarity * 100).rounded(.down))))
    }

    /// One-line summary: "5 added, 1 removed, 10 reworded (2 technical), 0 moved", with
    /// renumbered, split and merged added when there are any.
    static func summary(_ r: ChangeReport, _ w: ReportWords) -> String {
        let s = r.summary
        func kind(_ k: ChangeReport.ChangeKind) -> String { w.kinds[k] ?? k.rawValue }
        var parts = [
            w.count(s.added, kind(.added)), w.count(s.removed, kind(.removed)),
            w.count(s.reworded, kind(.reworded)) + " (\(w.count(s.technical, w.technical)))",
            w.count(s.moved, kind(.moved)),
        ]
        if s.renumbered > 0 { parts.append(w.count(s.renumbered, kind(.renumbered))) }
        if s.split > 0 { parts.append(w.count(s.split, kind(.split))) }
        if s.merged > 0 { parts.append(w.count(s.merged, kind(.merged))) }
        if s.citations > 0 { parts.append(w.count(s.citations, w.otherCitations)) }
        var line = parts.joined(separator: ", ")
        for part in otherParts {
            let t = r.summary { $0 == part }
            guard t.hasChanges, let name = w.parts[part] else { continue }
            let counts = [
                (t.added, ChangeReport.ChangeKind.added), (t.removed, .removed), (t.reworded, .reworded),
                (t.renumbered, .renumbered), (t.moved, .moved),
            ].filter { $0.0 > 0 }.map { w.count($0.0, kind($0.1)) }.joined(separator: ", ")
            // "footnotes: 1 added" in English; "notes (ajouts : 1)" where the count
            // carries its own colon.
            line += w.countFirst ? "\(w.semicolon) \(name): " + counts : "\(w.semicolon) \(name) (\(counts))"
        }
        return line
    }

    /// The parts compared besides paragraphs, in the order the summary names them
    /// (`ReportWords.parts` has their names).
    static let otherParts: [ParagraphKind] = [.heading, .footnote, .note, .header, .adoption]
}
