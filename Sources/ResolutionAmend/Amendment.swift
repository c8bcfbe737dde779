import DiffEngine
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel
import ResolutionReader

/// Amendments in the register the United Nations uses: "In operative paragraph 5,
/// after the words 'human rights' insert the words 'and fundamental freedoms'",
/// "Delete the third preambular paragraph". A plain value: written from a comparison,
/// parsed from a person's text, applied to a base text.

/// A paragraph as an amendment names it, in the numbering of the text being amended.
public struct ParagraphReference: Sendable, Equatable, Hashable {
    /// The UN numbers preambular paragraphs by position ("the third") and operative ones
    /// by their printed number, so a reference has to know which it is.
    public enum Part: String, Sendable, Equatable, Hashable {
        case preambular, operative
        /// "footnote 2": footnotes take word instructions, deletion and replacement like
        /// paragraphs; a new one is inserted at a place in a paragraph.
        case footnote
    }

    public var part: Part
    /// Preambular: the position (3 for "the third preambular paragraph"); operative and
    /// footnotes: the printed number.
    public var number: String
    /// Sub-paragraph letters or numerals, outermost first: ["a"] for 13 (a).
    public var subparagraphs: [String]

    public init(part: Part, number: String, subparagraphs: [String] = []) {
        self.part = part
        self.number = number
        self.subparagraphs = subparagraphs
    }

    /// The reference a person writes for a paragraph of the base: preambular
    /// paragraphs by position, the others by printed number.
    public init(_ label: ParagraphLabel) {
        let part: Part =
            switch label.part {
            case .preambular: .preambular
            case .footnote: .footnote
            default: .operative
            }
        self.init(part: part, number: label.printedNumber, subparagraphs: label.path)
    }

    /// "the third preambular paragraph", "operative paragraph 13 (a)".
    public var words: String {
        switch part {
        case .preambular:
            // Positions past what ordinal words say ("the 100000000000000000000th") are
            // written as numbers, never as a wrong word.
            let base =
                Int(number).map { $0 >= 1 && $0 <= 99 } == true
                ? "the \(Ordinals.word(Int(number)!)) preambular paragraph" : "preambular paragraph \(number)"
            return subparagraphs.isEmpty
                ? base : "subparagraph " + subparagraphs.map { "(\($0))" }.joined(separator: " ") + " of " + base
        case .operative:
            return "operative paragraph \(number)" + subparagraphs.map { " (\($0))" }.joined()
        case .footnote:
            return "footnote \(number)"
        }
    }
}

/// One instruction of an amendment.
public enum AmendmentInstruction: Sendable, Equatable {
    /// "In REF, after the words 'A' insert the words 'B'" (or before).
    case insertWords(ParagraphReference, anchor: String, before: Bool, words: String)
    /// "In REF, delete the words 'A'", or "after the words 'C', delete the words 'A'".
    case deleteWords(ParagraphReference, words: String, after: String?)
    /// "In REF, replace the words 'A' with the words 'B'".
    case replaceWords(ParagraphReference, old: String, new: String)
    /// "Delete REF".
    case deleteParagraph(ParagraphReference)
    /// "After REF, insert a new paragraph reading: '...'" (or before).
    case insertParagraph(ParagraphReference, before: Bool, text: String)
    /// "Move REF to follow REF2" (or to precede).
    case moveParagraph(ParagraphReference, to: ParagraphReference, before: Bool)
    /// "Replace REF with the following: '...'".
    case replaceParagraph(ParagraphReference, text: String)
    /// "In REF, after the words 'A' insert a footnote reading: '...'": a marker after the
    /// words, and the footnote's text; footnotes are numbered again in order of citation.
    case insertFootnote(ParagraphReference, anchor: String, text: String)

    /// The paragraph the instruction is about.
    public var reference: ParagraphReference {
        switch self {
        case .insertWords(let r, _, _, _), .deleteWords(let r, _, _), .replaceWords(let r, _, _),
            .deleteParagraph(let r), .insertParagraph(let r, _, _), .moveParagraph(let r, _, _),
            .replaceParagraph(let r, _), .insertFootnote(let r, _, _):
            return r
        }
    }
}

extension Ordinals {
    /// 3 → "third", 21 → "twenty-first", up to 99.
    public static func word(_ n: Int) -> String {
        if let w = units.first(where: { $0.value == n })?.key { return w }
        if let w = tensOrdinal.first(where: { $0.value == n })?.key { return w }
        let tensWord = tens.first { $0.value == n / 10 * 10 }?.key ?? ""
        let unitWord = units.first { $0.value == n % 10 }?.key ?? ""
        return tensWord.isEmpty || unitWord.isEmpty ? "\(n)th" : "\(tensWord)-\(unitWord)"
    }
}
