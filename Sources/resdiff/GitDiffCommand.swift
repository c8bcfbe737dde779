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

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        if args.contains("--help") || args.contains("-h") { Output.out(usage); return .noChanges }
        if args.contains("--version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        guard args.count == 7 || args.count == 9 else {
            throw UsageError(
                message: "git-diff takes the seven arguments git gives an external diff (see 'resdiff git-diff --help')"
            )
        }
        let path = args[0]
        func document(_ file: String) -> Document? {
            if file == "/dev/null" { return Document.empty(file: path) }
            do {
                var d = try ResolutionParser.parse(path: file)
                d.file = path
                return d
            } catch {
                Output.error("\(path): \(error.problem)")
                return nil
            }
        }
        guard let old = document(args[1]), let new = document(args[4]) else { return .trouble }
        let report = Comparison.compare(old, new)
        let environment = ProcessInfo.processInfo.environment
        let choice = environment["GIT_RESDIFF_COLOR"] ?? "auto"
        Output.out("resdiff \(path)\n")
        Output.out(
            UnifiedText.render(
                report,
                options: UnifiedText.Options(
                    color: Terminal.useColor(choice, writingToFile: false), width: Terminal.width())))
        return .noChanges
    }
}
