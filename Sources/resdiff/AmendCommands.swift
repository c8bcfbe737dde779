import Foundation
import ResolutionDiff

/// `resdiff amend OLD NEW`: writes the amendments that turn OLD into NEW, in UN style.
/// `resdiff apply BASE AMENDMENTS`: applies amendments to BASE and prints the result.
enum AmendCommand {
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

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        let arguments = try Arguments.scan(
            args,
            options: [
                .value("format"), .flag("substantive"), .value("output", "o"), .flag("help", "h"), .flag("version"),
            ])
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        let format = try arguments.choice("format", of: ["text", "json", "html"], default: "text")
        guard arguments.operands.count == 2 else {
            throw UsageError(message: "amend takes OLD and NEW (see 'resdiff amend --help')")
        }
        let tracked = try trackedChoice(arguments)
        guard let documents = loadDocuments(arguments.operands, tracked: tracked) else { return .trouble }
        let report = Comparison.compare(documents[0], documents[1])
        let placed = AmendmentWriter.placedInstructions(report, substantive: arguments.has("substantive"))
        let instructions = placed.map(\.instruction)
        let (base, target) = (
            documents[0].metadata.symbol ?? documents[0].file, documents[1].metadata.symbol ?? documents[1].file
        )
        let text: String
        switch format {
        case "json": text = AmendmentJSON.render(instructions, base: base, target: target)
        case "html": text = HTMLReport.render(report, options: .init(amendments: placed))
        default: text = AmendmentText.render(instructions, base: base, target: target)
        }
        guard write(text, to: arguments.value("output")) else { return .trouble }
        return instructions.isEmpty ? .noChanges : .changes
    }
}

enum ApplyCommand {
    static let usage = """
        usage: resdiff apply BASE AMENDMENTS [--expect DRAFT] [--partial] [-o FILE]

        Applies amendments written in UN style (the output of 'resdiff amend', or the same
        phrasing written by a person) to BASE and prints the amended text in BASE's own
        layout. Nothing is written unless every instruction applies.

        options:
          --expect DRAFT     compare the amended text with DRAFT paragraph by paragraph:
                             exit 0 when they match, 1 with the differences shown
          --partial          apply what can be applied and list the rest on stderr
          -o, --output FILE  write the amended text to FILE
          -h, --help, --version

        Exit status: 0 applied (and matching DRAFT), 1 not matching DRAFT or some
        instructions left out with --partial, 2 trouble.

        """

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        let arguments = try Arguments.scan(
            args,
            options: [.value("expect"), .flag("partial"), .value("output", "o"), .flag("help", "h"), .flag("version")])
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        guard arguments.operands.count == 2 else {
            throw UsageError(message: "apply takes BASE and AMENDMENTS (see 'resdiff apply --help')")
        }
        let (basePath, amendmentsPath) = (arguments.operands[0], arguments.operands[1])
        let source: SourceText, amendments: SourceText
        let base: Document
        do {
            source = try SourceText.read(path: basePath)
            base = try ResolutionParser.parse(source)
            amendments = try SourceText.read(path: amendmentsPath)
        } catch {
            Output.error(error.description)
            return .trouble
        }
        let instructions: [AmendmentInstruction]
        do {
            instructions = try AmendmentText.parse(amendments.text)
        } catch {
            Output.error("\(amendmentsPath): instruction \(error.instruction): \(error.message)")
            return .trouble
        }
        let result: AmendmentApplier.Result
        do {
            result = try AmendmentApplier.apply(
                instructions, to: base, source: source, partial: arguments.has("partial"))
        } catch {
            Output.error("\(amendmentsPath): \(error.description)")
            return .trouble
        }
        for failure in result.failures { Output.error("\(amendmentsPath): \(failure.description) (left out)") }
        if let expectPath = arguments.value("expect") {
            guard let expected = loadDocuments([expectPath])?.first else { return .trouble }
            let amended: Document
            do {
                amended = try ResolutionParser.parse(SourceText(name: "\(basePath) amended", text: result.text))
            } catch {
                Output.error("the amended text cannot be read back: \(error.description)")
                return .trouble
            }
            let report = Comparison.compare(amended, expected)
            let differs = report.entries.contains { !$0.isUnchanged }
            if differs {
                Output.out(UnifiedText.render(report, options: .init(width: Terminal.width())))
            }
            return differs || !result.failures.isEmpty ? .changes : .noChanges
        }
        guard write(result.text, to: arguments.value("output")) else { return .trouble }
        return result.failures.isEmpty ? .noChanges : .changes
    }
}

/// Writes to a file, or to standard output when no file is named.
func write(_ text: String, to path: String?) -> Bool {
    guard let path else {
        Output.out(text)
        return true
    }
    do {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return true
    } catch {
        Output.error("\(path): cannot write (\((error as NSError).localizedDescription))")
        return false
    }
}
