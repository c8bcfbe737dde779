import Foundation
import ResolutionDiff

/// `resdiff git-diff`: git's external diff driver (`diff.<driver>.command`). Git calls it
/// with seven arguments (path, old file, old hex, old mode, new file, new hex, new mode),
/// passes /dev/null for the missing side of an added or deleted file, and treats any
/// exit status but 0 as a failure, so this exits 0 whatever changed. Colour follows
/// git's pager: set `GIT_RESDIFF_COLOR=always` to force it.
enum GitDiffCommand {
    static let usage = """
        usage: resdiff git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE

        git's external diff driver; see Docs/git.md. In .gitattributes:
            *.res.txt diff=resolution
        and once per repository:
            git config diff.resolution.command "resdiff git-diff"

        """

    /// Git's arguments are positional and may start with a dash; they are not scanned
    /// as options.
    static func run(_ args: [String]) throws(CommandError) -> ExitCode {
        if args.contains("--help") || args.contains("-h") { Output.out(usage); return .noChanges }
        if args.contains("--version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        guard args.count == 7 || args.count == 9 else {
            throw CommandError(
                "git-diff takes the seven arguments git gives an external diff (see 'resdiff git-diff --help')")
        }
        let path = args[0]
        func document(_ file: String) throws(CommandError) -> Document {
            if file == "/dev/null" { return Document.empty(file: Typography.visibleControls(path)) }
            do {
                var d = try Resdiff.read(file)
                d.file = Typography.visibleControls(path)
                return d
            } catch {
                // Named by the path in the repository, not git's temporary file.
                throw CommandError(InputError(file: path, problem: error.problem).description)
            }
        }
        let report = try compare(try document(args[1]), try document(args[4]), options: ResdiffOptions())
        var render = RenderOptions()
        render.color = Terminal.useColor(
            ProcessInfo.processInfo.environment["GIT_RESDIFF_COLOR"] ?? "auto", writingToFile: false)
        render.width = Terminal.width()
        Output.out("resdiff \(Typography.visibleControls(path))\n")
        try write(Formats.report[0].render(report, options: render), to: nil)
        return .noChanges
    }
}
