import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `scope`: with `--allow OP5,OP7-OP9,PP3,new`, only those paragraphs of the base may
/// change, and new paragraphs only with `new`. Renumbering alone is never out of scope:
/// it follows from allowed insertions and deletions.
enum ScopeRule {
    static func check(_ c: CheckContext) -> [RuleFinding] {
        guard c.configuration.allowed != nil || c.configuration.allowNew else { return [] }
        var findings: [RuleFinding] = []
        let entries = c.report.entries
        // The header, the adoption block and the notes change with every revision of a
        // draft (symbol, date, meeting): they are no paragraphs a drafter negotiates.
        let outOfScope: Set<ParagraphKind> = [.header, .adoption, .note]
        for (k, e) in entries.enumerated()
        where !e.isUnchanged && !e.changes.allSatisfy({ $0 == .renumbered })
            && !outOfScope.contains((e.new ?? e.old)!.kind)
        {
            let change = ChangeSnippet.of(e)
            if let new = e.new, e.old == nil {
                if !c.configuration.allowNew {
                    findings.append(
                        RuleFinding(
                            line: new.lines.lowerBound, paragraph: new.label,
                            message: CheckWords.fill(c.words.newNotAllowed, "\(new.label)", change)))
                }
            } else if let old = e.old, !c.configuration.allows(old.label) {
                let line = e.new?.lines.lowerBound ?? lineAfter(k, entries, c.draft)
                let what =
                    e.new == nil
                    ? c.words.removed
                    : e.changes.filter { $0 != .renumbered }.map { $0.name(c.words.language) }.joined(separator: ", ")
                findings.append(
                    RuleFinding(
                        line: line, paragraph: e.new?.label ?? old.label,
                        message: CheckWords.fill(c.words.outsideAllowed, "\(old.label)", what, change)))
            }
        }
        return findings
    }

    /// Where a removed paragraph stood in the draft: the line of the next paragraph.
    static func lineAfter(_ k: Int, _ entries: [ChangeReport.Entry], _ draft: Document) -> Int {
        entries[(k + 1)...].compactMap { $0.new?.lines.lowerBound }.first
            ?? draft.allParagraphs.last.map(\.lines.upperBound) ?? 1
    }
}
