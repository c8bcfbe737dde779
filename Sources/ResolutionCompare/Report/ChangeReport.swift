import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// What changed between two versions: the value the renderers (text, JSON, HTML) and
/// the checks read. Built by `Comparison`; holds only plain values, no parser or
/// engine state.
public struct ChangeReport: Sendable, Equatable {
    /// The kinds of change a paragraph entry can carry; an unchanged one has none.
    public enum ChangeKind: String, Sendable, Equatable, CaseIterable, Comparable {
        case added, removed, reworded, renumbered, moved, split, merged
        /// The paragraph cites other footnotes, or the same ones in other places (its
        /// words unchanged): a citation moved from OP14 to OP15 is a change of both.
        case citations

        /// In the order of `allCases`, the order the JSON contract promises.
        public static func < (a: ChangeKind, b: ChangeKind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// A paragraph as the report shows it.
    public struct Side: Sendable, Equatable {
        public var label: ParagraphLabel
        public var kind: ParagraphKind
        public var number: String?
        public var level: Int
        public var text: String
        public var comparableText: String
        public var lines: ClosedRange<Int>
        public var section: [String]

        init(_ p: Paragraph) {
            label = p.label
            kind = p.kind
            number = p.number
            level = p.level
            text = p.text
            comparableText = p.comparableText
            lines = p.lines
            section = p.section
        }
    }

    /// One word-level run of a reworded paragraph, computed once and read by every
    /// output: its text as the reader sees it, and where it stands in both sides.
    public struct Edit: Sendable, Equatable {
        public var op: EditScript.Kind
        /// The run's display text: deleted text from the old side, equal and inserted
        /// text from the new one, typography and footnote markers kept.
        public var text: String
        /// Whether white space separated this run from the text before it.
        public var spaceBefore: Bool
        /// Token ranges in the entry's compared old and new texts (`Entry.texts`).
        public var old: Range<Int>
        public var new: Range<Int>
        /// UTF-8 range of `text` in the display text of its side.
        public var display: Range<Int>

        public init(
            op: EditScript.Kind, text: String, spaceBefore: Bool, old: Range<Int> = 0..<0, new: Range<Int> = 0..<0,
            display: Range<Int> = 0..<0
        ) {
            self.op = op
            self.text = text
            self.spaceBefore = spaceBefore
            self.old = old
            self.new = new
            self.display = display
        }
    }

    /// The two texts an entry's edits index: the pair's display texts (for the first
    /// piece of a split or merge, the pieces joined).
    public struct Texts: Sendable, Equatable {
        public var old: ComparedText
        public var new: ComparedText
    }

    /// Below this share of its text kept, a reworded paragraph is shown as replaced and
    /// amended by replacing it whole.
    public static let rewrittenBelow = 0.6

    /// What became of one paragraph.
    public struct Entry: Sendable, Equatable {
        public var old: Side?
        public var new: Side?
        /// Sorted in the order of `ChangeKind.allCases`.
        public var changes: [ChangeKind]
        /// Word-level similarity of the pair, 0...1; 1 for an unchanged pair, 0 for an
        /// added or removed paragraph.
        public var similarity: Double
        /// The pair was reworded and every edit only touches numbers, years, dates,
        /// document symbols or ordinal session words: a yearly update.
        public var technical: Bool
        /// The word diff of the pair (old → new). Empty for unchanged, added and removed
        /// paragraphs, and for the second and later pieces of a split or sources of a
        /// merge (the first carries the diff of the whole).
        public var edits: [Edit]
        /// The texts the edits index; nil where there are no edits.
        public var texts: Texts?

        public var isUnchanged: Bool { changes.isEmpty }

        /// Whether the pair kept so little of its text that it reads best as replaced
        /// (the old text, then the new) rather than interleaved word by word; `amend`
        /// replaces such a paragraph whole for the same reason.
        /// Paragraphs only: the header and the adoption block read best word by word,
        /// field by field, however much of them changed.
        public var isRewritten: Bool {
            changes.contains(.reworded) && similarity < ChangeReport.rewrittenBelow && (new ?? old)?.kind.isParagraph == true
        }

        /// A yearly update and nothing else: technical rewording, perhaps renumbered.
        /// What `--substantive` leaves out, in every command.
        public var isTechnicalOnly: Bool {
            technical && changes.allSatisfy { $0 == .reworded || $0 == .renumbered }
        }
    }

    /// A metadata field that differs: `adoptionDate`, `session`, ...
    public struct MetadataChange: Sendable, Equatable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    /// How many entries carry each kind of change; one entry can count under several.
    public struct Summary: Sendable, Equatable {
        public var unchanged = 0
        public var reworded = 0
        public var renumbered = 0
        public var moved = 0
        public var added = 0
        public var removed = 0
        public var split = 0
        public var merged = 0
        public var citations = 0
        public var technical = 0

        /// Whether any entry changed.
        public var hasChanges: Bool {
            added + removed + reworded + renumbered + moved + split + merged + citations > 0
        }
    }

    public var old: Document
    public var new: Document
    public var metadata: [MetadataChange]
    public var entries: [Entry]

    /// Whether anything at all differs: the exit status of `resdiff` depends on it.
    public var hasChanges: Bool { !metadata.isEmpty || entries.contains { !$0.isUnchanged } }

    /// The paragraphs' counts: what "5 added, 1 removed" speaks of.
    public var summary: Summary { summary { $0.isParagraph } }

    /// The counts of the entries whose kind passes `include` (`.footnote` for the
    /// footnotes' own line).
    public func summary(_ include: (ParagraphKind) -> Bool) -> Summary {
        var s = Summary()
        for e in entries where include((e.new ?? e.old)?.kind ?? .note) {
            if e.isUnchanged { s.unchanged += 1 }
            if e.technical { s.technical += 1 }
            for c in e.changes {
                switch c {
                case .added: s.added += 1
                case .removed: s.removed += 1
                case .reworded: s.reworded += 1
                case .renumbered: s.renumbered += 1
                case .moved: s.moved += 1
                case .split: s.split += 1
                case .merged: s.merged += 1
                case .citations: s.citations += 1
                }
            }
        }
        return s
    }
}
