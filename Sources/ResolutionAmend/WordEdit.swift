import DiffEngine
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel
import ResolutionReader

/// Applies one word-level instruction to a paragraph's text. The applier uses it on the
/// base, and the writer to prove that the instructions it wrote give the new text.
///
/// Anchors must stand exactly once in the paragraph (as whole words, typography
/// aside); otherwise the instruction is ambiguous or wrong, and says which.
enum WordEdit {
    struct Failure: Error, Equatable {
        var message: String
    }

    static func apply(_ instruction: AmendmentInstruction, to text: String, paragraph: String) throws(Failure) -> String
    {
        let locator = TextLocator(text)
        func unique(_ words: String) throws(Failure) -> Range<Int> {
            try WordEdit.unique(words, in: locator, paragraph: paragraph)
        }
        switch instruction {
        case .insertWords(_, let anchor, let before, let words):
            let range = try unique(anchor)
            let at = before ? range.lowerBound : range.upperBound
            let glued = words.first.map { ",;:.)".contains($0) } ?? false
            let inserted = before ? words + " " : (glued ? words : " " + words)
            return locator.replacing(at..<at, with: inserted)
        case .deleteWords(_, let words, let after):
            if let after {
                let anchor = try unique(after)
                guard let target = locator.occurrences(of: words).first(where: { $0.lowerBound >= anchor.upperBound })
                else {
                    throw Failure(message: "the words \(brief(words)) do not follow \(brief(after)) in \(paragraph)")
                }
                return locator.replacing(target, with: "")
            }
            return locator.replacing(try unique(words), with: "")
        case .replaceWords(_, let old, let new):
            return locator.replacing(try unique(old), with: new)
        default:
            return text
        }
    }

    /// The one place `words` stand in the paragraph; refused when they stand nowhere,
    /// or in several places, each named by the words around it so the drafter sees
    /// which is which.
    static func unique(_ words: String, in locator: TextLocator, paragraph: String) throws(Failure) -> Range<Int> {
        let found = locator.occurrences(of: words)
        let one = !words.contains(" ")
        let the = one ? "the word \(brief(words))" : "the words \(brief(words))"
        if found.isEmpty { throw Failure(message: "\(the) \(one ? "is" : "are") not in \(paragraph)") }
        if found.count > 1 {
            // The first three places, and how many more.
            let places = found.prefix(3).map { locator.context($0) }.joined(separator: "; ")
            let more = found.count > 3 ? "; and \(found.count - 3) more" : ""
            throw Failure(
                message:
                    "\(the) \(one ? "stands" : "stand") \(found.count) times in \(paragraph) (\(places)\(more)); quote more of them"
            )
        }
        return found[0]
    }

    /// Quotes words for an error message: a long quotation shortened in the middle, so
    /// that the message stays one readable line.
    static func brief(_ words: String) -> String {
        guard words.count > 100 else { return quoted(words) }
        return quoted(String(words.prefix(60)) + " … " + String(words.suffix(30)))
    }

    /// Quotes words for a message or an instruction, with curly quotes unless the words
    /// hold some, then with single ones.
    static func quoted(_ words: String) -> String {
        if !words.contains("“") && !words.contains("”") { return "“\(words)”" }
        if !words.contains("‘") && !words.contains("’") { return "‘\(words)’" }
        return "«\(words)»"
    }
}
