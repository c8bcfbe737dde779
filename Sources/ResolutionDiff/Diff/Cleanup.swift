/// Cleanup for people: a separate pass over a valid edit script that makes it read the
/// way a person would mark the change by hand. Off in minimal mode.
///
/// Two steps, each keeping the script valid:
///
/// 1. Sliders (git's xdl_change_compact): a run of inserted or deleted tokens that
///    could sit at several places ("X, as well as Y, Z": is `, as well as Y` or
///    `as well as Y,` inserted?) is moved to the place with the most natural
///    boundaries: starting after punctuation or at the start, ending with punctuation,
///    not starting with punctuation. Ties go to the last place, as in git.
/// 2. Semantic cleanup (diff-match-patch's cleanupSemantic): an equal island between two
///    changes that is no longer than the changes on either side becomes part of the
///    change, so that a rewritten phrase reads as one replacement, not as fragments
///    around a coincidentally equal "the" or ",". The island must be strictly shorter
///    than the changes on both sides (diff-match-patch allows equal): at word level, "of"
///    between two dates, "[-25/3-] {+28/2+} of [-27-] {+26+} March", is better kept.
public enum Cleanup {
    /// What the cleanup needs to know of each token id.
    public struct TokenInfo: Sendable {
        /// Whether the token is punctuation: a natural place for a change to begin after
        /// or end with.
        public var isPunctuation: @Sendable (Int32) -> Bool
        /// The token's weight (its length in characters) for comparing island sizes.
        public var weight: @Sendable (Int32) -> Int

        public init(isPunctuation: @escaping @Sendable (Int32) -> Bool, weight: @escaping @Sendable (Int32) -> Int) {
            self.isPunctuation = isPunctuation
            self.weight = weight
        }

        /// For sequences without text (paragraph ids): no boundary preference, weight 1.
        public static let uniform = TokenInfo(isPunctuation: { _ in false }, weight: { _ in 1 })
    }

    /// The cleaned-up script for `a` → `b`.
    public static func apply(_ script: EditScript, a: [Int32], b: [Int32], info: TokenInfo) -> EditScript {
        var deleted = [Bool](repeating: false, count: a.count)
        var inserted = [Bool](repeating: false, count: b.count)
        for run in script.runs {
            if run.kind == .delete { for i in run.old { deleted[i] = true } }
            if run.kind == .insert { for j in run.new { inserted[j] = true } }
        }
        slide(&deleted, a, info)
        slide(&inserted, b, info)
        return mergeIslands(EditScript(deleted: deleted, inserted: inserted), a: a, b: b, info: info)
    }

    // MARK: Sliders

    static func slide(_ flags: inout [Bool], _ seq: [Int32], _ info: TokenInfo) {
        let n = seq.count
        var start = 0
        while start < n {
            guard flags[start] else { start += 1; continue }
            var end = start
            while end < n && flags[end] { end += 1 }
            // The group [start, end) may shift while the element leaving it equals the
            // element joining it; it stops at other groups, never merging with them.
            let length = end - start
            for i in start..<end { flags[i] = false }
            var s = start, e = end
            while s > 0 && !flags[s - 1] && seq[s - 1] == seq[e - 1] { s -= 1; e -= 1 }
            let low = s
            while e < n && !flags[e] && seq[s] == seq[e] { s += 1; e += 1 }
            let high = s
            var best = start, bestScore = Int.min
            for position in low...high {
                let score = boundaryScore(seq, position, length, info)
                if score >= bestScore { bestScore = score; best = position }
            }
            if low == high { best = start }
            for i in best..<(best + length) { flags[i] = true }
            start = max(end, best + length)
        }
    }

    /// Higher is more natural: the group follows punctuation or the start, ends with
    /// punctuation, and does not begin with it.
    static func boundaryScore(_ seq: [Int32], _ position: Int, _ length: Int, _ info: TokenInfo) -> Int {
        var score = 0
        if position == 0 || info.isPunctuation(seq[position - 1]) { score += 2 }
        if info.isPunctuation(seq[position + length - 1]) { score += 1 }
        if info.isPunctuation(seq[position]) { score -= 1 }
        return score
    }

    // MARK: Semantic cleanup

    static func mergeIslands(_ script: EditScript, a: [Int32], b: [Int32], info: TokenInfo) -> EditScript {
        var runs = script.runs
        var changed = true
        while changed {
            changed = false
            var i = 1
            while i < runs.count - 1 {
                guard runs[i].kind == .equal, runs[i - 1].kind != .equal, runs[i + 1].kind != .equal else {
                    i += 1
                    continue
                }
                let island = a[runs[i].old].reduce(0) { $0 + info.weight($1) }
                let before = changeWeights(runs, endingAt: i - 1, a, b, info)
                let after = changeWeights(runs, startingAt: i + 1, a, b, info)
                if island < max(before.deleted, before.inserted) && island < max(after.deleted, after.inserted) {
                    let r = runs[i]
                    runs[i...i] = [
                        EditScript.Run(kind: .delete, old: r.old, new: r.new.lowerBound..<r.new.lowerBound),
                        EditScript.Run(kind: .insert, old: r.old.upperBound..<r.old.upperBound, new: r.new),
                    ]
                    runs = normalize(runs)
                    changed = true
                    i = max(1, i - 1)
                } else {
                    i += 1
                }
            }
        }
        return EditScript(runs: runs)
    }

    private static func changeWeights(
        _ runs: [EditScript.Run], endingAt last: Int, _ a: [Int32], _ b: [Int32], _ info: TokenInfo
    ) -> (deleted: Int, inserted: Int) {
        var d = 0, ins = 0, i = last
        while i >= 0 && runs[i].kind != .equal {
            d += a[runs[i].old].reduce(0) { $0 + info.weight($1) }
            ins += b[runs[i].new].reduce(0) { $0 + info.weight($1) }
            i -= 1
        }
        return (d, ins)
    }

    private static func changeWeights(
        _ runs: [EditScript.Run], startingAt first: Int, _ a: [Int32], _ b: [Int32], _ info: TokenInfo
    ) -> (deleted: Int, inserted: Int) {
        var d = 0, ins = 0, i = first
        while i < runs.count && runs[i].kind != .equal {
            d += a[runs[i].old].reduce(0) { $0 + info.weight($1) }
            ins += b[runs[i].new].reduce(0) { $0 + info.weight($1) }
            i += 1
        }
        return (d, ins)
    }

    /// Merges each block of consecutive changes into one deletion followed by one
    /// insertion.
    static func normalize(_ runs: [EditScript.Run]) -> [EditScript.Run] {
        var out: [EditScript.Run] = []
        var i = 0
        while i < runs.count {
            if runs[i].kind == .equal {
                if let last = out.last, last.kind == .equal {
                    out[out.count - 1].old = last.old.lowerBound..<runs[i].old.upperBound
                    out[out.count - 1].new = last.new.lowerBound..<runs[i].new.upperBound
                } else {
                    out.append(runs[i])
                }
                i += 1
                continue
            }
            let oldStart = runs[i].old.lowerBound, newStart = runs[i].new.lowerBound
            var oldEnd = oldStart, newEnd = newStart
            while i < runs.count && runs[i].kind != .equal {
                oldEnd = max(oldEnd, runs[i].old.upperBound)
                newEnd = max(newEnd, runs[i].new.upperBound)
                i += 1
            }
            if oldEnd > oldStart {
                out.append(EditScript.Run(kind: .delete, old: oldStart..<oldEnd, new: newStart..<newStart))
            }
            if newEnd > newStart {
                out.append(EditScript.Run(kind: .insert, old: oldEnd..<oldEnd, new: newStart..<newEnd))
            }
        }
        return out
    }
}
