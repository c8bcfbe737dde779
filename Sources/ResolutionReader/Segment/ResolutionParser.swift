import ResolutionLanguage
import ResolutionModel

/// The entry point of the parsing half of the pipeline: bytes or text in, a `Document` out.
public enum ResolutionParser {
    /// Parses decoded text.
    /// The language is the text's own (detected from its words and script) unless
    /// `language` forces one (`--lang`).
    public static func parse(_ source: SourceText, language: LanguageCode? = nil) throws(InputError) -> Document {
        let code = language ?? LanguageGuess.detect(source.text)
        guard let facts = Language.of(code) else {
            let names = Language.supported.map(\.name)
            let read = names.dropLast(1).joined(separator: ", ") + " and " + names.last!
            throw InputError(
                file: source.name,
                problem: .notADocument(
                    "written in \(code.name); resdiff reads \(read) texts for now, and never half-reads another language"
                ))
        }
        var document = try Segmenter.segment(source, language: facts)
        document.language = code
        return document
    }

    /// Reads and parses a file (`-` for standard input): text, a Word file or a PDF.
    public static func parse(path: String, tracked: TrackedChanges = .accepted, language: LanguageCode? = nil)
        throws(InputError) -> Document
    {
        try parse(SourceText.read(path: path, tracked: tracked), language: language)
    }

    /// Parses text held in memory, named `name` in errors.
    public static func parse(text: String, name: String = "<text>") throws(InputError) -> Document {
        try parse(SourceText(name: name, text: text))
    }
}
