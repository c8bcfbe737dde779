import ResolutionDiff

/// `resdiff OLD NEW`: the comparison. Parsing of both operands is in place; the
/// alignment and renderers come with their own issues.
enum DiffCommand {
    static let usage = """
        usage: resdiff [diff] OLD NEW [--format text|json|html]

        Compares two versions of a resolution paragraph by paragraph.
        Either file may be - for standard input.

        """

    static let options: [OptionSpec] = [.value("format"), .flag("help", "h"), .flag("version")]

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        let arguments = try Arguments.scan(args, options: options)
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        guard arguments.operands.count == 2 else {
            throw UsageError(message: "expected two files, OLD and NEW (see 'resdiff --help')")
        }
        for path in arguments.operands {
            do {
                _ = try ResolutionParser.parse(path: path)
            } catch {
                Output.error(error.description)
                return .trouble
            }
        }
        Output.error("comparing is not available yet in this version; 'resdiff parse FILE' shows how a text is read")
        return .trouble
    }
}
