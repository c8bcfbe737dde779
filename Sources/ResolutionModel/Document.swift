/// A parsed resolution or report: the value every later stage works from.
///
/// The segmenter builds it; the aligner, the checker and the renderers only read it.
public struct Document: Sendable, Equatable {
    /// Resolutions have a preamble and operative part; reports have headings and numbered
    /// paragraphs. Labels (PP/OP or P) and the checks follow from it.
    public enum Kind: String, Sendable, Equatable, Codable {
        case resolution, report
    }

    /// The file it was read from ("<stdin>" for standard input).
    public var file: String
    /// What the text was read from: a text file in some encoding, a Word file, a PDF.
    public var format: SourceFormat
    public var kind: Kind
    public var metadata: Metadata
    /// "The Human Rights Council,": the words that open the preamble.
    public var openingFormula: String?
    /// Top-level paragraphs in document order; sub-paragraphs are their children.
    public var paragraphs: [Paragraph]
    public var headings: [Heading]
    public var footnotes: [Footnote]
    /// The lines above the opening formula (or a report's body), as read: the metadata
    /// is taken from them, and they are kept so that no word of them is lost.
    public var header: [String] = []
    /// The adoption block's lines, as read ("42nd meeting", "30 June 2016", "[Adopted
    /// without a vote.]").
    public var adoption: [String] = []
    /// Lines that are not text (page numbers, job numbers, barcodes, running heads),
    /// each with the reason it was set aside: shown by `resdiff parse --verbose`.
    public var setAside: [SetAside] = []
    /// The language the text is written in: comparing two languages is refused, and
    /// every stage reads the document with its own language's words.
    public var language: LanguageCode = .en

    public init(
        file: String, format: SourceFormat, kind: Kind, metadata: Metadata, openingFormula: String?,
        paragraphs: [Paragraph], headings: [Heading], footnotes: [Footnote]
    ) {
        self.file = file
        self.format = format
        self.kind = kind
        self.metadata = metadata
        self.openingFormula = openingFormula
        self.paragraphs = paragraphs
        self.headings = headings
        self.footnotes = footnotes
    }

    /// A document with no text: the missing side of a file git adds or deletes.
    public static func empty(file: String) -> Document {
        Document(
            file: file, format: .text(.utf8), kind: .resolution, metadata: Metadata(), openingFormula: nil,
            paragraphs: [],
            headings: [], footnotes: [])
    }

    /// Every paragraph and sub-paragraph in document order.
    public var allParagraphs: [Paragraph] { paragraphs.flatMap(\.flattened) }

    /// Top-level paragraphs of one kind, in order.
    public func paragraphs(of kind: ParagraphKind) -> [Paragraph] { paragraphs.filter { $0.kind == kind } }

    /// The paragraph or sub-paragraph with `label` (`OP13(a)`): O(paragraphs).
    public func paragraph(labelled label: ParagraphLabel) -> Paragraph? { allParagraphs.first { $0.label == label } }

    /// The paragraph labelled `text` as a person writes it ("OP13(a)"); nil when there is
    /// none or `text` is no label.
    public func paragraph(labelled text: String) -> Paragraph? { ParagraphLabel(text).flatMap(paragraph(labelled:)) }
}

/// A line set aside as page furniture, with why.
public struct SetAside: Sendable, Equatable {
    /// 1-based line of the source.
    public var line: Int
    public var text: String
    /// "page number", "job number", "barcode", "running head", ...
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}
