import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionModel

/// Every output format is one `Renderer`: a name that `--format` takes and a function
/// from the value it shows to bytes. Commands choose from the tables below by name, so
/// a new format (the Word redline) is one new type and one row, and no command has a
/// switch over format names.
public protocol Renderer<Subject>: Sendable {
    /// What it shows: a change report, a document, findings, amendments.
    associatedtype Subject
    /// The name `--format` takes: "text", "json", "html".
    var name: String { get }
    func render(_ subject: Subject, options: RenderOptions) -> RenderedOutput
}

/// How to show a subject, for every renderer: each reads what concerns it.
public struct RenderOptions: Sendable, Equatable {
    public var presentation = PresentationOptions()
    /// Colour escapes in text output (only on a terminal, never with NO_COLOR).
    public var color = false
    /// Width to wrap text output to; 0 for no wrapping.
    public var width = 80
    /// Text output: only the summary and one line per changed paragraph.
    public var stat = false
    /// HTML: old and new in two columns.
    public var sideBySide = false
    /// `parse`: also what was set aside, and why.
    public var verbose = false
    /// `parse`: paragraphs without labels (git's textconv).
    public var plain = false
    /// Word redline: moves as Word's move markup (off: a deletion and an insertion).
    public var moveMarkup = true
    /// Word redline: a table of the changes before the text.
    public var summary = false

    public init() {}
}

/// A renderer's result: text, or bytes for binary formats.
public enum RenderedOutput: Sendable, Equatable {
    case text(String)
    case binary([UInt8])

    public var bytes: [UInt8] {
        switch self {
        case .text(let s): return Array(s.utf8)
        case .binary(let b): return b
        }
    }

    /// Binary output is not for a terminal.
    public var isBinary: Bool { if case .binary = self { true } else { false } }
}

/// A renderer made of a name and a function: most formats need no more.
public struct FunctionRenderer<Subject>: Renderer {
    public let name: String
    let body: @Sendable (Subject, RenderOptions) -> RenderedOutput

    public init(_ name: String, _ body: @escaping @Sendable (Subject, RenderOptions) -> RenderedOutput) {
        self.name = name
        self.body = body
    }

    public func render(_ subject: Subject, options: RenderOptions) -> RenderedOutput { body(subject, options) }
}

/// The findings of a check and the draft they are about.
public struct CheckResult: Sendable {
    public var findings: [Finding]
    /// The draft's name as findings print it (`--label`, else its path).
    public var file: String

    public init(findings: [Finding], file: String) {
        self.findings = findings
        self.file = file
    }
}

/// Amendments written from a comparison, with the report they came from.
public struct AmendmentSet: Sendable {
    public var report: ChangeReport
    public var instructions: [PlacedInstruction]

    public init(report: ChangeReport, instructions: [PlacedInstruction]) {
        self.report = report
        self.instructions = instructions
    }

    /// Changes the instructions do not express (annex, headings, notes, moved citations):
    /// every renderer lists them, so none goes unsaid.
    public var unexpressed: [ChangeReport.Entry] {
        AmendmentWriter.unexpressed(report, placed: instructions)
    }

    /// The names the amendments' heading gives the two texts: symbols, else files.
    var names: (base: String, target: String) {
        (Presentation.name(report.old), Presentation.name(report.new))
    }
}

/// The format tables, one per kind of subject. The first row is the default.
public enum Formats {
    public static let report: [any Renderer<ChangeReport>] = [
        FunctionRenderer("text") { r, o in .text(UnifiedText.render(r, options: .init(o))) },
        FunctionRenderer("json") { r, _ in .text(ReportJSON.render(r)) },
        FunctionRenderer("html") { r, o in .text(HTMLReport.render(r, options: .init(o))) },
        FunctionRenderer("docx") { r, o in
            .binary(DocxWriter.render(r, options: DocxWriter.Options(moveMarkup: o.moveMarkup, summary: o.summary)))
        },
    ]

    public static let concordance: [any Renderer<Concordance>] = [
        FunctionRenderer("text") { c, _ in .text(ConcordRender.text(c)) },
        FunctionRenderer("json") { c, _ in .text(ConcordRender.json(c)) },
        FunctionRenderer("html") { c, _ in .text(ConcordRender.html(c)) },
    ]

    public static let document: [any Renderer<Document>] = [
        FunctionRenderer("text") { d, o in .text(DocumentText.render(d, verbose: o.verbose, plain: o.plain)) },
        FunctionRenderer("json") { d, _ in .text(DocumentJSON.render(d)) },
    ]

    public static let findings: [any Renderer<CheckResult>] = [
        FunctionRenderer("text") { c, _ in .text(FindingsRender.text(c.findings, file: c.file)) },
        FunctionRenderer("json") { c, _ in .text(FindingsRender.json(c.findings, file: c.file)) },
        FunctionRenderer("github") { c, _ in .text(FindingsRender.github(c.findings, file: c.file)) },
    ]

    public static let amendments: [any Renderer<AmendmentSet>] = [
        FunctionRenderer("text") { a, _ in
            .text(
                AmendmentText.render(
                    a.instructions.map(\.instruction), base: a.names.base, target: a.names.target,
                    unexpressed: !a.unexpressed.isEmpty, language: a.report.old.language)
                    + UnexpressedChanges.text(a.unexpressed, language: a.report.old.language))
        },
        FunctionRenderer("json") { a, _ in
            .text(
                AmendmentJSON.render(
                    a.instructions.map(\.instruction), base: a.names.base, target: a.names.target,
                    unexpressed: a.unexpressed.map { UnexpressedChanges.describe($0, language: a.report.old.language) },
                    language: a.report.old.language))
        },
        FunctionRenderer("html") { a, o in
            var options = HTMLReport.Options(o)
            options.amendments = a.instructions
            return .text(HTMLReport.render(a.report, options: options))
        },
    ]

    /// The renderer named `name` in `table`; nil for an unknown name.
    public static func named<S>(_ name: String, in table: [any Renderer<S>]) -> (any Renderer<S>)? {
        table.first { $0.name == name }
    }

    /// The names a table offers, for usage messages: "text, json, html".
    public static func names<S>(_ table: [any Renderer<S>]) -> [String] { table.map(\.name) }
}

extension UnifiedText.Options {
    init(_ o: RenderOptions) {
        self.init(presentation: o.presentation, color: o.color, width: o.width, stat: o.stat)
    }
}

extension HTMLReport.Options {
    init(_ o: RenderOptions) {
        self.init(presentation: o.presentation, sideBySide: o.sideBySide)
    }
}

/// The changes an amendment set does not express, in words a delegate can act on:
/// "Footnote 4 (added): A/HRC/31/81."
enum UnexpressedChanges {
    /// The list's words in the amendments' language: English, French or Spanish.
    struct Words {
        var heading: String
        var footnote: String, now: String, headingName: String, annex: String, header: String, adoption: String
        var citations: String, note: String, becomes: String

        static func of(_ language: LanguageCode) -> Words {
            switch language {
            case .fr:
                Words(
                    heading: AmendmentPhrases.unexpressedHeadings[0], footnote: "Note",
                    now: "désormais",
                    headingName: "Intertitre", annex: "Paragraphe de l’annexe", header: "En-tête",
                    adoption: "Bloc d’adoption",
                    citations: "ses renvois", note: "Note liminaire", becomes: "devient")
            case .es:
                Words(
                    heading: AmendmentPhrases.unexpressedHeadings[1], footnote: "Nota", now: "ahora",
                    headingName: "Subtítulo", annex: "Párrafo del anexo", header: "Encabezamiento",
                    adoption: "Bloque de aprobación",
                    citations: "sus remisiones", note: "Nota", becomes: "pasa a ser")
            case .en, .ru, .ar, .zh:
                Words(
                    heading: AmendmentText.unexpressedHeading, footnote: "Footnote", now: "now", headingName: "Heading",
                    annex: "Annex paragraph", header: "Header", adoption: "Adoption block",
                    citations: "its footnote citations",
                    note: "Note", becomes: "becomes")
            }
        }
    }

    static func text(_ entries: [ChangeReport.Entry], language: LanguageCode = .en) -> String {
        guard !entries.isEmpty else { return "" }
        var out = "\n\(Words.of(language).heading)\n"
        for e in entries {
            out += "- \(describe(e, language: language))\n"
        }
        return out
    }

    static func describe(_ e: ChangeReport.Entry, language: LanguageCode = .en) -> String {
        let w = Words.of(language)
        let side = (e.new ?? e.old)!
        let name: String
        switch side.kind {
        case .footnote:
            let (a, b) = (e.old?.number, e.new?.number)
            name =
                a != nil && b != nil && a != b
                ? "\(w.footnote) \(a!), \(w.now) \(b!)," : "\(w.footnote) \((a ?? b) ?? "")"
        case .heading: name = w.headingName
        case .annex: name = "\(w.annex) \(side.label.printedNumber)"
        case .header: name = w.header
        case .adoption: name = w.adoption
        case .preambular, .operative, .numbered, .unnumbered: name = "\(side.label) (\(w.citations))"
        default: name = w.note
        }
        let r = ReportWords.of(language)
        let what = e.changes.map { $0.name(language) }.joined(separator: ", ")
        // French quotes in guillemets, with its no-break spaces; the others in “ ”.
        func q(_ text: String) -> String { language == .fr ? "«\u{A0}\(text)\u{A0}»" : "“\(text)”" }
        let head = "\(name) (\(what))\(r.colon)"
        switch (e.old, e.new) {
        case (let old?, let new?) where old.comparableText == new.comparableText: return "\(head) \(q(new.text))"
        case (let old?, let new?): return "\(head) \(q(old.text)) \(w.becomes) \(q(new.text))"
        case (let old?, nil): return "\(head) \(q(old.text))"
        case (nil, let new?): return "\(head) \(q(new.text))"
        default: return name
        }
    }
}
