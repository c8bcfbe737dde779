/// Myers' O(ND) difference algorithm with the linear-space refinement.
///
/// Source: Eugene W. Myers, "An O(ND) Difference Algorithm and Its Variations",
/// Algorithmica 1 (1986), 251-266: the greedy forward search of section 3, run from both
/// ends at once to find a "middle snake" (section 4b), then applied recursively to the
/// two halves. The names follow the paper: N and M the lengths, D the number of edits,
/// k = x - y a diagonal, V the furthest x reached on each diagonal (`forward` and
/// `backward` here, as GNU diff's fdiag and bdiag).
///
/// Bounds: O((N+M)·D) time, O(N+M) space. Before the search, the common prefix and suffix
/// are trimmed, and elements that do not occur at all in the other sequence are marked
/// changed and set aside (git's xdiff "discards" them); neither step changes the
/// length of the result, since such elements can never be matched.
///
/// Non-minimal only by the cost cap: when the search for one middle snake has taken
/// `costCap` steps (about the square root of N+M, as GNU diff's TOO_EXPENSIVE and
/// xdiff's mxcost), it stops and splits at the furthest-reaching diagonal found so
/// far. The script is still valid; it may have more edits than the shortest. With
/// `minimal: true` the cap is the work budget (`minimalBudget` steps over the
/// diagonals), so that the result is a shortest edit script for every input a person
/// diffs, and hostile input (250,000 words against 250,000 others) ends in seconds.
public enum Myers {
    /// The trade-off between a shortest script and a bounded cost, made explicit.
    public struct Options: Sendable, Equatable {
        /// Find a shortest edit script whatever it costs.
        public var minimal: Bool
        /// Overrides the computed cost cap (for tests and benchmarks).
        public var costCap: Int?

        public init(minimal: Bool = false, costCap: Int? = nil) {
            self.minimal = minimal
            self.costCap = costCap
        }
    }

    /// The floor of the cost cap. git's xdiff uses 256 (XDL_MAX_COST_MIN): below it, the
    /// cap would make ordinary paragraph-sized diffs non-minimal for no speed gain.
    public static let minimumCostCap = 256

    /// The work `minimal` may spend on one middle snake, in diagonal steps: D ≤ budget /
    /// (N+M). Paragraph-sized inputs stay exact by far (160,000 edits of slack for 200
    /// tokens); the bound only meets inputs no comparison of two texts needs.
    public static let minimalBudget = 1 << 25

    /// The cap `minimal` works under for inputs of total length `n`.
    public static func minimalCostCap(forTotalLength n: Int) -> Int {
        max(costCap(forTotalLength: n), minimalBudget / max(n, 1))
    }

    /// The cost cap for inputs of total length `n`: the square root of the number of
    /// diagonals, not below `minimumCostCap`.
    public static func costCap(forTotalLength n: Int) -> Int {
        var root = 1
        while root * root < n + 3 { root += 1 }
        return max(minimumCostCap, root)
    }

    /// Diffs two sequences of interned ids.
    public static func diff(_ a: [Int32], _ b: [Int32], options: Options = Options()) -> EditScript {
        let (deleted, inserted) = changeFlags(a, b, options: options)
        return EditScript(deleted: deleted, inserted: inserted)
    }

    /// Per-element change flags: `deleted[i]` when a[i] is not in the common
    /// subsequence found, `inserted[j]` likewise for b.
    static func changeFlags(_ a: [Int32], _ b: [Int32], options: Options) -> (deleted: [Bool], inserted: [Bool]) {
        var deleted = [Bool](repeating: false, count: a.count)
        var inserted = [Bool](repeating: false, count: b.count)
        // Set aside the elements that cannot match.
        let alphabet = Int(max(a.max() ?? -1, b.max() ?? -1)) + 1
        var inA = [Bool](repeating: false, count: alphabet)
        var inB = [Bool](repeating: false, count: alphabet)
        for id in a { inA[Int(id)] = true }
        for id in b { inB[Int(id)] = true }
        var keptA: [Int32] = [], indexA: [Int] = []
        var keptB: [Int32] = [], indexB: [Int] = []
        keptA.reserveCapacity(a.count)
        keptB.reserveCapacity(b.count)
        for (i, id) in a.enumerated() {
            if inB[Int(id)] { keptA.append(id); indexA.append(i) } else { deleted[i] = true }
        }
        for (j, id) in b.enumerated() {
            if inA[Int(id)] { keptB.append(id); indexB.append(j) } else { inserted[j] = true }
        }
        let n = keptA.count + keptB.count
        let cap = options.costCap ?? (options.minimal ? minimalCostCap(forTotalLength: n) : costCap(forTotalLength: n))
        var searchDeleted = [Bool](repeating: false, count: keptA.count)
        var searchInserted = [Bool](repeating: false, count: keptB.count)
        keptA.withUnsafeBufferPointer { a in
            keptB.withUnsafeBufferPointer { b in
                searchDeleted.withUnsafeMutableBufferPointer { del in
                    searchInserted.withUnsafeMutableBufferPointer { ins in
                        var search = Search(
                            a: a, b: b, deleted: del, inserted: ins, costCap: cap, minimal: options.minimal)
                        search.run()
                        search.deallocate()
                    }
                }
            }
        }
        for (i, changed) in searchDeleted.enumerated() where changed { deleted[indexA[i]] = true }
        for (j, changed) in searchInserted.enumerated() where changed { inserted[indexB[j]] = true }
        return (deleted, inserted)
    }

    /// The recursive search, with an explicit stack so that deep recursion on long,
    /// very different inputs cannot overflow the thread's stack. It works on raw
    /// buffers: the inner loops run once per diagonal step, and array bounds and
    /// uniqueness checks there cost more than the comparisons themselves.
    private struct Search {
        let a: UnsafeBufferPointer<Int32>
        let b: UnsafeBufferPointer<Int32>
        let deleted: UnsafeMutableBufferPointer<Bool>
        let inserted: UnsafeMutableBufferPointer<Bool>
        let costCap: Int
        let minimal: Bool
        /// V for the forward and the backward search, indexed by k + offset.
        let forward: UnsafeMutablePointer<Int>
        let backward: UnsafeMutablePointer<Int>
        let offset: Int

        init(
            a: UnsafeBufferPointer<Int32>, b: UnsafeBufferPointer<Int32>, deleted: UnsafeMutableBufferPointer<Bool>,
            inserted: UnsafeMutableBufferPointer<Bool>, costCap: Int, minimal: Bool
        ) {
            self.a = a
            self.b = b
            self.deleted = deleted
            self.inserted = inserted
            self.costCap = costCap
            self.minimal = minimal
            offset = b.count + 1
            let size = a.count + b.count + 3
            forward = .allocate(capacity: size)
            forward.initialize(repeating: 0, count: size)
            backward = .allocate(capacity: size)
            backward.initialize(repeating: 0, count: size)
        }

        func deallocate() {
            forward.deallocate()
            backward.deallocate()
        }

        struct Box {
            var xLow: Int, xHigh: Int, yLow: Int, yHigh: Int
            var minimal: Bool
        }

        mutating func run() {
            var stack = [Box(xLow: 0, xHigh: a.count, yLow: 0, yHigh: b.count, minimal: minimal)]
            while var box = stack.popLast() {
                // Trim the common prefix and suffix: the snakes at both ends.
                while box.xLow < box.xHigh && box.yLow < box.yHigh && a[box.xLow] == b[box.yLow] {
                    box.xLow += 1
                    box.yLow += 1
                }
                while box.xLow < box.xHigh && box.yLow < box.yHigh && a[box.xHigh - 1] == b[box.yHigh - 1] {
                    box.xHigh -= 1
                    box.yHigh -= 1
                }
                if box.xLow == box.xHigh {
                    for y in box.yLow..<box.yHigh { inserted[y] = true }
                } else if box.yLow == box.yHigh {
                    for x in box.xLow..<box.xHigh { deleted[x] = true }
                } else {
                    let split = middleSnake(box)
                    stack.append(
                        Box(
                            xLow: split.x, xHigh: box.xHigh, yLow: split.y, yHigh: box.yHigh, minimal: split.highMinimal
                        ))
                    stack.append(
                        Box(xLow: box.xLow, xHigh: split.x, yLow: box.yLow, yHigh: split.y, minimal: split.lowMinimal))
                }
            }
        }

        /// Finds a point (x, y) on an optimal path through the box: the middle of a snake
        /// where the forward and backward searches meet (Myers section 4b), or, past the
        /// cost cap, the best point reached so far.
        func middleSnake(_ box: Box) -> (x: Int, y: Int, lowMinimal: Bool, highMinimal: Bool) {
            let (xLow, xHigh, yLow, yHigh) = (box.xLow, box.xHigh, box.yLow, box.yHigh)
            let kMin = xLow - yHigh, kMax = xHigh - yLow
            let forwardMid = xLow - yLow, backwardMid = xHigh - yHigh
            var fMin = forwardMid, fMax = forwardMid
            var bMin = backwardMid, bMax = backwardMid
            let odd = (forwardMid - backwardMid) & 1 != 0
            let o = offset
            forward[forwardMid + o] = xLow
            backward[backwardMid + o] = xHigh

            var d = 1
            while true {
                // Extend the forward search by one edit on every diagonal.
                if fMin > kMin { fMin -= 1; forward[fMin - 1 + o] = -1 } else { fMin += 1 }
                if fMax < kMax { fMax += 1; forward[fMax + 1 + o] = -1 } else { fMax -= 1 }
                var k = fMax
                while k >= fMin {
                    let low = forward[k - 1 + o], high = forward[k + 1 + o]
                    var x = low < high ? high : low + 1
                    var y = x - k
                    while x < xHigh && y < yHigh && a[x] == b[y] { x += 1; y += 1 }
                    forward[k + o] = x
                    if odd && bMin <= k && k <= bMax && backward[k + o] <= x {
                        return (x, y, true, true)
                    }
                    k -= 2
                }
                // And the backward search.
                if bMin > kMin { bMin -= 1; backward[bMin - 1 + o] = Int.max } else { bMin += 1 }
                if bMax < kMax { bMax += 1; backward[bMax + 1 + o] = Int.max } else { bMax -= 1 }
                k = bMax
                while k >= bMin {
                    let low = backward[k - 1 + o], high = backward[k + 1 + o]
                    var x = low < high ? low : high - 1
                    var y = x - k
                    while x > xLow && y > yLow && a[x - 1] == b[y - 1] { x -= 1; y -= 1 }
                    backward[k + o] = x
                    if !odd && fMin <= k && k <= fMax && x <= forward[k + o] {
                        return (x, y, true, true)
                    }
                    k -= 2
                }
                if d >= costCap && (!box.minimal || minimal) {
                    return bestSplitSoFar(
                        box, forwardRange: (fMin, fMax), backwardRange: (bMin, bMax))
                }
                d += 1
            }
        }

        /// Past the cost cap: the forward diagonal that got furthest (largest x + y) or
        /// the backward one that did (smallest x + y), whichever covers more.
        private func bestSplitSoFar(
            _ box: Box, forwardRange: (Int, Int), backwardRange: (Int, Int)
        ) -> (x: Int, y: Int, lowMinimal: Bool, highMinimal: Bool) {
            let o = offset
            var forwardBest = -1, forwardX = box.xLow
            var k = forwardRange.1
            while k >= forwardRange.0 {
                var x = min(forward[k + o], box.xHigh)
                var y = x - k
                if y > box.yHigh { x = box.yHigh + k; y = box.yHigh }
                if x + y > forwardBest { forwardBest = x + y; forwardX = x }
                k -= 2
            }
            var backwardBest = Int.max, backwardX = box.xHigh
            k = backwardRange.1
            while k >= backwardRange.0 {
                var x = max(box.xLow, backward[k + o])
                var y = x - k
                if y < box.yLow { x = box.yLow + k; y = box.yLow }
                if x + y < backwardBest { backwardBest = x + y; backwardX = x }
                k -= 2
            }
            if (box.xHigh + box.yHigh) - backwardBest < forwardBest - (box.xLow + box.yLow) {
                return (forwardX, forwardBest - forwardX, true, false)
            }
            return (backwardX, backwardBest - backwardX, false, true)
        }
    }
}
