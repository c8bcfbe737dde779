import ResolutionLanguage

/// Word's automatic numbering (`word/numbering.xml`): operative paragraphs in drafts are
/// list items, numbered by a list style rather than typed. Computes the number a reader
/// sees (`5.`, `(a)`, `(ii)`) from the levels' formats, texts and start values.
final class WordNumbering: WordPartReader {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    private var abstract: [String: [Int: Level]] = [:]
    private var numToAbstract: [String: String] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    private var counters: [String: [Int: Int]] = [:]

    // Parser state.
    private var currentAbstract: String?
    private var currentNum: String?
    private var currentLevel: Int?
    private var currentOverrideLevel: Int?

    /// Reads `word/numbering.xml`. A part that does not parse is refused like the
    /// document itself: unnumbered lists would turn operative paragraphs into preamble.
    init(xml: [UInt8]?) throws(WordDocument.Failure) {
        guard let xml else { return }
        try WordXML.read(xml, name: "word/numbering.xml", into: self)
    }

    func start(_ name: String, _ attributes: [String: String]) throws(WordDocument.Failure) {
        let value = attributes["w:val"]
        switch name {
        case "w:abstractNum": currentAbstract = attributes["w:abstractNumId"]
        case "w:num": currentNum = attributes["w:numId"]
        case "w:abstractNumId": if let n = currentNum, let v = value { numToAbstract[n] = v }
        case "w:lvlOverride": currentOverrideLevel = Self.level(attributes["w:ilvl"])
        case "w:startOverride":
            if let n = currentNum, let l = currentOverrideLevel, let v = Self.start(value) {
                startOverrides[n, default: [:]][l] = v
            }
        case "w:lvl":
            currentLevel = Self.level(attributes["w:ilvl"])
            if let a = currentAbstract, let l = currentLevel, currentNum == nil {
                abstract[a, default: [:]][l] = Level()
            }
        case "w:numFmt": update { $0.format = value ?? "decimal" }
        case "w:lvlText":
            let text = value ?? ""
            guard text.count <= Self.longestLabel else {
                throw WordDocument.Failure(
                    message:
                        "word/numbering.xml has a list number pattern of \(text.count) characters (more than \(Self.longestLabel)); refused"
                )
            }
            update { $0.text = text }
        case "w:start": update { $0.start = Self.start(value) ?? 1 }
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "w:abstractNum": currentAbstract = nil
        case "w:num": currentNum = nil
        case "w:lvl": currentLevel = nil
        case "w:lvlOverride": currentOverrideLevel = nil
        default: break
        }
    }

    private func update(_ change: (inout Level) -> Void) {
        guard currentNum == nil, let a = currentAbstract, let l = currentLevel, var level = abstract[a]?[l] else {
            return
        }
        change(&level)
        abstract[a]![l] = level
    }

    /// Word's list levels, 0 to 8; anything else in a file is no level (and must not
    /// become a loop bound or an index).
    static let levels = 0...8

    /// The largest start value Word accepts; larger ones in a file (w:start="1e11",
    /// Int.max) would overflow a count or spell a gigabyte of letters.
    static let largestStart = 32_767

    /// The longest list number pattern, and number, read: Word's own are a few
    /// characters ("%1.", "(%2)"), and a pattern of a thousand "%1" would repeat a long
    /// number a thousand times for every paragraph of the list.
    static let longestLabel = 64

    static func level(_ value: String?) -> Int? {
        guard let v = value.flatMap({ Int($0) }), levels.contains(v) else { return nil }
        return v
    }

    static func start(_ value: String?) -> Int? {
        guard let value else { return nil }
        if let v = Int(value) { return min(max(v, 0), largestStart) }
        // Digits past Int's range are still a number, a very large one (or very small).
        let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return value.hasPrefix("-") ? 0 : largestStart
    }

    /// The label of the next paragraph of list `numId` at `level`, advancing the count:
    /// "5.", "(a)"; nil for bullets and unknown lists. A label longer than
    /// `longestLabel` is refused: no reader sees such a number.
    func next(numId: String, level: Int) throws(WordDocument.Failure) -> String? {
        guard numId != "0", Self.levels.contains(level), let a = numToAbstract[numId], let levels = abstract[a],
            let lvl = levels[level]
        else {
            return nil
        }
        var count = counters[numId] ?? [:]
        let start = startOverrides[numId]?[level] ?? lvl.start
        // Bounded: a start is at most Word's largest, and a count grows by one a paragraph.
        count[level] = (count[level] ?? (start - 1)) + 1
        for deeper in count.keys where deeper > level { count[deeper] = nil }
        counters[numId] = count
        guard lvl.format != "bullet", lvl.format != "none" else { return nil }
        // One pass over the pattern: "%n" (n a level up to this one) is that level's number.
        var label = ""
        var characters = lvl.text.makeIterator()
        while let c = characters.next() {
            if c == "%" {
                guard let digit = characters.next() else { label.append(c); break }
                if let n = digit.wholeNumberValue, n >= 1, n - 1 <= level {
                    let value = count[n - 1] ?? (startOverrides[numId]?[n - 1] ?? levels[n - 1]?.start ?? 1)
                    label += Self.format(value, levels[n - 1]?.format ?? "decimal")
                } else {
                    label.append(c)
                    label.append(digit)
                }
            } else {
                label.append(c)
            }
            guard label.count <= Self.longestLabel else {
                throw WordDocument.Failure(
                    message:
                        "a list number in word/document.xml is longer than \(Self.longestLabel) characters; refused")
            }
        }
        return label
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter":
            return LineShapes.subparagraphLetter(n)
        case "upperLetter": return Self.format(n, "lowerLetter").uppercased()
        case "lowerRoman": return LineShapes.romanNumeral(n)
        case "upperRoman": return LineShapes.romanNumeral(n).uppercased()
        default: return "\(n)"
        }
    }
}
