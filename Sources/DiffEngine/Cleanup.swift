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

    /// One pass over the runs, keeping the output normalized as it goes (one deletion
    /// then one insertion per change), so a merged island joins the change before it
    /// and the change after it is appended to the same block: O(runs).
    static func mergeIslands(_ script: EditScript, a: [Int32], b: [Int32], info: TokenInfo) -> EditScript {
        func weight(_ seq: [Int32], _ range: Range<Int>) -> Int {
            var w = 0
            for i in range { w += info.weight(seq[i]) }
            return w
        }
        let runs = script.runs
        var out: [EditScript.Run] = []
        out.reserveCapacity(runs.count)
        // Weights of the change block at the end of `out`.
        var blockDeleted = 0, blockInserted = 0
        var i = 0
        while i < runs.count {
            let run = runs[i]
            if run.kind != .equal {
                appendChange(&out, run)
                if run.kind == .delete {
                    blockDeleted += weight(a, run.old)
                } else {
                    blockInserted += weight(b, run.new)
                }
                i += 1
                continue
            }
            // An equal island between the current block and the next change block.
            if out.last.map({ $0.kind != .equal }) == true, i + 1 < runs.count {
                var nextDeleted = 0, nextInserted = 0
                var j = i + 1
                while j < runs.count && runs[j].kind != .equal {
                    if runs[j].kind == .delete {
                        nextDeleted += weight(a, runs[j].old)
                    } else {
                        nextInserted += weight(b, runs[j].new)
                    }
                    j += 1
                }
                let island = weight(a, run.old)
                if island < max(blockDeleted, blockInserted) && island < max(nextDeleted, nextInserted) {
                    appendChange(
                        &out, EditScript.Run(kind: .delete, old: run.old, new: run.new.lowerBound..<run.new.lowerBound))
                    appendChange(
                        &out, EditScript.Run(kind: .insert, old: run.old.upperBound..<run.old.upperBound, new: run.new))
                    blockDeleted += island
                    blockInserted += weight(b, run.new)
                    i += 1
                    continue
                }
            }
            out.append(run)
            blockDeleted = 0
            blockInserted = 0
            i += 1
        }
        return EditScript(runs: out)
    }

    /// Adds a change to the block at the end of `out`, keeping it as one deletion
    /// followed by one insertion.
    private static func appendChange(_ out: inout [EditScript.Run], _ run: EditScript.Run) {
        var deletion: EditScript.Run?
        var insertion: EditScript.Run?
        while let last = out.last, last.kind != .equal {
            if last.kind == .delete { deletion = last } else { insertion = last }
            out.removeLast()
        }
        if run.kind == .delete {
            if let d = deletion {
                deletion = EditScript.Run(kind: .delete, old: d.old.lowerBound..<run.old.upperBound, new: d.new)
            } else {
                deletion = run
            }
        } else {
            if let ins = insertion {
                insertion = EditScript.Run(kind: .insert, old: ins.old, new: ins.new.lowerBound..<run.new.upperBound)
            } else {
                insertion = run
            }
        }
        // The block's position: where it starts in both sequences.
        let oldStart = deletion?.old.lowerBound ?? insertion!.old.lowerBound
        let newStart = insertion?.new.lowerBound ?? deletion!.new.lowerBound
        let oldEnd = deletion?.old.upperBound ?? oldStart
        if let d = deletion {
            out.append(EditScript.Run(kind: .delete, old: d.old, new: newStart..<newStart))
        }
        if let ins = insertion {
            out.append(EditScript.Run(kind: .insert, old: oldEnd..<oldEnd, new: ins.new))
        }
    }
}
