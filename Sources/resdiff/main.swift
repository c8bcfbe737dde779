import Foundation
import ResolutionDiff

/// resdiff's command line: picks the subcommand, runs it, maps the outcome to diff's
/// exit statuses. Everything else lives in the ResolutionDiff library.
let usage = """
    usage: resdiff OLD NEW [options]            compare two versions of a resolution
           resdiff DRAFT.docx [options]         what a Word draft's tracked changes do
           resdiff check BASE DRAFT [options]   check a draft against the text it amends
           resdiff amend OLD NEW [options]      write the amendments that turn OLD into NEW
           resdiff apply BASE AMENDMENTS        apply amendments to BASE
           resdiff parse FILE [options]         show how resdiff reads a text
           resdiff concord FIRST SECOND         check two language versions agree
           resdiff git-diff ...                 git's external diff driver (Docs/git.md)

    Run 'resdiff COMMAND --help' for a command's options.
    Exit status: 0 no changes, 1 changes, 2 trouble.

    """

/// The subcommands by name; `resdiff OLD NEW` with no name is `diff`.
enum Commands {
    /// The command `word` was probably meant to be: a word that is no file, one or two
    /// letters from a command's name ("difff" for "diff"); nil otherwise.
    static func misspelled(_ word: String) -> String? {
        guard !word.hasPrefix("-"), !word.contains("/"), !word.contains("."),
            !FileManager.default.fileExists(atPath: word)
        else { return nil }
        return table.keys.sorted().first { distance($0, word) <= 2 }
    }

    /// Levenshtein distance: O(a·b) on two short words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    static let table: [String: @Sendable ([String]) throws(CommandError) -> ExitCode] = [
        "diff": DiffCommand.main, "parse": ParseCommand.main, "check": CheckCommand.main, "amend": AmendCommand.main,
        "apply": ApplyCommand.main, "concord": ConcordCommand.main, "git-diff": GitDiffCommand.run,
    ]
}

func runMain(_ args: [String]) -> ExitCode {
    do throws(CommandError) {
        if let name = args.first, let command = Commands.table[name] { return try command(Array(args.dropFirst())) }
        switch args.first {
        case "help": Output.out(usage); return .noChanges
        default:
            if args.isEmpty { Output.error("missing operands; see 'resdiff --help'"); return .trouble }
            if args == ["--help"] || args == ["-h"] { Output.out(usage); return .noChanges }
            if args == ["--version"] { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
            if let name = args.first, let suggestion = Commands.misspelled(name) {
                throw CommandError("unknown command '\(name)'; did you mean '\(suggestion)'? (see 'resdiff --help')")
            }
            return try DiffCommand.main(args)
        }
    } catch {
        Output.error(error.message)
        return .trouble
    }
}

let status = runMain(Array(CommandLine.arguments.dropFirst()))
if Output.failed {
    Output.error("cannot write to standard output (\(String(cString: strerror(errno))))")
    exit(ExitCode.trouble.rawValue)
}
exit(status.rawValue)
