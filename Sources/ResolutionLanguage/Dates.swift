import ResolutionModel

/// Dates as UN documents print them ("26 March 2015", "1er juillet 2016", "1 de julio
/// de 2016"), read into ISO 8601 so that output can be sorted and compared.
package enum Dates {
    /// The first "d Month yyyy" in `text`, as (ISO date, range of the match), in the
    /// words of `language`.
    package static func firstDate(in text: Substring, language: Language = .english)
        -> (iso: String, range: Range<String.Index>)?
    {
        let words = wordRanges(text)
        guard words.count >= 3 else { return nil }
        let connectors = language.dateConnectors
        let ordinal = language.adoption.dayOrdinal
        for i in 0..<(words.count - 2) {
            var d = text[words[i]]
            if !ordinal.isEmpty, d.hasSuffix(ordinal), d.count > ordinal.count { d = d.dropLast(ordinal.count) }
            guard let day = Int(d), (1...31).contains(day), d.count <= 2 else { continue }
            var k = i + 1
            while k < words.count, connectors.contains(text[words[k]].lowercased()) { k += 1 }
            guard k < words.count, let month = language.lexicon.month(text[words[k]]) else { continue }
            k += 1
            while k < words.count, connectors.contains(text[words[k]].lowercased()) { k += 1 }
            guard k < words.count, case let y = text[words[k]], y.count == 4, let year = Int(y) else { continue }
            let iso = "\(year)-\(pad(month))-\(pad(day))"
            return (iso, words[i].lowerBound..<words[k].upperBound)
        }
        return nil
    }

    /// The first date written the Chinese (and Japanese) way, "1999年12月17日".
    package static func cjkDate(in text: Substring) -> (iso: String, range: Range<String.Index>)? {
        guard let match = text.firstMatch(of: /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/),
            let year = Int(match.1), let month = Int(match.2), let day = Int(match.3), (1...12).contains(month),
            (1...31).contains(day)
        else { return nil }
        return ("\(year)-\(pad(month))-\(pad(day))", match.range)
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
