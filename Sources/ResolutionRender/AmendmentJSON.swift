import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff amend --format json`: the instructions as data, one object each, with the
/// sentence they read as. Versioned like the other JSON outputs.
public enum AmendmentJSON {
    /// The instructions for scripts: each with its fields and the sentence it reads as.
    /// `unexpressed` lists, in words, the changes the instructions do not express.
    public static func render(
        _ instructions: [AmendmentInstruction], base: String?, target: String?, unexpressed: [String] = [],
        language: LanguageCode = .en
    ) -> String {
        func ref(_ r: ParagraphReference) -> JSONValue {
            .object([
                ("part", .string(r.part.rawValue)), ("number", .string(r.number)),
                ("subparagraphs", .array(r.subparagraphs.map(JSONValue.string))), ("words", .string(r.words)),
            ])
        }
        let items: [JSONValue] = instructions.map { i in
            var fields: [(String, JSONValue)]
            switch i {
            case .insertWords(let r, let anchor, let before, let words):
                fields = [
                    ("action", .string("insertWords")), ("paragraph", ref(r)), ("anchor", .string(anchor)),
                    ("position", .string(before ? "before" : "after")), ("words", .string(words)),
                ]
            case .deleteWords(let r, let words, let after):
                fields = [
                    ("action", .string("deleteWords")), ("paragraph", ref(r)), ("words", .string(words)),
                    ("after", .optional(after)),
                ]
            case .replaceWords(let r, let old, let new):
                fields = [
                    ("action", .string("replaceWords")), ("paragraph", ref(r)), ("old", .string(old)),
                    ("new", .string(new)),
                ]
            case .deleteParagraph(let r):
                fields = [("action", .string("deleteParagraph")), ("paragraph", ref(r))]
            case .insertParagraph(let r, let before, let text):
                fields = [
                    ("action", .string("insertParagraph")), ("paragraph", ref(r)),
                    ("position", .string(before ? "before" : "after")), ("text", .string(text)),
                ]
            case .moveParagraph(let r, let to, let before):
                fields = [
                    ("action", .string("moveParagraph")), ("paragraph", ref(r)), ("to", ref(to)),
                    ("position", .string(before ? "before" : "after")),
                ]
            case .replaceParagraph(let r, let text):
                fields = [("action", .string("replaceParagraph")), ("paragraph", ref(r)), ("text", .string(text))]
            case .insertFootnote(let r, let anchor, let text):
                fields = [
                    ("action", .string("insertFootnote")), ("paragraph", ref(r)), ("anchor", .string(anchor)),
                    ("text", .string(text)),
                ]
            }
            fields.append(("sentence", .string(AmendmentText.sentence(i, language: language))))
            return .object(fields)
        }
        return JSONValue.object([
            ("formatVersion", .int(2)), ("base", .optional(base)), ("target", .optional(target)),
            ("instructions", .array(items)), ("unexpressed", .array(unexpressed.map(JSONValue.string))),
        ]).serialized()
    }
}
