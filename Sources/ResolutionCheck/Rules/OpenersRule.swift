import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `openers`: a preambular paragraph opens with a participle or an adjective phrase
/// ("Recalling", "Deeply concerned", "Mindful"); an operative paragraph with a verb in
/// the present tense ("Decides", "Urges", "Calls upon", "Also requests"). An opener the
/// rule does not know is a warning that shows the word, not necessarily a mistake.
enum OpenersRule {
    /// Operative verbs of UN resolutions (third person singular, present tense), with
    /// British spellings.
    static let operativeVerbs: Set<String> = [
        "accepts", "acknowledges", "adopts", "affirms", "agrees", "appeals", "appreciates", "approves", "assures",
        "authorizes", "authorises", "calls", "commends", "concurs", "condemns", "confirms", "congratulates",
        "considers", "continues", "decides", "declares", "deems", "demands", "deplores", "designates", "directs",
        "draws", "elects", "emphasizes", "emphasises", "encourages", "endorses", "establishes", "exhorts",
        "expresses", "extends", "highlights", "insists", "instructs", "invites", "looks", "notes", "observes",
        "proclaims", "reaffirms", "recalls", "recognizes", "recognises", "recommends", "reconfirms", "regrets",
        "reiterates", "rejects", "reminds", "renews", "requests", "resolves", "stresses", "strongly", "suggests",
        "supports", "takes", "transmits", "trusts", "underlines", "underscores", "urges", "welcomes",
        "re-emphasizes", "requires", "solicits", "wishes", "emphasize", "applauds", "salutes", "commits", "pledges",
    ]
    /// Adverbs that may stand before the verb ("Also requests", "Once again urges").
    static let adverbs: Set<String> = [
        "also", "further", "again", "once", "strongly", "firmly", "deeply", "warmly", "urgently", "solemnly", "fully",
        "equally", "moreover", "similarly", "finally", "hereby", "respectfully",
    ]

    static func check(_ c: CheckContext) -> [RuleFinding] {
        // The verb lists here are English; other languages' drafts are not judged by them.
        guard c.draft.kind == .resolution, c.draft.language == .en else { return [] }
        var findings: [RuleFinding] = []
        for p in c.draft.paragraphs {
            let first = String(p.text.prefix { $0.isLetter || $0 == "-" })
            switch p.kind {
            case .preambular where !Language.english.openers.startsPreambular(p.text):
                findings.append(
                    RuleFinding(
                        line: p.lines.lowerBound, paragraph: p.label,
                        message:
                            "\(p.label) opens with '\(first)', not a participle or adjective phrase such as 'Recalling', 'Deeply concerned' or 'Mindful'"
                    ))
            case .operative:
                let words = p.text.split(separator: " ").map { $0.lowercased().filter { $0.isLetter || $0 == "-" } }
                guard let verb = words.first(where: { !adverbs.contains($0) }), !operativeVerbs.contains(verb) else {
                    continue
                }
                findings.append(
                    RuleFinding(
                        line: p.lines.lowerBound, paragraph: p.label,
                        message:
                            "\(p.label) opens with '\(first)', not an operative verb such as 'Decides', 'Urges' or 'Calls upon'"
                    ))
            default:
                continue
            }
        }
        return findings
    }
}
