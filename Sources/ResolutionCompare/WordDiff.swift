import DiffEngine
import ResolutionLanguage

/// A word-level diff of two texts: tokenize, intern, Myers, then cleanup for people.
///
/// The entry point for the words of a paragraph pair. The engine below it only ever
/// sees integer ids; the edits it returns carry the reader's text and ranges into both
/// sides, so that no later stage splits or diffs again.
public struct WordDiff: Sendable {
    /// The engine's options; `minimal` also turns the cleanup for people off.
    public typealias Options = Myers.Options

    public let oldText: ComparedText
    public let newText: ComparedText
    public let script: EditScript

    /// The comparable texts.
    public var old: String { oldText.comparable }
    public var new: String { newText.comparable }
    public var oldTokens: [WordTokenizer.Token] { oldText.tokens }
    public var newTokens: [WordTokenizer.Token] { newText.tokens }

    /// Diffs two display texts (folded for comparison): O((N+M)·D) with the cost cap.
    public init(old: String, new: String, options: Options = Options()) {
        self.init(old: ComparedText(old), new: ComparedText(new), options: options)
    }

    public init(old oldText: ComparedText, new newText: ComparedText, options: Options = Options()) {
        self.oldText = oldText
        self.newText = newText
        let oldTokens = oldText.tokens, newTokens = newText.tokens
        var interner = TokenInterner(expectedDistinct: oldTokens.count + newTokens.count)
        let a = interner.intern(oldText.comparable, tokens: oldTokens)
        let b = interner.intern(newText.comparable, tokens: newTokens)
        let raw = Myers.diff(a, b, options: options)
        if options.minimal {
            script = raw
        } else {
            var punctuation = [Bool](repeating: false, count: interner.count)
            var weight = [Int](repeating: 0, count: interner.count)
            for (token, id) in zip(oldTokens + newTokens, a + b) {
                punctuation[Int(id)] = token.kind == .punctuation
                weight[Int(id)] = token.range.count
            }
            let info = Cleanup.TokenInfo(
                isPunctuation: { [punctuation] in punctuation[Int($0)] }, weight: { [weight] in weight[Int($0)] })
            script = Cleanup.apply(raw, a: a, b: b, info: info)
        }
    }

    /// The runs as the report's edits, in order (within a change the deletion first):
    /// deleted text from the old display text, equal and inserted text from the new one.
    public var edits: [ChangeReport.Edit] {
        var edits: [ChangeReport.Edit] = []
        edits.reserveCapacity(script.runs.count)
        for run in script.runs where !(run.old.isEmpty && run.new.isEmpty) {
            let side = run.kind == .delete ? oldText : newText
            let tokens = run.kind == .delete ? run.old : run.new
            let span = side.displaySpan(tokens)
            edits.append(
                ChangeReport.Edit(
                    op: run.kind, text: side.display(span), spaceBefore: side.spaceBefore(span.lowerBound),
                    old: run.old, new: run.new, display: span))
        }
        return edits
    }
}
