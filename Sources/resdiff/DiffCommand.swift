import Foundation
import ResolutionDiff

/// `resdiff OLD NEW` (also `resdiff diff OLD NEW`): the comparison. Parses both files,
/// compares them, renders the report; exit 0 when nothing changed, 1 when something
/// did, 2 on trouble.
enum DiffCommand {
    static let usage = """
        usage: resdiff [diff] OLD NEW [options]
               resdiff DRAFT.docx [options]    what the draft's tracked changes do

        Compares two versions of a resolution paragraph by paragraph: which paragraphs
        were added, removed, reworded, renumbered, moved, split or merged, and the words
        that changed inside each. Either file may be - for standard input.

        options:
          --format text|json|html   output format (default: text)
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
          --minimal                 shortest word-level edit scripts, without cleanup
          -h, --help                show this help
          --version                 show the version

        Formats are described in Docs/format-text.md, Docs/format-html.md and
        Docs/json-format.md. Exit status: 0 no changes, 1 changes, 2 trouble.

        """

    static let options: [OptionSpec] = [
        .value("format"), .value("output", "o"), .value("color"), .value("colour"), .value("context", "U"),
        .flag("all"), .flag("substantive"), .flag("stat"), .value("layout"), .flag("minimal"), trackedOption,
        .flag("help", "h"), .flag("version"),
    ]

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        let arguments = try Arguments.scan(args, options: options)
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        let format = try arguments.choice("format", of: ["text", "json", "html"], default: "text")
        let colorChoice = try arguments.choice(
            arguments.value("colour") != nil ? "colour" : "color", of: ["auto", "always", "never"], default: "auto")
        let layout = try arguments.choice("layout", of: ["inline", "side-by-side"], default: "inline")
        var context = 0
        if let value = arguments.value("context") {
            guard let n = Int(value), n >= 0 else {
                throw UsageError(message: "--context takes a number of paragraphs, not '\(value)'")
            }
            context = n
        }
        let tracked = try trackedChoice(arguments)
        let documents: [Document]
        if arguments.operands.count == 1, arguments.operands[0] != "-" {
            // One Word file: its original text against its text with the changes accepted.
            guard let original = loadDocuments(arguments.operands, tracked: .original),
                let accepted = loadDocuments(arguments.operands, tracked: .accepted)
            else { return .trouble }
            guard accepted[0].format == .wordDocument else {
                throw UsageError(
                    message:
                        "one file is compared with itself only for a Word file with tracked changes; give OLD and NEW")
            }
            documents = original + accepted
        } else {
            guard arguments.operands.count == 2 else {
                throw UsageError(message: "expected two files, OLD and NEW (see 'resdiff --help')")
            }
            if arguments.operands == ["-", "-"] {
                throw UsageError(message: "only one of OLD and NEW can be standard input")
            }
            guard let loaded = loadDocuments(arguments.operands, tracked: tracked) else { return .trouble }
            documents = loaded
        }
        let report = Comparison.compare(
            documents[0], documents[1], options: WordDiff.Options(minimal: arguments.has("minimal")))
        let presentation = PresentationOptions(
            context: context, all: arguments.has("all"), substantive: arguments.has("substantive"))
        let output = arguments.value("output")
        let text: String
        switch format {
        case "json":
            text = ReportJSON.render(report)
        case "html":
            text = HTMLReport.render(
                report, options: HTMLReport.Options(presentation: presentation, sideBySide: layout == "side-by-side"))
        default:
            let color = Terminal.useColor(colorChoice, writingToFile: output != nil)
            text = UnifiedText.render(
                report,
                options: UnifiedText.Options(
                    presentation: presentation, color: color, width: Terminal.width(), stat: arguments.has("stat")))
        }
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                Output.error("\(output): cannot write the report (\((error as NSError).localizedDescription))")
                return .trouble
            }
        } else {
            Output.out(text)
        }
        return report.hasChanges ? .changes : .noChanges
    }
}
