import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// Which paragraph of the old text became which of the new: the aligner's result, a plain
/// value over indices into both documents' `allParagraphs`.
public struct Alignment: Sendable, Equatable {
    /// For each old paragraph, the new paragraph it is paired with, if any.
    public var newForOld: [Int?]
    /// For each new paragraph, the old paragraph it is paired with, if any.
    public var oldForNew: [Int?]
    /// Old paragraphs split across several consecutive new ones: old index → new indices.
    public var splits: [Int: [Int]]
    /// Several consecutive old paragraphs merged into one new one: new index → old indices.
    public var merges: [Int: [Int]]
    /// New paragraphs whose pair left the longest run of pairs that kept their order, or
    /// crossed from the preamble to the operative part or back.
    public var moved: Set<Int>
}
