import ResolutionDiff

/// `resdiff parse FILE`: shows how resdiff reads a text, as one paragraph a line or as
/// JSON. Use it to check a file before comparing, or as git's textconv.
enum ParseCommand {
    static let usage = """
        usage: resdiff parse FILE [--format text|json] [--tracked accepted|original] [--verbose]

        Reads a resolution or report and prints its structure: the metadata, then one
        paragraph a line as LABEL  text (PP1, OP13(a), P12), then the footnotes.
        FILE may be - for standard input.

        options:
          --format text|json   output format (default: text); JSON is described in Docs/parse-json.md
          --tracked accepted|original
                               Word files: tracked changes accepted (default) or rejected
          --verbose            say which encoding the file was read in
          -h, --help           show this help
          --version            show the version

        """

    static let options: [OptionSpec] = [
        .value("format"), .flag("verbose", "v"), .flag("help", "h"), .flag("version"), trackedOption,
    ]

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        let arguments = try Arguments.scan(args, options: options)
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        let format = try arguments.choice("format", of: ["text", "json"], default: "text")
        guard arguments.operands.count == 1 else {
            throw UsageError(message: "parse takes one FILE (see 'resdiff parse --help')")
        }
        let tracked = try trackedChoice(arguments)
        let document: Document
        do {
            document = try ResolutionParser.parse(path: arguments.operands[0], tracked: tracked)
        } catch {
            Output.error(error.description)
            return .trouble
        }
        if arguments.has("verbose") {
            Output.note("\(document.file): read as \(document.format.name)")
        }
        if document.format == .text(.windows1252) && arguments.has("verbose") {
            Output.note("\(document.file): not valid UTF-8, read as Windows-1252")
        }
        Output.out(format == "json" ? DocumentJSON.render(document) : DocumentText.render(document))
        return .noChanges
    }
}
