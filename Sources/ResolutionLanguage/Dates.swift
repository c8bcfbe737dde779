import ResolutionModel

/// Dates as UN documents print them ("26 March 2015"), read into ISO 8601 so that
/// output can be sorted and compared.
package enum Dates {
    /// The first "d Month yyyy" in `text`, as (ISO date, range of the match).
    package static func firstDate(in text: Substring) -> (iso: String, range: Range<String.Index>)? {
        let words = wordRanges(text)
        guard words.count >= 3 else { return nil }
        for i in 0..<(words.count - 2) {
            let (d, m, y) = (text[words[i]], text[words[i + 1]], text[words[i + 2]])
            guard let day = Int(d), (1...31).contains(day), d.count <= 2,
                let month = Lexicon.english.month(m),
                y.count == 4, let year = Int(y)
            else { continue }
            let iso = "\(year)-\(pad(month))-\(pad(day))"
            return (iso, words[i].lowerBound..<words[i + 2].upperBound)
        }
        return nil
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func wordRanges(_ text: Substring) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let isWordChar = text[i].isLetter || text[i].isNumber
            if isWordChar && start == nil { start = i }
            if !isWordChar, let s = start { ranges.append(s..<i); start = nil }
            i = text.index(after: i)
        }
        if let s = start { ranges.append(s..<text.endIndex) }
        return ranges
    }
}
