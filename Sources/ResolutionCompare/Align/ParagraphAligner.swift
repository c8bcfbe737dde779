import Foundation  // log
import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// Pairs the paragraphs of two versions by content, never by number: identical text
/// first, then similar text, section with section (preambular with preambular, operative
/// with operative), then across sections; then finds what moved, split or merged.
///
/// This is what no line-based diff does: one inserted operative paragraph renumbers
/// every later one, and a diff by position would report them all as changed.
///
/// Cost: O(P·k) similarity scores for P paragraphs, with k candidates each shortlisted
/// through `CandidateIndex`, plus O(P log P) for the ordering; never all pairs.
public struct ParagraphAligner {
    /// Two paragraphs are versions of each other when they share at least half of their
    /// words (Dice ≥ 0.5). Below that, a rewrite reads better as removed plus added; the
    /// corpus's yearly rewordings share 65% and more.
    public static let pairingThreshold = 0.5
    /// Pairing across sections (a "Recalling ..." that became "Recalls ...") asks for
    /// more: such moves are rare, and a false one misleads more than a missed one.
    public static let crossSectionThreshold = 0.6
    /// A piece of a split paragraph takes most of its words from the whole.
    public static let pieceContainment = 0.7
    /// Taking a piece into a split must improve the match by this much, so that an added
    /// paragraph that happens to reuse a neighbour's words is not taken for a piece.
    public static let splitGain = 0.05
    /// A pair must also share this much when each word counts by how rare it is in the
    /// two texts (its inverse paragraph frequency): two paragraphs that share only "the",
    /// "of", "and" and "General Assembly" share almost nothing. On unrelated resolutions
    /// (79/7 and 79/6) the plain measure paired OP4 with OP8 at 50% of their words and
    /// 14% of their text; their rare words give 17%. The corpus's true pairs score
    /// above 35%.
    public static let rareWordFloor = 0.3

    let old: [Paragraph]
    let new: [Paragraph]
    private let oldProfiles: [TokenProfile]
    private let newProfiles: [TokenProfile]
    /// Each token id's weight: log(1 + P / df), P paragraphs on both sides, df those holding it.
    private let weights: [Double]
    /// Each profile's total weight, computed once.
    private let oldWeights: [Double]
    private let newWeights: [Double]

    public init(old: [Paragraph], new: [Paragraph]) {
        self.old = old
        self.new = new
        var interner = TokenInterner(expectedDistinct: 4096)
        func profile(_ p: Paragraph) -> TokenProfile {
            TokenProfile(ids: interner.intern(p.comparableText, tokens: WordTokenizer.tokenize(p.comparableText)))
        }
        oldProfiles = old.map(profile)
        newProfiles = new.map(profile)
        var df = [Int](repeating: 0, count: interner.count)
        for p in oldProfiles + newProfiles { for id in p.distinct { df[Int(id)] += 1 } }
        let paragraphs = Double(max(1, old.count + new.count))
        // Smoothed, so that a word in every paragraph still counts a little and a part
        // of one paragraph a side (the header) can pair.
        let weights = df.map { $0 == 0 ? 0 : log(1 + paragraphs / Double($0)) }
        self.weights = weights
        oldWeights = oldProfiles.map { $0.sorted.reduce(0) { $0 + weights[Int($1)] } }
        newWeights = newProfiles.map { $0.sorted.reduce(0) { $0 + weights[Int($1)] } }
    }

    /// Dice's coefficient with each token weighted by its rarity, new paragraph `j`
    /// against old paragraph `i`: O(n + m).
    func rareWordSimilarity(new j: Int, old i: Int) -> Double {
        let x = newProfiles[j].sorted, y = oldProfiles[i].sorted
        var p = 0, q = 0
        var shared = 0.0
        while p < x.count && q < y.count {
            if x[p] == y[q] {
                shared += weights[Int(x[p])]
                p += 1
                q += 1
            } else if x[p] < y[q] { p += 1 } else { q += 1 }
        }
        let total = newWeights[j] + oldWeights[i]
        return total == 0 ? 1 : 2 * shared / total
    }

    /// Pairs, moves, splits and merges of the two texts. O(P·k) scores for P paragraphs and
    /// k shortlisted candidates each, plus O(P log P) for the order.
    public func align() -> Alignment {
        var newForOld = [Int?](repeating: nil, count: old.count)
        var oldForNew = [Int?](repeating: nil, count: new.count)
        func pair(_ i: Int, _ j: Int) {
            newForOld[i] = j
            oldForNew[j] = i
        }

        // 1. Identical comparable text, same section first.
        for sameSection in [true, false] {
            var byText: [String: [Int]] = [:]
            for (i, p) in old.enumerated() where newForOld[i] == nil { byText[p.comparableText, default: []].append(i) }
            for (j, p) in new.enumerated() where oldForNew[j] == nil {
                guard var list = byText[p.comparableText],
                    let k = list.firstIndex(where: { !sameSection || old[$0].kind == p.kind })
                else { continue }
                pair(list.remove(at: k), j)
                byText[p.comparableText] = list
            }
        }

        // 2. Similar text, best pairs first.
        var index = CandidateIndex(oldProfiles)
        for sameSection in [true, false] {
            // Across sections only when both sides have unpaired paragraphs of a kind the
            // other side's unpaired paragraphs lack.
            if !sameSection {
                let oldKinds = Set(old.indices.filter { newForOld[$0] == nil }.map { old[$0].kind })
                let newKinds = Set(new.indices.filter { oldForNew[$0] == nil }.map { new[$0].kind })
                if oldKinds.isEmpty || newKinds.isEmpty || (oldKinds.count == 1 && oldKinds == newKinds) { continue }
            }
            let threshold = sameSection ? Self.pairingThreshold : Self.crossSectionThreshold
            var scored: [(score: Double, distance: Double, i: Int, j: Int)] = []
            for j in new.indices where oldForNew[j] == nil {
                let candidates = index.candidates(for: newProfiles[j]) { i in
                    newForOld[i] == nil && (old[i].kind == new[j].kind) == sameSection
                }
                for i in candidates {
                    let score = newProfiles[j].similarity(to: oldProfiles[i])
                    // (Paragraphs only: a footnote is short, and "A/79/315." → "A/80/335."
                    // at the same number is the same footnote updated.)
                    if score >= threshold,
                        !old[i].kind.isParagraph
                            || rareWordSimilarity(new: j, old: i) >= Self.rareWordFloor
                    {
                        scored.append((score, abs(relative(i, old.count) - relative(j, new.count)), i, j))
                    }
                }
            }
            scored.sort { ($1.score, $0.distance, $0.j, $0.i) < ($0.score, $1.distance, $1.j, $1.i) }
            for s in scored where newForOld[s.i] == nil && oldForNew[s.j] == nil { pair(s.i, s.j) }
        }

        // 3. Splits and merges.
        var splits: [Int: [Int]] = [:]
        var merges: [Int: [Int]] = [:]
        var newIndex = CandidateIndex(newProfiles)
        for i in old.indices {
            if let group = pieces(of: i, newForOld: newForOld, oldForNew: oldForNew, index: &newIndex) {
                splits[i] = group
                for j in group { oldForNew[j] = i }
                newForOld[i] = group[0]
            }
        }
        for j in new.indices where !splits.values.contains(where: { $0.contains(j) }) {
            if let group = sources(of: j, newForOld: newForOld, oldForNew: oldForNew, index: &index) {
                merges[j] = group
                for i in group { newForOld[i] = j }
                oldForNew[j] = group[0]
            }
        }

        // 4. Order: pairs on the longest increasing run stay; the others moved.
        var primary: [(j: Int, i: Int)] = []
        var moved = Set<Int>()
        for j in new.indices {
            guard let i = oldForNew[j] else { continue }
            if old[i].kind != new[j].kind { moved.insert(j); continue }
            if let group = splits[i], group.first != j { continue }
            primary.append((j, i))
        }
        let keep = Set(LongestIncreasing.indices(primary.map(\.i)))
        for (k, p) in primary.enumerated() where !keep.contains(k) { moved.insert(p.j) }
        for group in splits.values where moved.contains(group[0]) { group.forEach { moved.insert($0) } }
        return Alignment(newForOld: newForOld, oldForNew: oldForNew, splits: splits, merges: merges, moved: moved)
    }

    private func relative(_ index: Int, _ count: Int) -> Double {
        count <= 1 ? 0 : Double(index) / Double(count - 1)
    }

    /// New paragraphs that old paragraph `i` was split into: its partner (or, if it has
    /// none, an unpaired new paragraph drawn mostly from it) and the unpaired new
    /// paragraphs next to it that are drawn mostly from it.
    private func pieces(of i: Int, newForOld: [Int?], oldForNew: [Int?], index: inout CandidateIndex) -> [Int]? {
        Self.group(
            around: oldProfiles[i], partner: newForOld[i], parts: newProfiles, index: &index,
            isFree: { oldForNew[$0] == nil && new[$0].kind == old[i].kind })
    }

    /// Old paragraphs merged into new paragraph `j`: the mirror of `pieces`.
    private func sources(of j: Int, newForOld: [Int?], oldForNew: [Int?], index: inout CandidateIndex) -> [Int]? {
        Self.group(
            around: newProfiles[j], partner: oldForNew[j], parts: oldProfiles, index: &index,
            isFree: { newForOld[$0] == nil && old[$0].kind == new[j].kind })
    }

    /// The consecutive paragraphs on the other side that together make up `whole`: the
    /// whole's partner or, without one, a free paragraph drawn mostly from it, extended
    /// over free neighbours drawn mostly from it, when together they match the whole
    /// clearly better than the partner alone.
    private static func group(
        around whole: TokenProfile, partner: Int?, parts: [TokenProfile], index: inout CandidateIndex,
        isFree: (Int) -> Bool
    ) -> [Int]? {
        func isPart(_ k: Int) -> Bool { isFree(k) && parts[k].containment(in: whole) >= pieceContainment }
        let seeds = partner.map { [$0] } ?? index.candidates(for: whole, among: isFree).filter(isPart)
        for seed in seeds {
            var low = seed, high = seed
            while low > 0 && isPart(low - 1) { low -= 1 }
            while high + 1 < parts.count && isPart(high + 1) { high += 1 }
            guard high > low else { continue }
            let group = Array(low...high)
            let combined = group.dropFirst().reduce(parts[group[0]]) { $0 + parts[$1] }
            let alone = partner.map { parts[$0].similarity(to: whole) } ?? 0
            let together = combined.similarity(to: whole)
            if together >= pairingThreshold && together >= alone + splitGain { return group }
        }
        return nil
    }
}
