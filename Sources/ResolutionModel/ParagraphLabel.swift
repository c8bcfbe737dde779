/// A paragraph's name as negotiators say it: PP3, OP13, OP5bis, OP13(a)(ii). Built
/// once by the segmenter, printed once (`description`) and parsed once (`init?(_:)`), so
/// that the checker's `--allow` list, amendment references and every output agree on
/// what a label means.
public struct ParagraphLabel: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
    /// The part a top-level paragraph belongs to, with its printed prefix.
    public enum Part: String, Sendable, Hashable, CaseIterable {
        /// PP3: the third preambular paragraph (counted by position).
        case preambular = "PP"
        /// OP13: operative paragraph 13 (by printed number).
        case operative = "OP"
        /// P12: paragraph 12 of a report.
        case numbered = "P"
        /// U2: the second unnumbered block of a report.
        case unnumbered = "U"
        /// AN5: paragraph 5 of an annex.
        case annex = "AN"
        /// H3: the third heading.
        case heading = "H"
        /// FN2: footnote 2 (by printed number).
        case footnote = "FN"
        /// N1: the first note outside the paragraphs.
        case note = "N"
        /// HD1: the header, as one text.
        case header = "HD"
        /// AD1: the adoption block, as one text.
        case adoption = "AD"
    }

    /// The suffixes of paragraphs inserted between two others: 5 bis, 5 ter, 5 quater.
    public static let insertionSuffixes = ["bis", "ter", "quater"]

    public var part: Part
    /// The position (PP, U) or the printed number (OP, P).
    public var number: Int
    /// "bis", "ter" or "quater" for an inserted paragraph, else nil.
    public var suffix: String?
    /// Sub-paragraph markers, outermost first: ["a", "ii"] for OP13(a)(ii).
    public var path: [String]
    /// 1 for the first paragraph of a text with this label, 2 for the second (a text
    /// that numbers two paragraphs 5 prints OP5 and OP5#2).
    public var occurrence: Int

    public init(part: Part, number: Int, suffix: String? = nil, path: [String] = [], occurrence: Int = 1) {
        self.part = part
        self.number = number
        self.suffix = suffix
        self.path = path
        self.occurrence = occurrence
    }

    /// "OP5bis(a)(ii)#2".
    public var description: String {
        var out = part.rawValue + String(number) + (suffix ?? "")
        for marker in path { out += "(" + marker + ")" }
        if occurrence > 1 { out += "#" + String(occurrence) }
        return out
    }

    /// Reads "OP5", "op 5 bis", "PP3(a)", "OP13 (a) (ii)", "OP5bis#2"; nil for anything
    /// else, and for numbers too long to be a paragraph's.
    public init?(_ text: String) {
        var s = Substring(text.filter { $0 != " " })
        let letters = s.prefix { $0.isLetter }
        guard let part = Part(rawValue: letters.uppercased()) else { return nil }
        s = s.dropFirst(letters.count)
        let digits = s.prefix { $0.isNumber && $0.isASCII }
        guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        var suffix: String?
        if let found = Self.insertionSuffixes.first(where: { s.lowercased().hasPrefix($0) }) {
            suffix = found
            s = s.dropFirst(found.count)
        }
        var path: [String] = []
        while s.first == "(" {
            guard let close = s.firstIndex(of: ")") else { return nil }
            let marker = s[s.index(after: s.startIndex)..<close]
            guard !marker.isEmpty, marker.count <= 5, marker.allSatisfy({ $0.isLetter && $0.isASCII }) else {
                return nil
            }
            path.append(marker.lowercased())
            s = s[s.index(after: close)...]
        }
        var occurrence = 1
        if s.first == "#" {
            guard let n = Int(s.dropFirst()), n >= 1, n < 1_000_000 else { return nil }
            occurrence = n
            s = ""
        }
        guard s.isEmpty else { return nil }
        self.init(part: part, number: number, suffix: suffix, path: path, occurrence: occurrence)
    }

    /// The number as printed: "5", "5 bis".
    public var printedNumber: String { String(number) + (suffix.map { " " + $0 } ?? "") }

    /// The paragraph that holds this sub-paragraph; nil for a top-level paragraph.
    public var parent: ParagraphLabel? {
        guard !path.isEmpty else { return nil }
        var p = self
        p.path.removeLast()
        p.occurrence = 1
        return p
    }

    /// This label and every paragraph that holds it, innermost first.
    public var selfAndAncestors: [ParagraphLabel] {
        var all = [self]
        while let p = all.last?.parent { all.append(p) }
        return all
    }

    /// The sub-paragraph `marker` of this paragraph.
    public func child(_ marker: String) -> ParagraphLabel {
        ParagraphLabel(part: part, number: number, suffix: suffix, path: path + [marker])
    }

    /// The same label without its occurrence: what a person writes.
    public var withoutOccurrence: ParagraphLabel {
        var p = self
        p.occurrence = 1
        return p
    }
}
