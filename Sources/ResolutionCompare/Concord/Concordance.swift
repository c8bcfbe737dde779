import ResolutionLanguage
import ResolutionModel

/// Two language versions of one text, side by side: the editors' and translators'
/// check that what must agree across languages does. Paragraphs are paired by position
/// and structure (PP3 with PP3, OP5(b) with OP5(b), footnote 2 with footnote 2), never
/// by their words, which differ by nature; each pair must then carry the same numbers,
/// document symbols, dates and footnote references, and both texts the same paragraph,
/// sub-paragraph and footnote counts and the same resolution number, symbol and dates.
public struct Concordance: Sendable {
    /// Something that differs between the two versions where it must agree.
    public struct Disagreement: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable {
            /// A paragraph, sub-paragraph or footnote with no counterpart.
            case missing
            case number, symbol, date, footnote
            /// A field of the metadata: resolution number, symbol, dates.
            case metadata
        }

        /// Where: a paragraph's label ("OP5(b)"), a footnote ("footnote 2"), a field.
        public var place: String
        public var kind: Kind
        /// What each version holds there that the other does not.
        public var first: [String]
        public var second: [String]

        public init(place: String, kind: Kind, first: [String], second: [String]) {
            self.place = place
            self.kind = kind
            self.first = first
            self.second = second
        }
    }

    public var first: Document
    public var second: Document
    /// Paragraphs and footnotes paired.
    public var paired: Int
    public var disagreements: [Disagreement]

    /// Pairs `first` and `second` and lists every disagreement, in document order.
    public static func concord(_ first: Document, _ second: Document) -> Concordance {
        var out = Concordance(first: first, second: second, paired: 0, disagreements: [])
        out.compareMetadata()
        let a = first.allParagraphs, b = second.allParagraphs
        let byLabel = Dictionary(b.map { ($0.label, $0) }, uniquingKeysWith: { x, _ in x })
        let firstLabels = Set(a.map(\.label))
        for p in a {
            guard let q = byLabel[p.label] else {
                out.disagreements.append(.init(place: "\(p.label)", kind: .missing, first: ["\(p.label)"], second: []))
                continue
            }
            out.paired += 1
            out.compare("\(p.label)", p.text, first.language, q.text, second.language)
        }
        for q in b where !firstLabels.contains(q.label) {
            out.disagreements.append(.init(place: "\(q.label)", kind: .missing, first: [], second: ["\(q.label)"]))
        }
        let notes = Dictionary(second.footnotes.map { ($0.number, $0) }, uniquingKeysWith: { x, _ in x })
        for f in first.footnotes {
            guard let g = notes[f.number] else {
                out.disagreements.append(
                    .init(place: "footnote \(f.number)", kind: .missing, first: ["\(f.number)"], second: []))
                continue
            }
            out.paired += 1
            out.compare("footnote \(f.number)", f.text, first.language, g.text, second.language)
        }
        let firstNotes = Set(first.footnotes.map(\.number))
        for g in second.footnotes where !firstNotes.contains(g.number) {
            out.disagreements.append(
                .init(place: "footnote \(g.number)", kind: .missing, first: [], second: ["\(g.number)"]))
        }
        return out
    }

    private mutating func compareMetadata() {
        let fields: [(String, (Metadata) -> String?)] = [
            ("resolution number", \.resolutionNumber), ("symbol", \.symbol), ("adoption date", \.adoptionDate),
            ("distribution date", \.distributionDate), ("body", { $0.body?.rawValue }),
            ("session", { $0.sessionNumber.map(String.init) }), ("agenda item", \.agendaItem),
        ]
        for (name, value) in fields {
            guard let x = value(first.metadata), let y = value(second.metadata), x != y else { continue }
            disagreements.append(.init(place: name, kind: .metadata, first: [x], second: [y]))
        }
    }

    private mutating func compare(_ place: String, _ x: String, _ lx: LanguageCode, _ y: String, _ ly: LanguageCode) {
        let a = Facts(x, language: lx), b = Facts(y, language: ly)
        for (kind, p, q) in [
            (Disagreement.Kind.number, a.numbers, b.numbers), (.symbol, a.symbols, b.symbols),
            (.date, a.dates, b.dates),
            (.footnote, a.footnotes, b.footnotes),
        ] {
            let (onlyP, onlyQ) = Self.difference(p, q)
            if !onlyP.isEmpty || !onlyQ.isEmpty {
                disagreements.append(.init(place: place, kind: kind, first: onlyP, second: onlyQ))
            }
        }
    }

    /// What each multiset holds that the other does not, in the order they stand.
    static func difference(_ p: [String], _ q: [String]) -> ([String], [String]) {
        var left = Dictionary(q.map { ($0, 1) }, uniquingKeysWith: +)
        var onlyP: [String] = []
        for x in p {
            if let n = left[x], n > 0 { left[x] = n - 1 } else { onlyP.append(x) }
        }
        var right = Dictionary(p.map { ($0, 1) }, uniquingKeysWith: +)
        var onlyQ: [String] = []
        for y in q {
            if let n = right[y], n > 0 { right[y] = n - 1 } else { onlyQ.append(y) }
        }
        return (onlyP, onlyQ)
    }
}

/// What a paragraph says that must be the same in every language: its dates (read in
/// its language and written as ISO dates), document symbols, other numbers and the
/// footnotes it cites.
struct Facts {
    var dates: [String] = []
    var symbols: [String] = []
    var numbers: [String] = []
    var footnotes: [String] = []

    init(_ text: String, language code: LanguageCode) {
        // Footnote markers: runs of superscript digits in the display text.
        var marker = ""
        for s in text.unicodeScalars {
            if let digit = Typography.superscriptDigits[s] {
                marker += String(digit)
            } else if !marker.isEmpty {
                footnotes.append(marker)
                marker = ""
            }
        }
        if !marker.isEmpty { footnotes.append(marker) }
        // Dates first, and their words out of the way of the numbers.
        var rest = Substring(Typography.comparable(text))
        var remaining = ""
        let language = Language.of(code)
        while let date = Dates.firstDate(in: rest, language: language) ?? Dates.cjkDate(in: rest) {
            dates.append(date.iso)
            remaining += rest[..<date.range.lowerBound] + " "
            rest = rest[date.range.upperBound...]
        }
        remaining += rest
        let bytes = Array(remaining.utf8)
        let tokens = WordTokenizer.tokenize(remaining)
        func token(_ k: Int) -> String { String(decoding: bytes[tokens[k].range], as: UTF8.self) }
        for k in tokens.indices {
            switch tokens[k].kind {
            case .symbol: symbols.append(token(k))
            case .number: numbers.append(token(k))
            case .word:
                // A session in capital roman numerals, "217 A (III)", is the number
                // other languages write in digits ("(د-3)" in Arabic).
                let word = token(k)
                if k > 0, k + 1 < tokens.count, token(k - 1) == "(", token(k + 1) == ")", word == word.uppercased(),
                    let value = LineShapes.romanValue(word)
                {
                    numbers.append(String(value))
                }
            case .punctuation: break
            }
        }
        // Numbers this language writes in words ("l’Article premier").
        let lowered = remaining.lowercased()
        for (phrase, digits) in language.numberPhrases {
            var from = lowered.startIndex
            while let r = lowered.range(of: phrase, range: from..<lowered.endIndex) {
                numbers.append(digits)
                from = r.upperBound
            }
        }
    }
}
