import ResolutionLanguage
import ResolutionModel

/// The adoption block after the last operative paragraph: the meeting ("55th meeting",
/// "71st plenary meeting"), its date, and how the text was adopted.
///
/// Extraction tears these short lines more than any other (`42nd\tme\teting`), so they
/// are matched with white space squeezed out after the tab repair.
enum TrailerParser {
    struct Result {
        var meeting: String?
        var date: String?
        var vote: String?
        var other: [String] = []
    }

    static func startsTrailer(_ text: String, language: Language) -> Bool {
        meeting(in: text, language: language) != nil || vote(in: text, language: language) != nil
    }

    static func parse(_ lines: [SourceLine], language: Language) -> Result {
        var result = Result()
        for line in lines {
            let text = line.text
            if let m = meeting(in: text, language: language) {
                result.meeting = result.meeting ?? m
                if let d = Dates.firstDate(in: Substring(text), language: language) {
                    result.date = result.date ?? d.iso
                }
            } else if let v = vote(in: text, language: language) {
                result.vote = result.vote ?? v
            } else if let d = Dates.firstDate(in: Substring(text), language: language), text.count <= 24 {
                result.date = result.date ?? d.iso
            } else {
                result.other.append(text)
            }
        }
        return result
    }

    /// "55th meeting", "71st plenary meeting" ("35e séance", "65ª sesión plenaria") at
    /// the start of a short line, possibly followed by its date.
    static func meeting(in text: String, language: Language) -> String? {
        let words = language.adoption
        // A meeting line is short and starts with its number.
        guard text.utf8.count <= 80, let first = text.utf8.first, (0x30...0x39).contains(first) else { return nil }
        let squeezed = text.filter { !$0.isWhitespace }.lowercased()
        let digits = squeezed.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        var rest = squeezed.dropFirst(digits.count)
        guard let suffix = words.ordinalSuffixes.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(suffix.count)
        // "50th (resumed) plenary meeting": a meeting resumed on a later day.
        let resumed = rest.hasPrefix("(resumed)")
        if resumed { rest = rest.dropFirst(9) }
        var plenary = false
        if rest.hasPrefix(words.plenary) { plenary = true; rest = rest.dropFirst(words.plenary.count) }
        guard rest.hasPrefix(words.meeting) else { return nil }
        rest = rest.dropFirst(words.meeting.count)
        // "séance plénière", "sesión plenaria": the adjective after the noun.
        if !plenary, rest.hasPrefix(words.plenaryAfter), !words.plenaryAfter.isEmpty {
            plenary = true
            rest = rest.dropFirst(words.plenaryAfter.count)
        }
        // Nothing but a date may follow ("26March2015", possibly with punctuation).
        let tail = rest.filter { $0.isLetter || $0.isNumber }
        guard tail.isEmpty || tail.count <= 20 && tail.first?.isNumber == true else { return nil }
        if language.code != .en {
            return "\(digits)\(suffix) \(words.meeting)\(plenary ? " " + words.plenaryAfter : "")"
        }
        return "\(digits)\(suffix) \(resumed ? "(resumed) " : "")\(plenary ? "plenary " : "")meeting"
    }

    /// "[Adopted without a vote.]", "Adopted by a recorded vote of 31 to 14 ...".
    static func vote(in text: String, language: Language) -> String? {
        var s = Substring(text)
        if s.hasPrefix("[") { s = s.dropFirst() }
        guard language.adoption.votes.contains(where: { s.hasPrefix($0) }) else { return nil }
        while let last = s.last, "].".contains(last) { s = s.dropLast(1) }
        return String(s)
    }
}
