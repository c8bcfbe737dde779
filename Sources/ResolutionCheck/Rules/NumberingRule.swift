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
                            message:
                                "paragraph \(number.prefix(while: \.isASCIIDigit)) \(number.drop(while: \.isASCIIDigit)) does not follow paragraph \(value)"
                        ))
                }
            } else if value != expected {
                let after = previous.map { " after paragraph \($0.number ?? "?")" } ?? ""
                let message: String
                if value < expected {
                    message =
                        "paragraph \(value) comes\(after): number \(value) is repeated or out of order (expected \(expected))"
                } else {
                    let missing = value - expected == 1 ? "\(expected) is" : "\(expected) to \(value - 1) are"
                    message = "paragraph \(value) comes\(after): \(missing) missing"
                }
                findings.append(RuleFinding(line: p.lines.lowerBound, paragraph: p.label, message: message))
            }
            // After a repeat, the paragraph is taken to stand for the number expected, so
            // that 8, 8, 10 is one mistake, not two.
            if !isBis { expected = value < expected ? expected + 1 : value + 1 }
            previous = p
        }
        for p in c.draft.paragraphs { findings += subparagraphs(p) }
        return findings
    }

    /// Letters (a), (b) ... or numerals (i), (ii) ... under one paragraph.
    private static func subparagraphs(_ parent: Paragraph) -> [RuleFinding] {
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
                        message: "sub-paragraph (\(child.number ?? "?")) of \(parent.label) should be (\(expected))"))
            }
            findings += subparagraphs(child)
        }
        return findings
    }

}
