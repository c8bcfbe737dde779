import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// Shortlists, for a paragraph of the new text, the paragraphs of the old text worth
/// scoring, through an inverted index of words, so that alignment never scores all
/// pairs: two texts of thousands of paragraphs align in time near-linear in their size.
///
/// A paragraph is looked up by its rarest words: words that occur in many old paragraphs
/// ("the", "Council", ",") say little about which one it came from and have long
/// postings lists. Lookups count hits in a reused array and keep the best few with an
/// insertion into a short list: O(hits · shortlistSize), no hashing, no sorting.
struct CandidateIndex {
    /// Indexed paragraphs containing each token id (ids are dense: one interner serves
    /// both texts).
    private var postings: [[Int32]]
    private var hits: [Int32]
    private var touched: [Int32] = []

    /// How many of a paragraph's rarest words are looked up. Eight distinguish real
    /// paragraphs well (a resolution paragraph has 20 to 200 words) at a bounded cost.
    static let probeWords = 8
    /// Words in more indexed paragraphs than this are not looked up: with thousands of
    /// paragraphs, a common word's postings would make the lookup quadratic.
    static let maximumPostings = 200
    /// How many candidates are scored per paragraph.
    static let shortlistSize = 6

    init(_ profiles: [TokenProfile]) {
        let maxID = profiles.reduce(-1) { max($0, Int($1.distinct.last ?? -1)) }
        postings = Array(repeating: [], count: maxID + 1)
        for (index, profile) in profiles.enumerated() {
            for id in profile.distinct { postings[Int(id)].append(Int32(index)) }
        }
        hits = Array(repeating: 0, count: profiles.count)
    }

    func frequency(_ id: Int32) -> Int { Int(id) < postings.count ? postings[Int(id)].count : 0 }

    /// Indexed paragraphs sharing the most of `profile`'s rarest words, best first; ties
    /// go to the lower index so the result is deterministic.
    mutating func candidates(for profile: TokenProfile, among allowed: (Int) -> Bool) -> [Int] {
        var probes: [(frequency: Int, id: Int32)] = []
        for id in profile.distinct {
            let f = frequency(id)
            if f > 0 && f <= Self.maximumPostings { probes.append((f, id)) }
        }
        probes.sort { ($0.frequency, $0.id) < ($1.frequency, $1.id) }
        for probe in probes.prefix(Self.probeWords) {
            for index in postings[Int(probe.id)] {
                if hits[Int(index)] == 0 {
                    guard allowed(Int(index)) else { continue }
                    touched.append(index)
                }
                hits[Int(index)] += 1
            }
        }
        var best: [(count: Int32, index: Int32)] = []
        for index in touched {
            let entry = (count: hits[Int(index)], index: index)
            hits[Int(index)] = 0
            if best.count == Self.shortlistSize, let last = best.last,
                (entry.count, -entry.index) <= (last.count, -last.index)
            {
                continue
            }
            let at = best.firstIndex { (entry.count, -entry.index) > ($0.count, -$0.index) } ?? best.count
            best.insert(entry, at: at)
            if best.count > Self.shortlistSize { best.removeLast() }
        }
        touched.removeAll(keepingCapacity: true)
        return best.map { Int($0.index) }
    }
}
