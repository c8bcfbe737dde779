import ResolutionDiff

/// A word diff of two long texts done the way git's `--word-diff` does it: lines first
/// (in resolution texts, a paragraph is usually a line), then words inside each changed
/// block of lines only.
///
/// Both levels use the same engine (`Myers` over interned ids). Unchanged lines are
/// never tokenized, so the cost follows the size of the change, not of the text:
/// O(L·Dl) for L lines with Dl changed lines, plus O(n·d) inside each changed block.
/// For unrelated texts it falls back to one word diff of everything.
public struct LineFirstDiff: Sendable {
    /// A block of changed lines and the word diff of their text.
    public struct Hunk: Sendable {
        public var oldLines: Range<Int>
        public var newLines: Range<Int>
        public var words: WordDiff
    }

    public let lineScript: EditScript
    public let hunks: [Hunk]

    public init(old: String, new: String, options: WordDiff.Options = WordDiff.Options()) {
        let oldLines = Self.lineRanges(old), newLines = Self.lineRanges(new)
        var interner = TokenInterner(expectedDistinct: oldLines.count + newLines.count)
        var copyOld = old, copyNew = new
        let a = copyOld.withUTF8 { bytes in oldLines.map { interner.intern(bytes, $0) } }
        let b = copyNew.withUTF8 { bytes in newLines.map { interner.intern(bytes, $0) } }
        lineScript = Myers.diff(a, b, options: Myers.Options(minimal: options.minimal))

        let oldBytes = Array(old.utf8), newBytes = Array(new.utf8)
        func text(_ bytes: [UInt8], _ lines: [Range<Int>], _ range: Range<Int>) -> String {
            guard let first = range.first, let last = range.last else { return "" }
            return String(decoding: bytes[lines[first].lowerBound..<lines[last].upperBound], as: UTF8.self)
        }
        var hunks: [Hunk] = []
        var i = 0
        let runs = lineScript.runs
        while i < runs.count {
            guard runs[i].kind != .equal else { i += 1; continue }
            var oldRange = runs[i].old, newRange = runs[i].new
            while i + 1 < runs.count && runs[i + 1].kind != .equal {
                i += 1
                oldRange = oldRange.lowerBound..<max(oldRange.upperBound, runs[i].old.upperBound)
                newRange = newRange.lowerBound..<max(newRange.upperBound, runs[i].new.upperBound)
            }
            let words = WordDiff(
                old: text(oldBytes, oldLines, oldRange), new: text(newBytes, newLines, newRange), options: options)
            hunks.append(Hunk(oldLines: oldRange, newLines: newRange, words: words))
            i += 1
        }
        self.hunks = hunks
    }

    /// Deleted plus inserted words over all hunks.
    public var editCount: Int { hunks.reduce(0) { $0 + $1.words.script.editCount } }

    /// Byte ranges of the lines of `text`, without their line feeds.
    static func lineRanges(_ text: String) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                ranges.append(start..<index)
                start = index + 1
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
            return ranges
        }
    }
}
