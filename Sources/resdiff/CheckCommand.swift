import Foundation
import ResolutionDiff

/// `resdiff check BASE DRAFT`: for CI on drafted amendments. Exit 0 when nothing at error
/// level is found, 1 when something is, 2 on trouble.
enum CheckCommand {
    static let usage = """
        usage: resdiff check BASE DRAFT [options]

        Checks a draft against the text it amends and prints one finding a line,
        DRAFT:LINE: LEVEL: message [rule], sorted by line.

        rules (errors unless said otherwise):
          scope        with --allow, only those paragraphs may change
          numbering    operative paragraphs run 1, 2, 3 ...; sub-paragraphs (a), (b) ... and (i), (ii) ...
          punctuation  PP end with a comma, OP with a semicolon, the last OP with a full stop,
                       a paragraph introducing sub-paragraphs with a colon (warning)
          openers      PP open with a participle or adjective, OP with a present-tense verb (warning)
          references   "paragraph 5 above" and the like point to paragraphs that exist
          footnotes    every marker has a footnote, every footnote is cited
          technical    unchanged paragraphs that still name the base's session, year or symbol (warning)

        options:
          --allow LIST             paragraphs of BASE that may change: OP5,OP7-OP9,PP3,new
          --rule NAME=off|warn|error
                                   set a rule (repeatable)
          --policy FILE            read allow, NAME = off|warn|error and format from FILE
          --format text|json|github
                                   github prints workflow commands (::error file=...,line=...::)
          -h, --help               show this help
          --version                show the version

        Exit status: 0 no errors, 1 errors, 2 trouble.

        """

    static let options: [OptionSpec] = [
        .value("allow"), .value("rule"), .value("policy"), .value("format"), .flag("help", "h"), .flag("version"),
        trackedOption,
    ]

    static func run(_ args: [String]) throws(UsageError) -> ExitCode {
        let arguments = try Arguments.scan(args, options: options)
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        guard arguments.operands.count == 2 else {
            throw UsageError(message: "check takes BASE and DRAFT (see 'resdiff check --help')")
        }
        var policy = Policy()
        if let path = arguments.value("policy") {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                Output.error("\(path): cannot read the policy file")
                return .trouble
            }
            do {
                policy = try Policy.parse(text, file: path)
            } catch {
                Output.error(error.message)
                return .trouble
            }
        }
        var configuration = policy.configuration
        do {
            if let allow = arguments.value("allow") {
                configuration.allowed = nil
                configuration.allowNew = false
                try configuration.allow(allow)
            }
            for setting in arguments.all("rule") { try configuration.set(setting) }
        } catch {
            throw UsageError(message: error.message)
        }
        let format = arguments.value("format") ?? policy.format ?? "text"
        guard ["text", "json", "github"].contains(format) else {
            throw UsageError(message: "--format must be one of text, json, github, not '\(format)'")
        }
        let tracked = try trackedChoice(arguments)
        guard let documents = loadDocuments(arguments.operands, tracked: tracked) else { return .trouble }
        let findings = Checker.check(base: documents[0], draft: documents[1], configuration: configuration)
        let file = arguments.operands[1]
        switch format {
        case "json": Output.out(FindingsRender.json(findings, file: file))
        case "github": Output.out(FindingsRender.github(findings, file: file))
        default: Output.out(FindingsRender.text(findings, file: file))
        }
        return findings.contains { $0.level == .error } ? .changes : .noChanges
    }
}
