/// The parts of a resolution or report a paragraph can belong to. Negotiators name
/// paragraphs by part: PP3 is the third preambular paragraph, OP5 operative paragraph 5.
public enum ParagraphKind: String, Sendable, Equatable, Codable {
    /// Unnumbered paragraphs between the opening formula and operative paragraph 1.
    case preambular
    /// Numbered paragraphs of a resolution's decision part.
    case operative
    /// Numbered paragraphs of a report.
    case numbered
    /// Unnumbered text in a report's body that belongs to no numbered paragraph
    /// (a summary, text under a heading before its first paragraph).
    case unnumbered
    /// A paragraph of an annex after the adoption block (a declaration, a programme of
    /// action): numbered on its own, compared as the annex's part.
    case annex
    /// A heading, compared as a unit of its own ("I. Introduction").
    case heading
    /// A footnote's text, compared as a unit of its own.
    case footnote
    /// A note outside the paragraphs ("[on the report of the Third Committee ...]").
    case note
    /// The header above the opening formula, compared as one text (symbol, dates,
    /// agenda item, title and every other word of it).
    case header
    /// The adoption block (meeting, date, vote), compared as one text.
    case adoption

    /// Whether this is a paragraph of the text, as opposed to a heading, footnote or
    /// note that the comparison also pairs and diffs.
    public var isParagraph: Bool {
        switch self {
        case .preambular, .operative, .numbered, .unnumbered, .annex: return true
        case .heading, .footnote, .note, .header, .adoption: return false
        }
    }
}

/// One paragraph, the unit resdiff aligns and compares.
///
/// `text` is what a reader sees (typography kept, markup and line breaks gone);
/// `comparableText` is what is compared (typography folded, footnote markers
/// removed). Sub-paragraphs, `(a)` and `(i)`, are children, so that a change in
/// OP13 (a) is reported against OP13 (a) and not against all of OP13.
public struct Paragraph: Sendable, Equatable {
    /// PP3, OP13, OP13(a), OP13(a)(i), P12, U1.
    public var label: ParagraphLabel
    public var kind: ParagraphKind
    /// The printed number or letter: "13", "a", "ii"; `nil` for preambular paragraphs.
    public var number: String?
    /// 0 for a paragraph, 1 for (a), 2 for (i).
    public var level: Int
    public var text: String
    public var comparableText: String
    /// Footnote numbers this paragraph cites, in order of appearance.
    public var footnotes: [Int]
    /// First and last source line (1-based) the paragraph's text came from.
    public var lines: ClosedRange<Int>
    /// Headings this paragraph stands under, outermost first ("I. Introduction").
    public var section: [String]
    public var children: [Paragraph]

    public init(
        label: ParagraphLabel, kind: ParagraphKind, number: String? = nil, level: Int = 0, text: String,
        comparableText: String, footnotes: [Int] = [], lines: ClosedRange<Int>, section: [String] = [], children: [Paragraph] = []
    ) {
        self.label = label
        self.kind = kind
        self.number = number
        self.level = level
        self.text = text
        self.comparableText = comparableText
        self.footnotes = footnotes
        self.lines = lines
        self.section = section
        self.children = children
    }

    /// This paragraph and all its sub-paragraphs, depth first: the units of comparison.
    public var flattened: [Paragraph] {
        var all = [self]
        for child in children { all += child.flattened }
        return all
    }
}

/// A heading in a report or a long resolution: "I. Introduction", "A. Opening remarks".
public struct Heading: Sendable, Equatable {
    /// 1 for chapters (I, II), 2 for sections (A, B), 3 for numbered sub-sections,
    /// 4 for unnumbered headings such as a country name.
    public var level: Int
    public var text: String
    public var line: Int

    public init(level: Int, text: String, line: Int) {
        self.level = level
        self.text = text
        self.line = line
    }
}

/// A footnote: its number, its text and the paragraphs that cite it.
public struct Footnote: Sendable, Equatable {
    public var number: Int
    public var text: String
    /// The line its definition starts on, and the last line its text runs over (1-based),
    /// so that an amended text can rewrite the definition where it stands.
    public var line: Int
    public var lastLine: Int
    public var citedBy: [ParagraphLabel]

    public init(number: Int, text: String, line: Int, lastLine: Int? = nil, citedBy: [ParagraphLabel]) {
        self.number = number
        self.text = text
        self.line = line
        self.lastLine = lastLine ?? line
        self.citedBy = citedBy
    }
}
