import Foundation
import ResolutionDiff

/// `resdiff OLD NEW` (also `resdiff diff OLD NEW`): the comparison. Parses both files,
/// compares them, renders the report; exit 0 when nothing changed, 1 when something
/// did, 2 on trouble.
enum DiffCommand: Command {
    static let usage = """
        usage: resdiff [diff] OLD NEW [options]
               resdiff DRAFT.docx [options]    what the draft's tracked changes do

        Compares two versions of a resolution paragraph by paragraph: which paragraphs
        were added, removed, reworded, renumbered, moved, split or merged, and the words
        that changed inside each. Either file may be - for standard input.

        options:
          --format text|json|html|docx
                                    output format (default: text); docx is the new
                                    text as a Word file with the changes as tracked
                                    changes (give -o FILE)
          -o, --output FILE         write the report to FILE instead of standard output
          --color auto|always|never colour in text output (default: auto: only on a
                                    terminal, never when NO_COLOR is set)
          -U, --context N           show N unchanged paragraphs around each change
          --all                     list unchanged paragraphs too, one line each
          --substantive             hide technical changes (years, dates, symbols, sessions)
          --stat                    only the summary and one line per changed paragraph
          --layout inline|side-by-side
                                    HTML: the new text with changes marked, or old and
                                    new in two columns (default: inline)
          --tracked accepted|original
                                    Word files: read the text with tracked changes
                                    accepted (default) or rejected
          --lang CODE               the texts' language (en fr es ru ar zh), when their words do not tell
                                    it (it is detected; two languages are refused)
          --summary                 docx: a table of the changes before the text
          --no-move-markup          docx: a moved paragraph as a deletion and an
                                    insertion, for programs that reject Word's moves
          --minimal                 shortest word-level edit scripts, without cleanup
          --exit-zero               exit 0 when the report was written, changes or not
                                    (for scripts under set -e); trouble is still 2
          -h, --help                show this help
          --version                 show the version

        Formats are described in Docs/format-text.md, Docs/format-html.md,
        Docs/format-docx.md and Docs/json-format.md. Exit status: 0 no changes, 1 changes, 2 trouble.

        """

    static let options: [OptionSpec] = [
        SharedOption.format, SharedOption.output, .value("color"), .value("colour"), .value("context", "U"),
        .flag("all"), SharedOption.substantive, .flag("stat"), .value("layout"), .flag("summary"),
        .flag("no-move-markup"), SharedOption.minimal,
        SharedOption.tracked, SharedOption.lang, SharedOption.exitZero,
    ]

    static func run(_ arguments: Arguments) throws(CommandError) -> ExitCode {
        let renderer = try arguments.renderer(from: Formats.report)
        let colorChoice = try arguments.choice(
            arguments.value("colour") != nil ? "colour" : "color", of: ["auto", "always", "never"], default: "auto")
        let layout = try arguments.choice("layout", of: ["inline", "side-by-side"], default: "inline")
        var context = 0
        if let value = arguments.value("context") {
            // Beyond the paragraphs any text has, more context shows nothing more.
            guard let n = Int(value), n >= 0 else {
                throw CommandError("--context takes a number of paragraphs, not '\(value)'")
            }
            context = min(n, 1_000_000)
        }
        var options = try arguments.resdiffOptions()
        try refuseOverwriting(arguments.operands, with: arguments.value("output"))
        let documents: [Document]
        if arguments.operands.count == 1, arguments.operands[0] != "-" {
            // One Word file: its original text against its text with the changes accepted.
            options.tracked = .original
            let original = try load(arguments.operands, options: options)
            options.tracked = .accepted
            let accepted = try load(arguments.operands, options: options)
            guard accepted[0].format == .wordDocument else {
                throw CommandError(
                    "one file is compared with itself only for a Word file with tracked changes; give OLD and NEW")
            }
            documents = original + accepted
        } else {
            documents = try load(try arguments.operands("OLD", "NEW", command: "diff"), options: options)
        }
        let report = try compare(documents[0], documents[1], options: options)
        for hint in Hints.of(report) { Output.note(hint) }
        var render = RenderOptions()
        render.presentation = PresentationOptions(
            context: context, all: arguments.has("all"), substantive: arguments.has("substantive"))
        render.color = Terminal.useColor(colorChoice, writingToFile: arguments.value("output") != nil)
        render.width = Terminal.width()
        render.stat = arguments.has("stat")
        render.sideBySide = layout == "side-by-side"
        render.summary = arguments.has("summary")
        render.moveMarkup = !arguments.has("no-move-markup")
        try write(renderer.render(report, options: render), to: arguments.value("output"))
        return arguments.changes(report.hasChanges)
    }
}
