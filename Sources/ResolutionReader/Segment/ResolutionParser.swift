import ResolutionLanguage
import ResolutionModel

/// The entry point of the parsing half of the pipeline: bytes or text in, a `Document` out.
public enum ResolutionParser {
    /// Parses decoded text.
    public static func parse(_ source: SourceText) throws(InputError) -> Document {
        if let language = LanguageGuess.nonEnglish(source.text) {
            throw InputError(
                file: source.name,
                problem: .notADocument(
                    "written in \(language); resdiff reads English texts for now, and never half-reads another language"))
        }
        return try Segmenter.segment(source)
    }

    /// Reads and parses a file (`-` for standard input): text, a Word file or a PDF.
    public static func parse(path: String, tracked: TrackedChanges = .accepted) throws(InputError) -> Document {
        try parse(SourceText.read(path: path, tracked: tracked))
    }

    /// Parses text held in memory, named `name` in errors.
    public static func parse(text: String, name: String = "<text>") throws(InputError) -> Document {
        try parse(SourceText(name: name, text: text))
    }
}
