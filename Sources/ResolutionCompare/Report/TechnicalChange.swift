import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// Tells yearly updates from substantive changes. Every year the same resolution comes
/// back with new dates, new session numbers and the symbols of the latest reports;
/// delegates want those set apart from the words that were negotiated.
///
/// A change is technical when every token it deletes or inserts is a number, a year, a
/// date's month, a document symbol or resolution number (`69/179`), or an ordinal
/// session word (`sixty-sixth`). Anything else, punctuation included, is substantive.
enum TechnicalChange {

    static func isTechnicalToken(_ text: Substring, kind: WordTokenizer.Kind) -> Bool {
        switch kind {
        case .number, .symbol: return true
        // The ordinal indicators of "55ª sesión", "32º período" when read apart.
        case .punctuation: return text == "ª" || text == "º"
        case .word:
            // Both texts are in one language (comparing two is refused), so a month or
            // ordinal of any language read is one of theirs.
            for language in languages {
                // As printed, case and all: "May" is a month, "may" a verb.
                if language.lexicon.months.contains(String(text)) { return true }
                if language.ordinalValue(text) != nil { return true }
                // "25th", "55e", "42ª": numbers with ordinal suffixes.
                let digits = text.prefix(while: \.isASCIIDigit)
                if !digits.isEmpty && language.adoption.ordinalSuffixes.contains(String(text.dropFirst(digits.count))) {
                    return true
                }
            }
            return false
        }
    }

    private static let languages = LanguageCode.allCases.map(Language.of)

    /// Whether the word diff changes only technical tokens (and changes something).
    static func isTechnical(_ diff: WordDiff) -> Bool {
        let oldBytes = Array(diff.old.utf8), newBytes = Array(diff.new.utf8)
        var changed = false
        for run in diff.script.runs where run.kind != .equal {
            let (tokens, bytes, range) =
                run.kind == .delete ? (diff.oldTokens, oldBytes, run.old) : (diff.newTokens, newBytes, run.new)
            // An ordinal of several words is one ordinal: "soixante et onzième".
            if range.count > 1 {
                let words = tokens[range].map { String(decoding: bytes[$0.range], as: UTF8.self) }
                let phrase = words.joined(separator: " ")
                if languages.contains(where: { $0.ordinalValue(Substring(phrase)) != nil }) {
                    changed = true
                    continue
                }
            }
            // The words that join a date's parts ("26 de marzo de 2015") go with the
            // date they stand in: technical when the run holds a number or a month too.
            var connectors = 0, technical = 0
            for token in tokens[range] {
                let text = Substring(String(decoding: bytes[token.range], as: UTF8.self))
                if token.kind == .word, languages.contains(where: { $0.dateConnectors.contains(String(text)) }) {
                    connectors += 1
                    continue
                }
                guard isTechnicalToken(text, kind: token.kind) else { return false }
                technical += 1
            }
            guard technical > 0 || connectors == 0 else { return false }
            changed = changed || technical > 0
        }
        return changed
    }
}
