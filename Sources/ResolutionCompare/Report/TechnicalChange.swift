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
        case .punctuation: return false
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
            for token in tokens[range] {
                let text = Substring(String(decoding: bytes[token.range], as: UTF8.self))
                guard isTechnicalToken(text, kind: token.kind) else { return false }
                changed = true
            }
        }
        return changed
    }
}
