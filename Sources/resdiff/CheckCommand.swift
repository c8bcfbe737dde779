import Foundation
import ResolutionDiff

/// `resdiff check BASE DRAFT`: for CI on drafted amendments. Exit 0 when nothing at error
/// level is found, 1 when something is, 2 on trouble.
enum CheckCommand: Command {
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
          --label NAME             name the draft NAME in findings (as diff -L): a hook that
                                   checks a temporary copy names the real file
          --exit-zero              exit 0 when the check ran, errors or not; trouble is still 2
          --format text|json|github
                                   github prints workflow commands (::error file=...,line=...::)
          -h, --help               show this help
          --version                show the version

        Exit status: 0 no errors, 1 errors, 2 trouble.

        """

    static let options: [OptionSpec] = [
        .value("allow"), .value("rule"), .value("policy"), SharedOption.format, SharedOption.tracked, SharedOption.lang,
        SharedOption.minimal, SharedOption.exitZero, .value("label"),
    ]

    static func run(_ arguments: Arguments) throws(CommandError) -> ExitCode {
        let paths = try arguments.operands("BASE", "DRAFT", command: "check")
        var policy = Policy()
        if let path = arguments.value("policy") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandError("\(path): cannot read the policy file")
            }
            do {
                policy = try Policy.parse(text, file: path)
            } catch {
                throw CommandError(error.message)
            }
        }
        var options = try arguments.resdiffOptions()
        options.check = policy.configuration
        do {
            if let allow = arguments.value("allow") {
                options.check.allowed = nil
                options.check.allowNew = false
                try options.check.allow(allow)
            }
            for setting in arguments.all("rule") { try options.check.set(setting) }
        } catch {
            throw CommandError(error.message)
        }
        let renderer = try arguments.renderer(from: Formats.findings, default: policy.format)
        let documents = try load(paths, options: options)
        for item in options.check.unmatched(in: documents[0]) {
            Output.note("--allow \(item): \(paths[0]) has no such paragraph")
        }
        let findings = Checker.check(
            try compare(documents[0], documents[1], options: options), configuration: options.check)
        let name = Typography.visibleControls(arguments.value("label") ?? paths[1])
        try write(renderer.render(CheckResult(findings: findings, file: name), options: RenderOptions()), to: nil)
        return arguments.changes(findings.contains { $0.level == .error })
    }
}
