import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `technical`: yearly updates that were forgotten. A paragraph the draft kept unchanged
/// from the base that still names the base's own symbol or number, its session, its
/// year or the next year (the base's "in 2016" is usually the draft's "in 2017") may
/// need updating. Only when the draft is for another session than the base: an
/// amendment within a session changes none of these.
enum TechnicalRule {
    static func check(_ c: CheckContext) -> [RuleFinding] {
        let base = c.base.metadata, draft = c.draft.metadata
        if let a = base.session, let b = draft.session, a == b { return [] }
        if base.symbol != nil && base.symbol == draft.symbol { return [] }
        var names: [String] = []
        if let symbol = base.symbol { names.append(symbol) }
        if let number = base.resolutionNumber { names.append(number) }
        if let session = base.session { names.append(session.lowercased()) }
        if let year = (base.adoptionDate ?? base.distributionDate).flatMap({ Int($0.prefix(4)) }) {
            names += ["\(year)", "\(year + 1)"]
        }
        guard !names.isEmpty else { return [] }
        var findings: [RuleFinding] = []
        for e in c.report.entries {
            guard let new = e.new, let old = e.old, new.kind.isParagraph, old.comparableText == new.comparableText
            else { continue }
            let words = Set(WordTokenizer.words(new.comparableText))
            let lowered = new.comparableText.lowercased()
            let stale = names.filter { name in name.contains(" ") ? lowered.contains(name) : words.contains(name) }
            if !stale.isEmpty {
                findings.append(
                    RuleFinding(
                        line: new.lines.lowerBound, paragraph: new.label,
                        message: CheckWords.fill(
                            c.words.staleYear, "\(new.label)", base.symbol ?? c.words.theBase,
                            stale.map { CheckWords.fill(c.words.quoted, $0) }.joined(separator: ", "))
                    ))
            }
        }
        return findings
    }
}
