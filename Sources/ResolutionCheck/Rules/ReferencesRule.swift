import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `references`: references inside the text ("paragraph 5 above", "operative paragraph
/// 3", "paragraphs 4 and 6 of the present resolution") point to paragraphs that exist;
/// and a reference carried over from the base into a paragraph that the draft
/// renumbered is reported with its new number. References to other instruments
/// ("Article 1, paragraph 3", "paragraph 2 of resolution 60/251") are left alone.
enum ReferencesRule {
    struct Reference {
        var text: String
        var targets: [(number: Int, letter: String?)]
    }

    static func references(in text: String) -> [Reference] {
        let pattern =
            /(?i)(operative\s+)?paragraphs?\s+(\d+(?:\s*\([a-z]+\))?(?:\s*(?:,|and|to)\s*\d+(?:\s*\([a-z]+\))?)*)(\s+(?:above|below|of\s+(?:the\s+present|this)\s+resolution))?/
        var found: [Reference] = []
        for match in text.matches(of: pattern) {
            let (_, operative, list, suffix) = match.output
            let rest = text[match.range.upperBound...].drop { $0 == " " }
            let isInternal = suffix != nil || (operative != nil && !rest.lowercased().hasPrefix("of "))
            guard isInternal else { continue }
            var targets: [(Int, String?)] = []
            for item in list.matches(of: /(\d+)(?:\s*\(([a-z]+)\))?/) {
                if let n = Int(item.output.1) { targets.append((n, item.output.2.map(String.init))) }
            }
            found.append(Reference(text: String(text[match.range]), targets: targets))
        }
        return found
    }

    static func check(_ c: CheckContext) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        let part: ParagraphLabel.Part = c.draft.kind == .report ? .numbered : .operative
        let labels = Set(c.draft.allParagraphs.map(\.label))
        // Where each numbered paragraph of the base went in the draft.
        var renumbered: [Int: String] = [:]
        var baseOf: [ParagraphLabel: ChangeReport.Side] = [:]
        for e in c.report.entries {
            guard let old = e.old, let new = e.new else { continue }
            baseOf[new.label] = old
            if old.level == 0, new.level == 0, old.kind == c.numberedKind, let from = old.number.flatMap({ Int($0) }),
                new.number != old.number
            {
                renumbered[from] = new.number
            }
        }
        for p in c.draft.allParagraphs {
            for ref in references(in: p.text) {
                for target in ref.targets {
                    let label = ParagraphLabel(
                        part: part, number: target.number, path: target.letter.map { [$0] } ?? [])
                    if !labels.contains(label) {
                        findings.append(
                            RuleFinding(
                                line: p.lines.lowerBound, paragraph: p.label,
                                message: "\(p.label) refers to '\(ref.text)', but there is no \(label)"))
                    } else if let now = renumbered[target.number], let base = baseOf[p.label],
                        base.text.contains(ref.text)
                    {
                        findings.append(
                            RuleFinding(
                                line: p.lines.lowerBound, paragraph: p.label,
                                message:
                                    "\(p.label) refers to '\(ref.text)', but the draft renumbered that paragraph to \(now)"
                            ))
                    }
                }
            }
        }
        return findings
    }
}
