import ResolutionLanguage
import ResolutionModel

/// The entry point of the parsing half of the pipeline: bytes or text in, a `Document` out.
public enum ResolutionParser {
    /// Parses decoded text.
    /// The language is the text's own (detected from its words and script) unless
    /// `language` forces one (`--lang`).
    public static func parse(_ source: SourceText, language: LanguageCode? = nil) throws(InputError) -> Document {
        // Decoding has told the language already, unless the text came in some other way.
        let code = language ?? source.detectedLanguage ?? LanguageGuess.detect(source.text)
        var document = try Segmenter.segment(source, language: Language.of(code))
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
