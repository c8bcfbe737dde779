import ResolutionDiff

/// `resdiff parse FILE`: shows how resdiff reads a text, as one paragraph a line or as
/// JSON. Use it to check a file before comparing, or as git's textconv.
enum ParseCommand: Command {
    static let usage = """
        usage: resdiff parse FILE [--format text|json] [--tracked accepted|original] [--lang CODE] [--verbose]

        Reads a resolution or report and prints its structure: the metadata, then one
        paragraph a line as LABEL  text (PP1, OP13(a), P12), then the footnotes.
        FILE may be - for standard input.

        options:
          --format text|json   output format (default: text); JSON is described in Docs/parse-json.md
          --tracked accepted|original
                               Word files: tracked changes accepted (default) or rejected
          --lang CODE          the text's language (en, fr, es, ru, ar, zh), when its words do not tell it
          --plain              paragraphs without labels, one a line: for git's textconv, where
                               labels would make one inserted paragraph change every line
          --verbose            say how the file was read, and list the adoption block and the
                               lines set aside as page furniture, each with its reason
          -h, --help           show this help
          --version            show the version

        """

    static let options: [OptionSpec] = [
        SharedOption.format, .flag("verbose", "v"), .flag("plain"), SharedOption.tracked, SharedOption.lang,
    ]

    static func run(_ arguments: Arguments) throws(CommandError) -> ExitCode {
        let renderer = try arguments.renderer(from: Formats.document)
        let paths = try arguments.operands("FILE", command: "parse")
        let document = try load(paths, options: try arguments.resdiffOptions())[0]
        if arguments.has("verbose") {
            Output.note("\(document.file): read as \(document.format.name)")
            if document.format == .text(.windows1252) {
                Output.note("\(document.file): not valid UTF-8, read as Windows-1252")
            }
        }
        var render = RenderOptions()
        render.verbose = arguments.has("verbose")
        render.plain = arguments.has("plain")
        try write(renderer.render(document, options: render), to: nil)
        return .noChanges
    }
}
