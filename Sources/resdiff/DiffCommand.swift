import ResolutionDiff

/// `resdiff OLD NEW` (also `resdiff diff OLD NEW`): the comparison. Parses both files,
/// compares them, renders the report; exit 0 when nothing changed, 1 when something
/// did, 2 on trouble.
enum DiffCommand {
    static let usage = """
        usage: resdiff [diff] OLD NEW [--format text|json] [--minimal]

        Compares two versions of a resolution paragraph by paragraph: which paragraphs
        were added, removed, reworded, renumbered, moved, split or merged, and the words
        that changed inside each. Either file may be - for standard input.

        options:
          --format text|json   output format (default: text); JSON is described in Docs/json-format.md
          --minimal            shortest word-level edit scripts, without cleanup for people
          -h, --help           show this help
          --version            show the version

        Exit status: 0 no changes, 1 changes, 2 trouble.

        """

    static let options: [OptionSpec] = [.value("format"), .flag("minimal"), .flag("help", "h"), .flag("version")]

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        let arguments = try Arguments.scan(args, options: options)
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        let format = try arguments.choice("format", of: ["text", "json"], default: "text")
        guard arguments.operands.count == 2 else {
            throw UsageError(message: "expected two files, OLD and NEW (see 'resdiff --help')")
        }
        if arguments.operands == ["-", "-"] {
            throw UsageError(message: "only one of OLD and NEW can be standard input")
        }
        var documents: [Document] = []
        for path in arguments.operands {
            do {
                documents.append(try ResolutionParser.parse(path: path))
            } catch {
                Output.error(error.description)
                return .trouble
            }
        }
        let report = Comparison.compare(
            documents[0], documents[1], options: WordDiff.Options(minimal: arguments.has("minimal")))
        Output.out(format == "json" ? ReportJSON.render(report) : ReportText.render(report))
        return report.hasChanges ? .changes : .noChanges
    }
}
