import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff check BASE DRAFT`: checks a draft against the text it amends, rule by rule,
/// and returns findings sorted by their line in the draft.
public enum Checker {
    /// Runs every rule that is not off on a base (`report.old`) and a draft
    /// (`report.new`), with its level; findings sorted by draft line.
    public static func check(_ report: ChangeReport, configuration: CheckConfiguration = CheckConfiguration())
        -> [Finding]
    {
        let context = CheckContext(
            base: report.old, draft: report.new, report: report, configuration: configuration)
        let rules: [(CheckRule, (CheckContext) -> [RuleFinding])] = [
            (.scope, ScopeRule.check), (.numbering, NumberingRule.check), (.punctuation, PunctuationRule.check),
            (.openers, OpenersRule.check), (.references, ReferencesRule.check), (.footnotes, FootnotesRule.check),
            (.technical, TechnicalRule.check),
        ]
        var findings: [Finding] = []
        for (rule, run) in rules {
            let setting = configuration.settings[rule] ?? rule.defaultSetting
            guard setting != .off else { continue }
            for f in run(context) {
                findings.append(
                    Finding(
                        rule: rule, level: setting == .error ? .error : .warning, line: f.line, paragraph: f.paragraph,
                        message: f.message))
            }
        }
        return findings.sorted { ($0.line, $0.rule) < ($1.line, $1.rule) }
    }
}

/// What every rule reads.
struct CheckContext {
    let base: Document
    let draft: Document
    let report: ChangeReport
    let configuration: CheckConfiguration

    /// The messages' words, in the draft's language.
    var words: CheckWords { CheckWords.of(draft.language) }

    /// Operative paragraphs, or a report's numbered ones.
    var numberedKind: ParagraphKind { draft.kind == .report ? .numbered : .operative }
}

/// A rule's finding before the checker gives it its rule and level.
struct RuleFinding {
    var line: Int
    var paragraph: ParagraphLabel?
    var message: String
}

/// A short view of a change for a message: the changed words with a few words of
/// context, `…` for the rest.
enum ChangeSnippet {
    /// Words of unchanged text kept on each side of a change.
    static let contextWords = 4

    static func of(_ entry: ChangeReport.Entry) -> String {
        if entry.edits.isEmpty {
            let text = (entry.new ?? entry.old)?.text ?? ""
            let words = text.split(separator: " ")
            let short = words.count > 12 ? words.prefix(12).joined(separator: " ") + " …" : text
            return entry.new == nil ? "[-\(short)-]" : "{+\(short)+}"
        }
        var shortened = entry.edits
        for (k, edit) in shortened.enumerated() where edit.op == .equal {
            let words = edit.text.split(separator: " ")
            let keepBefore = k == 0 ? 0 : contextWords, keepAfter = k == shortened.count - 1 ? 0 : contextWords
            guard words.count > keepBefore + keepAfter + 1 else { continue }
            let head = words.prefix(keepBefore).joined(separator: " ")
            let tail = words.suffix(keepAfter).joined(separator: " ")
            shortened[k].text = [head, "…", tail].filter { !$0.isEmpty }.joined(separator: " ")
        }
        return ChangeReport.wdiff(shortened)
    }
}
