import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff parse --format json`: the document model as JSON, documented field by field
/// in Docs/parse-json.md. Bump `formatVersion` on any change a reader could notice.
public enum DocumentJSON {
    public static let formatVersion = 1

    /// The document as pretty-printed JSON, keys in the documented order.
    public static func render(_ document: Document) -> String {
        value(document).serialized()
    }

    /// The document as a JSON value, for embedding in other outputs.
    public static func value(_ d: Document) -> JSONValue {
        let m = d.metadata
        return .object(
            [
                ("formatVersion", .int(formatVersion)),
                ("file", .string(d.file)),
                ("kind", .string(d.kind.rawValue)),
                ("encoding", .string(d.format.name)),
            ] + DocumentJSON.language(d) + Metadata.fields.map { field(m, $0) } + [
                ("notes", .array(m.notes.map(JSONValue.string))),
                ("openingFormula", .optional(d.openingFormula)),
                ("headings", .array(d.headings.map(heading))),
                ("paragraphs", .array(d.paragraphs.map(paragraph))),
                ("footnotes", .array(d.footnotes.map(footnote))),
            ])
    }

    /// The document's language, for any but English (whose output keeps the bytes it
    /// had before languages were read).
    static func language(_ d: Document) -> [(String, JSONValue)] {
        d.language == .en ? [] : [("language", .string(d.language.rawValue))]
    }

    /// A metadata field as its key and JSON value: null when the text does not state it.
    static func field(_ m: Metadata, _ field: MetadataField) -> (String, JSONValue) {
        if field.key == "sponsors" { return (field.key, .array(m.sponsors.map(JSONValue.string))) }
        let value = field.value(m)
        if field.isNumber, let n = value.flatMap({ Int($0) }) { return (field.key, .int(n)) }
        return (field.key, .optional(value))
    }

    static func paragraph(_ p: Paragraph) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("label", .string(p.label.description)),
            ("kind", .string(p.kind.rawValue)),
            ("number", .optional(p.number)),
            ("level", .int(p.level)),
            ("text", .string(p.text)),
            ("comparableText", .string(p.comparableText)),
            ("footnotes", .array(p.footnotes.map(JSONValue.int))),
            ("lines", .array([.int(p.lines.lowerBound), .int(p.lines.upperBound)])),
        ]
        if !p.section.isEmpty { fields.append(("section", .array(p.section.map(JSONValue.string)))) }
        if !p.children.isEmpty { fields.append(("children", .array(p.children.map(paragraph)))) }
        return .object(fields)
    }

    static func heading(_ h: Heading) -> JSONValue {
        .object([("level", .int(h.level)), ("text", .string(h.text)), ("line", .int(h.line))])
    }

    static func footnote(_ f: Footnote) -> JSONValue {
        .object([
            ("number", .int(f.number)), ("text", .string(f.text)), ("line", .int(f.line)),
            ("citedBy", .array(f.citedBy.map { .string($0.description) })),
        ])
    }
}
