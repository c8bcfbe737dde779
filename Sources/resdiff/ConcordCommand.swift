import ResolutionDiff

/// `resdiff concord FIRST SECOND`: two language versions of one text, paired by
/// position and structure, and what must agree across languages checked: counts,
/// numbers, symbols, dates, footnote references.
enum ConcordCommand: Command {
    static let usage = """
        usage: resdiff concord FIRST SECOND [--format text|json|html] [-o FILE]

        Pairs the paragraphs of two language versions of one text (English and French,
        say) by position and structure: PP3 with PP3, OP5(b) with OP5(b), footnote 2
        with footnote 2. Reports where they disagree in what must agree across
        languages: paragraph, sub-paragraph and footnote counts, numbers, document
        symbols, dates, footnote references, and the resolution's number, symbol and
        dates. The words themselves are not compared. Each file's language is told
        from its words.

        options:
          --format text|json|html   output format (default: text)
          -o, --output FILE         write the report to FILE
          --exit-zero               exit 0 even when the versions disagree
          -h, --help                show this help
          --version                 show the version

        Exit status: 0 the versions agree, 1 they disagree, 2 trouble.

        """

    static let options: [OptionSpec] = [SharedOption.format, SharedOption.output, SharedOption.exitZero]

    static func run(_ arguments: Arguments) throws(CommandError) -> ExitCode {
        let renderer = try arguments.renderer(from: Formats.concordance)
        let paths = try arguments.operands("FIRST", "SECOND", command: "concord")
        let output = arguments.value("output")
        try refuseOverwriting(paths, with: output)
        let documents = try load(paths, options: try arguments.resdiffOptions())
        let concordance = Resdiff.concord(documents[0], documents[1])
        try write(renderer.render(concordance, options: RenderOptions()), to: output)
        return arguments.changes(!concordance.disagreements.isEmpty)
    }
}
