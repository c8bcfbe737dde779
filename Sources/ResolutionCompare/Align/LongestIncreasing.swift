import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// The longest strictly increasing subsequence, by patience sorting with back links
/// (Fredman 1975): O(n log n). The aligner keeps the pairs on it in place; the others
/// moved. Among several longest, the one found is deterministic.
package enum LongestIncreasing {
    /// Indices (into `values`) of one longest strictly increasing subsequence.
    package static func indices(_ values: [Int]) -> [Int] {
        var tails: [Int] = []  // index of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < v { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[i] = tails[low - 1] }
            if low == tails.count { tails.append(i) } else { tails[low] = i }
        }
        var result: [Int] = []
        var k = tails.last ?? -1
        while k >= 0 {
            result.append(k)
            k = previous[k]
        }
        return result.reversed()
    }
}
