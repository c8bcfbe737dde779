import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `punctuation`: preambular paragraphs end with a comma, operative paragraphs with a
/// semicolon and the last one with a full stop; a paragraph that introduces
/// sub-paragraphs ends with a colon. Reports are prose and are not checked.
enum PunctuationRule {
    static func check(_ c: CheckContext) -> [RuleFinding] {
        guard c.draft.kind == .resolution else { return [] }
        var findings: [RuleFinding] = []
        let operative = c.draft.paragraphs.filter { $0.kind == .operative }
        let lastOperative = operative.last?.label
        for p in c.draft.paragraphs {
            findings += check(p, isLast: p.label == lastOperative, findings: [])
        }
        return findings
    }

    private static func check(_ p: Paragraph, isLast: Bool, findings: [RuleFinding]) -> [RuleFinding] {
        var out = findings
        let actual = LineShapes.finalPunctuation(p.text)
        let expected: [String]
        let why: String
        if !p.children.isEmpty {
            (expected, why) = ([":"], "a paragraph that introduces sub-paragraphs ends with a colon")
        } else if p.level > 0 {
            if isLast {
                (expected, why) = (
                    ["."], "the last sub-paragraph of the last operative paragraph ends with a full stop"
                )
            } else if p.kind == .preambular {
                (expected, why) = ([",", ";"], "a preambular sub-paragraph ends with a comma or semicolon")
            } else {
                (expected, why) = ([";"], "a sub-paragraph ends with a semicolon")
            }
        } else if p.kind == .preambular {
            (expected, why) = ([","], "a preambular paragraph ends with a comma")
        } else if isLast {
            (expected, why) = (["."], "the last operative paragraph ends with a full stop")
        } else {
            (expected, why) = ([";"], "an operative paragraph ends with a semicolon")
        }
        if !expected.contains(actual) {
            let shown = actual.isEmpty ? "no punctuation" : "'\(actual)'"
            let note = actual == ":" && p.children.isEmpty ? " but introduces no sub-paragraphs" : ""
            out.append(
                RuleFinding(
                    line: p.lines.upperBound, paragraph: p.label,
                    message: "\(p.label) ends with \(shown)\(note); \(why)"))
        }
        for (k, child) in p.children.enumerated() {
            out = check(child, isLast: isLast && k == p.children.count - 1, findings: out)
        }
        return out
    }
}
