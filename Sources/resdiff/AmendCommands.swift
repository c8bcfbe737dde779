import Foundation
import ResolutionDiff

/// `resdiff amend OLD NEW`: writes the amendments that turn OLD into NEW, in UN style.
/// `resdiff apply BASE AMENDMENTS`: applies amendments to BASE and prints the result.
enum AmendCommand: Command {
    static let usage = """
        usage: resdiff amend OLD NEW [--format text|json|html] [--substantive] [-o FILE]

        Writes the amendments that turn OLD into NEW, one numbered instruction per change,
        in the order of the text and in OLD's numbering: "In operative paragraph 5, after
        the words “human rights” insert the words “and fundamental freedoms”". See
        Docs/amendments.md.

        options:
          --format text|json|html   text (default); json: the instructions as data; html:
                                    the instructions next to the change report
          --substantive             leave out technical changes (years, dates, symbols)
          -o, --output FILE         write to FILE
          -h, --help, --version

        Exit status: 0 no amendments needed, 1 amendments written, 2 trouble.

        """

    static let options: [OptionSpec] = [
        SharedOption.format, SharedOption.substantive, SharedOption.output, SharedOption.tracked, SharedOption.lang,
        SharedOption.minimal,
        SharedOption.exitZero,
    ]

    static func run(_ arguments: Arguments) throws(CommandError) -> ExitCode {
        let renderer = try arguments.renderer(from: Formats.amendments)
        let options = try arguments.resdiffOptions()
        let paths = try arguments.operands("OLD", "NEW", command: "amend")
        try refuseOverwriting(paths, with: arguments.value("output"))
        let documents = try load(paths, options: options)
        let amendments = Resdiff.amend(try compare(documents[0], documents[1], options: options), options: options)
        try write(renderer.render(amendments, options: RenderOptions()), to: arguments.value("output"))
        return arguments.changes(!amendments.instructions.isEmpty || !amendments.unexpressed.isEmpty)
    }
}

enum ApplyCommand: Command {
    static let usage = """
        usage: resdiff apply BASE AMENDMENTS [--expect DRAFT] [--partial] [--explain] [-o FILE]

        Applies amendments written in UN style (the output of 'resdiff amend', or the same
        phrasing written by a person) to BASE and prints the amended text in BASE's own
        layout. Nothing is written unless every instruction applies.

        options:
          --expect DRAFT     compare the amended text with DRAFT paragraph by paragraph:
                             exit 0 when they match, 1 with the differences shown
          --partial          apply what can be applied and list the rest on stderr
          --explain          apply nothing: for each instruction, how it reads, the
                             paragraph and line of BASE it lands on, and the words
                             it finds there (or why not); exit 1 if any would fail
          -o, --output FILE  write the amended text to FILE
          -h, --help, --version

        Exit status: 0 applied (and matching DRAFT), 1 not matching DRAFT or some
        instructions left out with --partial, 2 trouble.

        """

    static let options: [OptionSpec] = [.value("expect"), .flag("partial"), .flag("explain"), SharedOption.output]

    static func run(_ arguments: Arguments) throws(CommandError) -> ExitCode {
        let paths = try arguments.operands("BASE", "AMENDMENTS", command: "apply")
        let (basePath, amendmentsPath) = (paths[0], paths[1])
        try refuseOverwriting(paths + [arguments.value("expect")].compactMap { $0 }, with: arguments.value("output"))
        let options = ResdiffOptions()
        let source: SourceText, amendments: SourceText
        do {
            source = try Resdiff.source(basePath, options: options)
            amendments = try Resdiff.source(amendmentsPath, options: options)
        } catch {
            throw CommandError(error.description)
        }
        if arguments.has("explain") {
            let explanations: [AmendmentExplanation]
            do {
                explanations = try Resdiff.explain(amendments.text, to: source)
            } catch {
                throw CommandError("\(amendmentsPath): \(error.message)")
            }
            var out = ""
            for e in explanations {
                out += "\(e.instruction). \(e.reading)\n"
                let place =
                    e.paragraph.map { p in "\(p)" + (e.line.map { " (line \($0) of \(basePath))" } ?? "") } ?? "nowhere"
                out += "   \(e.applies ? "→" : "✗") \(place): \(e.detail)\n"
            }
            try write(.text(Typography.visibleControls(out)), to: arguments.value("output"))
            return explanations.allSatisfy(\.applies) ? .noChanges : .changes
        }
        let result: AmendmentApplier.Result
        do {
            result = try Resdiff.apply(amendments.text, to: source, partial: arguments.has("partial"))
        } catch {
            throw CommandError("\(amendmentsPath): \(error.message)")
        }
        for failure in result.failures { Output.error("\(amendmentsPath): \(failure.description) (left out)") }
        if let expectPath = arguments.value("expect") {
            let expected = try load([expectPath], options: options)[0]
            let amended: Document
            do {
                amended = try Resdiff.read(text: result.text, name: "\(basePath) amended")
            } catch {
                throw CommandError("the amended text cannot be read back: \(error.description)")
            }
            let report = try compare(amended, expected, options: options)
            let differs = report.entries.contains { !$0.isUnchanged }
            if differs {
                var render = RenderOptions()
                render.width = Terminal.width()
                try write(Formats.report[0].render(report, options: render), to: nil)
            }
            return differs || !result.failures.isEmpty ? .changes : .noChanges
        }
        try write(.text(result.text), to: arguments.value("output"))
        return result.failures.isEmpty ? .noChanges : .changes
    }
}
