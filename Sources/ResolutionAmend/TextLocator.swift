import DiffEngine
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel
import ResolutionReader

/// Finds words of an amendment in a paragraph's display text the way a person reads
/// them: typography is not content (curly or straight quotes, dashes, non-breaking
/// spaces, footnote markers), but word boundaries are ("or" is not found in "for").
///
/// Works on Unicode scalars: the display text is folded as `Typography.comparable`
/// does, keeping for each folded scalar the index of the scalar it came from, so that a
/// match maps back to a range of the display text.
struct TextLocator {
    let text: String
    private let source: [Unicode.Scalar]
    private let folded: [Unicode.Scalar]
    /// For each folded scalar, the index in `source` it came from.
    private let origin: [Int]

    init(_ text: String) {
        self.text = text
        source = Array(text.unicodeScalars)
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        var pendingSpace: Int?
        // Each scalar's folded form, worked out once per distinct scalar: folding
        // each one afresh made an amendment of thousands of instructions take minutes.
        var forms: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for (i, s) in source.enumerated() {
            // The applier's placeholders for new footnotes are markers too.
            if FootnoteEdits.isPlaceholder(s) { continue }
            if s.properties.isWhitespace {
                if !folded.isEmpty && pendingSpace == nil { pendingSpace = i }
                continue
            }
            let f: [Unicode.Scalar]
            if let known = forms[s] {
                f = known
            } else {
                f = Array(Typography.comparable(String(s)).unicodeScalars)
                forms[s] = f
            }
            if f.isEmpty { continue }
            if let p = pendingSpace {
                folded.append(" ")
                origin.append(p)
                pendingSpace = nil
            }
            for scalar in f {
                folded.append(scalar)
                origin.append(i)
            }
        }
        self.folded = folded
        self.origin = origin
    }

    /// Ranges (in scalar offsets of the display text) where `words` stand as whole words.
    func occurrences(of words: String) -> [Range<Int>] {
        let needle = Array(Typography.comparable(words).unicodeScalars)
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var found: [Range<Int>] = []
        var k = 0
        while k + needle.count <= folded.count {
            if folded[k] == needle[0] && Array(folded[k..<(k + needle.count)]) == needle
                && isBoundary(before: k, needle.first!) && isBoundary(after: k + needle.count, needle.last!)
            {
                found.append(origin[k]..<(origin[k + needle.count - 1] + 1))
            }
            k += 1
        }
        return found
    }

    private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private func isBoundary(before k: Int, _ first: Unicode.Scalar) -> Bool {
        k == 0 || !isWordScalar(first) || !isWordScalar(folded[k - 1])
    }

    private func isBoundary(after k: Int, _ last: Unicode.Scalar) -> Bool {
        k == folded.count || !isWordScalar(last) || !isWordScalar(folded[k])
    }

    /// `range` with up to three words either side: "… in «the» field of …".
    func context(_ range: Range<Int>) -> String {
        func words(_ scalars: ArraySlice<Unicode.Scalar>) -> [Substring] {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars)
            return String(s).split(separator: " ")
        }
        let before = words(source[..<range.lowerBound]).suffix(3)
        let after = words(source[range.upperBound...]).prefix(3)
        var match = String.UnicodeScalarView()
        match.append(contentsOf: source[range])
        // A space only where the text has one: "«rights», in", not "«rights» , in".
        let spaceBefore = range.lowerBound > 0 && source[range.lowerBound - 1].properties.isWhitespace
        let spaceAfter = range.upperBound < source.count && source[range.upperBound].properties.isWhitespace
        return (before.count == 3 ? "… " : "") + before.joined(separator: " ")
            + (before.isEmpty || !spaceBefore ? "" : " ")
            + "«\(String(match))»" + (after.isEmpty || !spaceAfter ? "" : " ") + after.joined(separator: " ")
            + (after.count == 3 ? " …" : "")
    }

    /// The display text with scalars `range` replaced by `replacement`, spaces tidied
    /// around the join: no double space, no space before closing punctuation.
    func replacing(_ range: Range<Int>, with replacement: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: source[..<range.lowerBound])
        out.append(contentsOf: Self.keepingMarkers(of: source[range], in: replacement).unicodeScalars)
        out.append(contentsOf: source[range.upperBound...])
        // French spacing (a space before ; and :) stays where the paragraph uses it.
        let spacedBefore = Set(
            ";:".unicodeScalars.filter { mark in
                zip(source, source.dropFirst()).contains { $0 == " " && $1 == mark }
            })
        return Self.tidy(String(out), keepingSpaceBefore: spacedBefore)
    }

    /// `replacement` with the footnote markers of the words it replaces, each after the
    /// word it followed there ("sesiones¹;" replaced by "sesiones:" is "sesiones¹:"):
    /// the words quoted in an instruction leave markers out, and a marker is a citation,
    /// not a word the instruction means to take away. A replacement that writes markers
    /// of its own keeps its own.
    static func keepingMarkers(of old: ArraySlice<Unicode.Scalar>, in replacement: String) -> String {
        func isMarker(_ s: Unicode.Scalar) -> Bool { Typography.superscriptDigits[s] != nil }
        func isWord(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || (s.properties.numericType != nil && !isMarker(s))
        }
        guard !replacement.isEmpty, old.contains(where: isMarker), !replacement.unicodeScalars.contains(where: isMarker)
        else {
            return replacement
        }
        // Each run of markers, with the number of words before it.
        var markers: [(words: Int, text: String)] = []
        var words = 0, inWord = false, afterMarker = false
        for s in old {
            if isMarker(s) {
                if afterMarker {
                    markers[markers.count - 1].text.unicodeScalars.append(s)
                } else {
                    markers.append((words, String(s)))
                }
                (afterMarker, inWord) = (true, false)
                continue
            }
            afterMarker = false
            let word = isWord(s)
            if word && !inWord { words += 1 }
            inWord = word
        }
        var out = String.UnicodeScalarView()
        var seen = 0
        inWord = false
        var pending = markers[...]
        while let first = pending.first, first.words == 0 {
            out.append(contentsOf: first.text.unicodeScalars)
            pending.removeFirst()
        }
        let scalars = Array(replacement.unicodeScalars)
        for (k, s) in scalars.enumerated() {
            let word = isWord(s)
            if word && !inWord { seen += 1 }
            inWord = word
            out.append(s)
            // After the last letter of the word the marker followed.
            let endsWord = word && (k + 1 == scalars.count || !isWord(scalars[k + 1]))
            while endsWord, let first = pending.first, first.words == seen {
                out.append(contentsOf: first.text.unicodeScalars)
                pending.removeFirst()
            }
        }
        for rest in pending { out.append(contentsOf: rest.text.unicodeScalars) }
        return String(out)
    }

    /// Collapses runs of spaces and removes a space before , ; : . ) and after (, but
    /// before the marks in `kept` (French spacing the paragraph already uses).
    static func tidy(_ text: String, keepingSpaceBefore kept: Set<Unicode.Scalar> = []) -> String {
        var out = String.UnicodeScalarView()
        for s in Typography.collapseSpaces(text).unicodeScalars {
            if ",;:.)".unicodeScalars.contains(s), !kept.contains(s), out.last == " " { out.removeLast() }
            if s == " ", out.last == "(" { continue }
            out.append(s)
        }
        return String(out)
    }
}
