import ResolutionLanguage

/// A text as the comparison sees it and as the reader sees it: the display text, its
/// comparable (folded) form, the tokens of the comparable form, and where each token
/// stands in the display text. Built once per compared paragraph, so that every output
/// can show the reader's own characters (curly quotes, footnote markers, dashes) for
/// words that were compared folded, without splitting or diffing again.
public struct ComparedText: Sendable, Equatable {
    /// What the reader sees: typography and footnote markers kept.
    public let display: String
    /// What is compared: `Typography.comparable(display)`.
    public let comparable: String
    /// Tokens of `comparable`; their ranges index `comparable.utf8`.
    public let tokens: [WordTokenizer.Token]
    /// For each token, its UTF-8 range in `display`.
    public let displayRanges: [Range<Int>]

    /// O(n) in the text's length.
    public init(_ display: String) {
        self.display = display
        let (folded, origins) = Typography.comparableWithOrigins(display)
        comparable = folded
        tokens = WordTokenizer.tokenize(folded)
        displayRanges = tokens.map { origins.display($0.range) }
    }

    /// The comparable text of tokens `range`, from the first token's start to the last
    /// one's end (inner spacing kept); empty for an empty range.
    public func comparable(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = comparable.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(tokens[range.lowerBound].start))
        let to = utf8.index(utf8.startIndex, offsetBy: Int(tokens[range.upperBound - 1].end))
        return String(comparable[from..<to])
    }

    /// The display range that tokens `range` cover for a reader. What stands between
    /// two tokens and is no token (a footnote marker, a soft hyphen) goes with the run
    /// that follows it, as it is read after the previous word: `session[-;-]{+:+}¹ at`.
    /// The last run of a side runs to the end of the text. White space at either end is
    /// left out; an empty range covers nothing.
    public func displaySpan(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        let bytes = display.utf8
        var start = range.lowerBound == 0 ? 0 : displayRanges[range.lowerBound - 1].upperBound
        while start < displayRanges[range.lowerBound].lowerBound {
            let next = scalar(startingAt: start, in: bytes)
            guard next.scalar.properties.isWhitespace else { break }
            start += next.length
        }
        var end = range.upperBound < tokens.count ? displayRanges[range.upperBound - 1].upperBound : bytes.count
        while end > displayRanges[range.upperBound - 1].upperBound {
            let before = scalar(endingAt: end, in: bytes)
            guard before.scalar.properties.isWhitespace else { break }
            end -= before.length
        }
        return start..<end
    }

    /// The display text of `span`.
    public func display(_ span: Range<Int>) -> String {
        let utf8 = display.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
        let to = utf8.index(from, offsetBy: span.count)
        return String(display[from..<to])
    }

    /// Whether white space stands right before display offset `offset`.
    public func spaceBefore(_ offset: Int) -> Bool {
        guard offset > 0 else { return false }
        return scalar(endingAt: offset, in: display.utf8).scalar.properties.isWhitespace
    }

    private func scalar(startingAt start: Int, in bytes: String.UTF8View) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[bytes.index(bytes.startIndex, offsetBy: start)]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return scalar(endingAt: min(start + length, bytes.count), in: bytes)
    }

    private func scalar(endingAt end: Int, in bytes: String.UTF8View) -> (scalar: Unicode.Scalar, length: Int) {
        var start = end - 1
        let base = bytes.startIndex
        while start > 0, bytes[bytes.index(base, offsetBy: start)] & 0xC0 == 0x80 { start -= 1 }
        let from = bytes.index(base, offsetBy: start), to = bytes.index(base, offsetBy: end)
        let scalar = String(display[from..<to]).unicodeScalars.first ?? " "
        return (scalar, end - start)
    }
}
