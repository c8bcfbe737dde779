/// The result of a diff: runs of equal, deleted and inserted elements over index ranges
/// of the two sequences. A plain value: renderers, the aligner and tests read it
/// without knowing how it was computed.
public struct EditScript: Sendable, Equatable {
    /// The three kinds of run; within a change, deletion comes before insertion.
    public enum Kind: String, Sendable, Equatable {
        case equal, delete, insert
    }

    /// One run. `old` and `new` are the ranges it covers in each sequence; a deletion's
    /// `new` range is empty (where it would be in the new sequence), and the reverse for
    /// an insertion.
    public struct Run: Sendable, Equatable {
        public var kind: Kind
        public var old: Range<Int>
        public var new: Range<Int>

        public init(kind: Kind, old: Range<Int>, new: Range<Int>) {
            self.kind = kind
            self.old = old
            self.new = new
        }
    }

    public var runs: [Run]

    public init(runs: [Run]) {
        self.runs = runs
    }

    /// Builds the runs from per-element change flags, as the algorithms produce them.
    /// Within a change, the deletion comes before the insertion.
    init(deleted: [Bool], inserted: [Bool]) {
        var runs: [Run] = []
        var x = 0, y = 0
        let n = deleted.count, m = inserted.count
        while x < n || y < m {
            let x0 = x, y0 = y
            while x < n && y < m && !deleted[x] && !inserted[y] { x += 1; y += 1 }
            if x > x0 { runs.append(Run(kind: .equal, old: x0..<x, new: y0..<y)) }
            let dx = x
            while x < n && deleted[x] { x += 1 }
            if x > dx { runs.append(Run(kind: .delete, old: dx..<x, new: y..<y)) }
            let iy = y
            while y < m && inserted[y] { y += 1 }
            if y > iy { runs.append(Run(kind: .insert, old: x..<x, new: iy..<y)) }
            precondition(x > x0 || y > y0 || (x == n && y == m), "change flags out of step")
        }
        self.runs = runs
    }

    /// Number of deleted plus inserted elements: the script's length in edits.
    public var editCount: Int {
        runs.reduce(0) { $0 + ($1.kind == .delete ? $1.old.count : $1.kind == .insert ? $1.new.count : 0) }
    }

    public var isIdentity: Bool { runs.allSatisfy { $0.kind == .equal } }

    /// Replays the script on `old`, taking inserted elements from `new`. Equal runs are
    /// taken from `old`, so the result equals `new` only if the script is valid.
    public func apply<T: Equatable>(to old: [T], inserting new: [T]) -> [T] {
        var out: [T] = []
        out.reserveCapacity(new.count)
        for run in runs {
            switch run.kind {
            case .equal: out += old[run.old]
            case .delete: break
            case .insert: out += new[run.new]
            }
        }
        return out
    }

    /// Whether the runs cover both sequences in order and equal runs pair equal elements.
    public func isValid<T: Equatable>(old: [T], new: [T]) -> Bool {
        var x = 0, y = 0
        for run in runs {
            guard run.old.lowerBound == x, run.new.lowerBound == y else { return false }
            switch run.kind {
            case .equal:
                guard run.old.count == run.new.count, old[run.old].elementsEqual(new[run.new]) else { return false }
            case .delete: guard run.new.isEmpty, !run.old.isEmpty else { return false }
            case .insert: guard run.old.isEmpty, !run.new.isEmpty else { return false }
            }
            x = run.old.upperBound
            y = run.new.upperBound
        }
        return x == old.count && y == new.count
    }
}
