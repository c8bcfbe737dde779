import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// A paragraph's words as a sorted multiset of interned ids: what the aligner compares
/// when it decides which paragraphs are versions of each other. Order-blind on purpose:
/// it is cheap (a merge of two sorted arrays), and the word diff of the pairs it
/// chooses is order-aware.
struct TokenProfile {
    /// Sorted token ids, with repeats.
    var sorted: [Int32]
    /// Distinct ids, for the candidate index.
    var distinct: [Int32]

    init(ids: [Int32]) {
        sorted = ids.sorted()
        var d: [Int32] = []
        d.reserveCapacity(sorted.count)
        for id in sorted where d.last != id { d.append(id) }
        distinct = d
    }

    var count: Int { sorted.count }

    /// Size of the multiset intersection. O(n + m).
    func shared(with other: TokenProfile) -> Int {
        var i = 0, j = 0, n = 0
        let a = sorted, b = other.sorted
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// Dice's coefficient, 2|A∩B| / (|A|+|B|): 1 for the same words, 0 for none shared.
    func similarity(to other: TokenProfile) -> Double {
        Similarity.dice(shared: shared(with: other), total: count + other.count)
    }

    /// The share of this profile's words found in `other`: how much of a piece of a
    /// split paragraph comes from the whole.
    func containment(in other: TokenProfile) -> Double {
        count == 0 ? 0 : Double(shared(with: other)) / Double(count)
    }

    static func + (a: TokenProfile, b: TokenProfile) -> TokenProfile {
        TokenProfile(ids: a.sorted + b.sorted)
    }
}
