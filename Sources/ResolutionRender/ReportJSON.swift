import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff OLD NEW --format json`: the change report as a versioned contract,
/// documented field by field in Docs/json-format.md with a JSON Schema beside it
/// (Docs/json-format.schema.json). Any change a reader could notice raises
/// `formatVersion`.
public enum ReportJSON {
    public static let formatVersion = 2

    /// The report as pretty-printed JSON, keys in the documented order.
    public static func render(_ report: ChangeReport) -> String {
        value(report).serialized()
    }

    /// The report as a JSON value, for embedding in other outputs.
    public static func value(_ r: ChangeReport) -> JSONValue {
        let s = r.summary
        return .object([
            ("formatVersion", .int(formatVersion)),
            ("old", document(r.old)),
            ("new", document(r.new)),
            (
                "metadata",
                .array(
                    r.metadata.map { m in
                        .object([("field", .string(m.field)), ("old", .optional(m.old)), ("new", .optional(m.new))])
                    })
            ),
            ("summary", counts(s)),
            (
                "otherParts",
                .object([
                    ("headings", counts(r.summary { $0 == .heading })),
                    ("footnotes", counts(r.summary { $0 == .footnote })), ("notes", counts(r.summary { $0 == .note })),
                    ("header", counts(r.summary { $0 == .header })),
                    ("adoption", counts(r.summary { $0 == .adoption })),
                ])
            ),
            ("paragraphs", .array(r.entries.map(entry))),
        ])
    }

    static func document(_ d: Document) -> JSONValue {
        let m = d.metadata
        return .object(
            [("file", .string(Presentation.basename(d.file))), ("kind", .string(d.kind.rawValue))]
                + DocumentJSON.language(d)
                + Metadata.fields.filter(\.describesDocument).map { DocumentJSON.field(m, $0) }
                + [("paragraphs", .int(d.allParagraphs.count))])
    }

    static func counts(_ s: ChangeReport.Summary) -> JSONValue {
        .object([
            ("unchanged", .int(s.unchanged)), ("reworded", .int(s.reworded)), ("renumbered", .int(s.renumbered)),
            ("moved", .int(s.moved)), ("added", .int(s.added)), ("removed", .int(s.removed)), ("split", .int(s.split)),
            ("merged", .int(s.merged)), ("citations", .int(s.citations)), ("technical", .int(s.technical)),
        ])
    }

    /// What an entry is: a paragraph of the text, or a heading, footnote or note.
    static func part(_ kind: ParagraphKind) -> String {
        kind.isParagraph ? "paragraph" : kind.rawValue
    }

    static func entry(_ e: ChangeReport.Entry) -> JSONValue {
        .object([
            ("part", .string(part((e.new ?? e.old)?.kind ?? .note))),
            ("old", .optional(e.old?.label.description)),
            ("new", .optional(e.new?.label.description)),
            ("changes", .array(e.changes.map { .string($0.rawValue) })),
            ("similarity", .double(e.similarity)),
            ("technical", .bool(e.technical)),
            ("oldText", .optional(e.old?.text)),
            ("newText", .optional(e.new?.text)),
            (
                "edits",
                .array(
                    e.edits.map { edit in .object([("op", .string(edit.op.rawValue)), ("text", .string(edit.text))]) })
            ),
        ])
    }
}
