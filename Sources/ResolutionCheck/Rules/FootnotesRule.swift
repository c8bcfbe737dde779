import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `footnotes`: every footnote marker has a footnote, and every footnote is cited.
enum FootnotesRule {
    static func check(_ c: CheckContext) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        let defined = Set(c.draft.footnotes.map(\.number))
        var cited = Set<Int>()
        for p in c.draft.allParagraphs {
            for n in p.footnotes {
                cited.insert(n)
                if !defined.contains(n) {
                    findings.append(
                        RuleFinding(
                            line: p.lines.lowerBound, paragraph: p.label,
                            message: CheckWords.fill(c.words.citesMissingFootnote, "\(p.label)", String(n))))
                }
            }
        }
        for f in c.draft.footnotes where !cited.contains(f.number) {
            findings.append(
                RuleFinding(
                    line: f.line, paragraph: nil, message: CheckWords.fill(c.words.footnoteNotCited, String(f.number))))
        }
        return findings
    }
}
