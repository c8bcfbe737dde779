import DiffEngine
import ResolutionLanguage

/// Interning words: the engine interns byte ranges and knows nothing of words, so the
/// bridge from the tokenizer's tokens to the engine's ids lives here, above both.
extension TokenInterner {
    /// The id of each token of `text`.
    package mutating func intern(_ text: String, tokens: [WordTokenizer.Token]) -> [Int32] {
        intern(text, ranges: tokens.map(\.range))
    }
}
