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
            findings += check(p, isLast: p.label == lastOperative, findings: [], c.words)
        }
        return findings
    }

    private static func check(_ p: Paragraph, isLast: Bool, findings: [RuleFinding], _ w: CheckWords) -> [RuleFinding] {
        var out = findings
        let actual = LineShapes.finalPunctuation(p.text)
        let expected: [String]
        let why: String
        if !p.children.isEmpty {
            (expected, why) = ([":"], w.introducesSubparagraphs)
        } else if p.level > 0 {
            if isLast {
                (expected, why) = (["."], w.lastSubparagraph)
            } else if p.kind == .preambular {
                (expected, why) = ([",", ";"], w.preambularSubparagraph)
            } else {
                (expected, why) = ([";"], w.subparagraph)
            }
        } else if p.kind == .preambular {
            (expected, why) = ([","], w.preambular)
        } else if isLast {
            (expected, why) = (["."], w.lastOperative)
        } else {
            (expected, why) = ([";"], w.operative)
        }
        if !expected.contains(actual) {
            let shown = actual.isEmpty ? w.noPunctuation : CheckWords.fill(w.quoted, actual)
            let note = actual == ":" && p.children.isEmpty ? w.introducesNothing : ""
            out.append(
                RuleFinding(
                    line: p.lines.upperBound, paragraph: p.label,
                    message: CheckWords.fill(w.endsWith, "\(p.label)", shown, note, why)))
        }
        for (k, child) in p.children.enumerated() {
            out = check(child, isLast: isLast && k == p.children.count - 1, findings: out, w)
        }
        return out
    }
}
