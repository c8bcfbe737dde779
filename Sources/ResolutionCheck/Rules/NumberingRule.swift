import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `numbering`: operative paragraphs (a report's paragraphs) run 1, 2, 3 ... with no gap
/// or repeat; sub-paragraph letters run (a), (b) ... and numerals (i), (ii) .... A
/// `5 bis` after 5 is a deliberate insertion, not a repeat.
enum NumberingRule {
    static func check(_ c: CheckContext) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        var expected = 1
        var previous: Paragraph?
        for p in c.draft.paragraphs where p.kind == c.numberedKind {
            guard let number = p.number, let value = Int(number.prefix(while: \.isASCIIDigit)) else { continue }
            let isBis = number.contains(where: \.isLetter)
            if isBis {
                if value != expected - 1 {
                    findings.append(
                        RuleFinding(
                            line: p.lines.lowerBound, paragraph: p.label,
                            message: CheckWords.fill(
                                c.words.bisOutOfPlace, String(number.prefix(while: \.isASCIIDigit)),
                                String(number.drop(while: \.isASCIIDigit)), String(value))
                        ))
                }
            } else if value != expected {
                let w = c.words
                let after = previous.map { CheckWords.fill(w.after, $0.number ?? "?") } ?? ""
                let what =
                    value < expected
                    ? CheckWords.fill(w.repeated, String(value), String(expected))
                    : value - expected == 1
                        ? CheckWords.fill(w.missingOne, String(expected))
                        : CheckWords.fill(w.missingRange, String(expected), String(value - 1))
                let message = CheckWords.fill(w.comesAfter, String(value), after, what)
                findings.append(RuleFinding(line: p.lines.lowerBound, paragraph: p.label, message: message))
            }
            // After a repeat, the paragraph is taken to stand for the number expected, so
            // that 8, 8, 10 is one mistake, not two.
            if !isBis { expected = value < expected ? expected + 1 : value + 1 }
            previous = p
        }
        for p in c.draft.paragraphs { findings += subparagraphs(p, c.words) }
        return findings
    }

    /// Letters (a), (b) ... or numerals (i), (ii) ... under one paragraph.
    private static func subparagraphs(_ parent: Paragraph, _ w: CheckWords) -> [RuleFinding] {
        guard let first = parent.children.first?.number else { return [] }
        var findings: [RuleFinding] = []
        let roman =
            first == "i" && parent.level >= 1
            || first == "i" && parent.children.count > 1
                && parent.children[1].number == "ii"
        for (k, child) in parent.children.enumerated() {
            let expected = roman ? LineShapes.romanNumeral(k + 1) : LineShapes.subparagraphLetter(k + 1)
            if child.number != expected {
                findings.append(
                    RuleFinding(
                        line: child.lines.lowerBound, paragraph: child.label,
                        message: CheckWords.fill(
                            w.subparagraphLetter, child.number ?? "?", "\(parent.label)", expected)))
            }
            findings += subparagraphs(child, w)
        }
        return findings
    }

}
