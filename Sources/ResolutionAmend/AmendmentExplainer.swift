import ResolutionModel
import ResolutionReader

/// `apply --explain`: how each instruction was read and where it lands in the base,
/// without applying anything. A drafter checks a hand-written amendment this way before
/// circulating it: the paragraph it names, the line it starts on, and the words it
/// finds there (or why it finds none).
public struct AmendmentExplanation: Sendable, Equatable {
    /// 1-based, as the drafter counts the instructions.
    public var instruction: Int
    /// The instruction as resdiff reads it, in its own phrasing.
    public var reading: String
    /// The base paragraph it names ("OP5") and the line that paragraph starts on.
    public var paragraph: String?
    public var line: Int?
    /// Where its words stand, with a few words either side, or what is wrong.
    public var detail: String
    public var applies: Bool
}

extension AmendmentApplier {
    /// Each instruction explained against the base, in order. Instructions are read
    /// against the base, as `apply` reads them; nothing is changed.
    public func explain(_ instructions: [AmendmentInstruction]) -> [AmendmentExplanation] {
        explain(instructions.map { Swift.Result.success($0) })
    }

    /// The same for instructions as read one by one: one that cannot be read is
    /// reported with its reason, and the rest are explained all the same.
    public func explain(_ read: [Swift.Result<AmendmentInstruction, AmendmentText.ParseError>])
        -> [AmendmentExplanation]
    {
        read.enumerated().map { n, result in
            let instruction: AmendmentInstruction
            switch result {
            case .success(let read): instruction = read
            case .failure(let error):
                return AmendmentExplanation(
                    instruction: n + 1, reading: "(cannot be read)", paragraph: nil, line: nil, detail: error.message,
                    applies: false)
            }
            var e = AmendmentExplanation(
                instruction: n + 1, reading: AmendmentText.sentence(instruction), paragraph: nil, line: nil, detail: "",
                applies: true)
            let ref = instruction.reference
            if ref.part == .footnote {
                let note = base.footnotes.first { "\($0.number)" == ref.number }
                e.paragraph = "footnote \(ref.number)"
                e.line = note?.line
                e.detail =
                    note.map { "footnote \($0.number): \(WordEdit.brief($0.text))" }
                    ?? "the base has no footnote \(ref.number)"
                e.applies = note != nil
                return e
            }
            do throws(WordEdit.Failure) {
                let i = try resolve(ref)
                let p = paragraphs[i]
                e.paragraph = "\(p.label)"
                e.line = p.lines.lowerBound
                switch instruction {
                case .insertWords(_, let anchor, _, _), .insertFootnote(_, let anchor, _):
                    e.detail = try place(anchor, in: p.text, paragraph: ref.words)
                case .deleteWords(_, let words, let after):
                    e.detail = try place(after ?? words, in: p.text, paragraph: ref.words)
                case .replaceWords(_, let old, _):
                    e.detail = try place(old, in: p.text, paragraph: ref.words)
                case .moveParagraph(_, let target, _):
                    let j = try resolve(target)
                    e.detail =
                        "moves \(p.label) (line \(p.lines.lowerBound)) next to \(paragraphs[j].label) (line \(paragraphs[j].lines.lowerBound))"
                case .deleteParagraph, .replaceParagraph, .insertParagraph:
                    e.detail = WordEdit.brief(p.text)
                }
                // The whole instruction, as `apply` would run it on the base alone.
                _ = try WordEdit.apply(instruction, to: p.text, paragraph: ref.words)
            } catch {
                e.detail = e.detail.isEmpty ? error.message : e.detail + "; " + error.message
                e.applies = false
            }
            return e
        }
    }

    /// "… in the field of «human rights», including …": the words where they stand once.
    private func place(_ words: String, in text: String, paragraph: String) throws(WordEdit.Failure) -> String {
        let locator = TextLocator(text)
        return locator.context(try WordEdit.unique(words, in: locator, paragraph: paragraph))
    }
}
