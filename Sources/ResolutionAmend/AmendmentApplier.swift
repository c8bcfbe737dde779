import DiffEngine
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel
import ResolutionReader

/// Applies amendment instructions to a base text and prints the amended text in the
/// base's own layout: unchanged paragraphs keep their lines (and the page furniture
/// between them) byte for byte; changed, inserted and moved paragraphs are written one a
/// line; operative paragraphs and sub-paragraphs are renumbered.
///
/// Every instruction refers to the numbering of the base, so references are resolved
/// against the base before anything changes. Nothing is produced unless every
/// instruction applies, except with `partial`, which applies what it can and lists the
/// rest.
public struct AmendmentApplier {
    /// An instruction that cannot be applied, named by its number so the drafter can find it.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// 1-based number of the instruction.
        public var instruction: Int
        public var message: String
        public var description: String { "instruction \(instruction): \(message)" }
    }

    /// The amended text, and what `partial` had to leave out.
    public struct Result: Sendable {
        /// The amended text.
        public var text: String
        /// Instructions that could not be applied (only with `partial`).
        public var failures: [Failure]
    }

    /// A paragraph of the amended text.
    struct Unit {
        var kind: ParagraphKind
        var level: Int
        var text: String
        /// Index in the base's paragraphs, nil for an inserted one.
        var origin: Int?
        var number: String?
    }

    let base: Document
    let lines: [String]
    let paragraphs: [Paragraph]
    /// Lookups built once: every instruction resolves a reference, and a search of the
    /// paragraphs for each made ten thousand instructions take minutes.
    let preambular: [Paragraph]
    let operativeByNumber: [String: [Paragraph]]
    let indexByLabel: [ParagraphLabel: Int]

    public init(base: Document, source: SourceText) {
        self.base = base
        lines = LineClassifier.splitLines(source.text)
        paragraphs = base.allParagraphs
        preambular = base.paragraphs(of: .preambular)
        operativeByNumber = Dictionary(
            grouping: base.paragraphs.filter { ($0.kind == .operative || $0.kind == .numbered) && $0.number != nil },
            by: { $0.number! })
        var labels: [ParagraphLabel: Int] = [:]
        for (i, p) in paragraphs.enumerated() where labels[p.label] == nil { labels[p.label] = i }
        indexByLabel = labels
    }

    /// Applies `instructions` to `base` (read from `source`, whose lines the output keeps).
    /// Throws the first failure unless `partial`.
    public static func apply(
        _ instructions: [AmendmentInstruction], to base: Document, source: SourceText, partial: Bool = false
    ) throws(Failure) -> Result {
        try AmendmentApplier(base: base, source: source).apply(instructions, partial: partial)
    }

    // MARK: References

    /// Index in `paragraphs` of the paragraph a reference names in the base.
    func index(of ref: ParagraphReference) -> Int? {
        let top: Paragraph?
        switch ref.part {
        case .preambular:
            top = Int(ref.number).flatMap { $0 >= 1 && $0 <= preambular.count ? preambular[$0 - 1] : nil }
        case .operative:
            top = operativeByNumber[ref.number.replacingOccurrences(of: " ", with: "")]?.first
        case .footnote:
            top = nil
        }
        guard var p = top else { return nil }
        for letter in ref.subparagraphs {
            guard let child = p.children.first(where: { $0.number == letter }) else { return nil }
            p = child
        }
        return indexByLabel[p.label]
    }

    /// The paragraph a reference names, or why it names none: absent, or standing more
    /// than once (numbering that runs 1, 2, 1, 2 leaves "operative paragraph 1" unclear).
    func resolve(_ ref: ParagraphReference) throws(WordEdit.Failure) -> Int {
        guard let i = index(of: ref) else {
            let words = ref.words.hasPrefix("the ") ? String(ref.words.dropFirst(4)) : ref.words
            throw WordEdit.Failure(message: "the base has no \(words)")
        }
        if ref.part == .operative {
            let count = operativeByNumber[ref.number.replacingOccurrences(of: " ", with: "")]?.count ?? 0
            if count > 1 {
                throw WordEdit.Failure(
                    message: "\(ref.words) stands \(count) times in the base; the reference is unclear")
            }
        }
        return i
    }

    /// The paragraph at `i` and its sub-paragraphs: indices i..<end.
    func subtree(_ i: Int) -> Range<Int> {
        var end = i + 1
        while end < paragraphs.count && paragraphs[end].level > paragraphs[i].level { end += 1 }
        return i..<end
    }

    // MARK: Applying

    func apply(_ instructions: [AmendmentInstruction], partial: Bool) throws(Failure) -> Result {
        var texts = paragraphs.map(\.text)
        var deleted = Set<Int>()
        var movedAway = Set<Int>()
        var after: [Int: [Unit]] = [:]  // new or moved units after a base paragraph's subtree
        var before: [Int: [Unit]] = [:]
        var failures: [Failure] = []
        var notes = FootnoteEdits(base: base, lines: lines)
        // Which instruction deleted or moved each paragraph: a second one on it conflicts.
        var fate: [Int: (instruction: Int, verb: String)] = [:]

        for (n, instruction) in instructions.enumerated() {
            let ref = instruction.reference
            do throws(WordEdit.Failure) {
                if ref.part == .footnote {
                    try notes.apply(instruction)
                    continue
                }
                let i = try resolve(ref)
                let p = paragraphs[i]
                // A paragraph deleted takes nothing more (a new one may still go after
                // it); one moved may be reworded where it went, not moved or deleted again.
                var relocates = false
                switch instruction {
                case .deleteParagraph, .moveParagraph: relocates = true
                default: break
                }
                if let earlier = fate[i], relocates || earlier.verb == "deleted",
                    !(earlier.verb == "deleted" && { if case .insertParagraph = instruction { true } else { false } }())
                {
                    throw WordEdit.Failure(
                        message: "\(ref.words) was already \(earlier.verb) by instruction \(earlier.instruction + 1)")
                }
                switch instruction {
                case .deleteParagraph: subtree(i).forEach { fate[$0] = (n, "deleted") }
                case .moveParagraph: subtree(i).forEach { fate[$0] = (n, "moved") }
                default: break
                }
                switch instruction {
                case .insertWords, .deleteWords, .replaceWords:
                    texts[i] = try WordEdit.apply(instruction, to: texts[i], paragraph: ref.words)
                case .deleteParagraph:
                    subtree(i).forEach { deleted.insert($0) }
                case .replaceParagraph(_, let text):
                    texts[i] = text
                case .insertFootnote(_, let anchor, let text):
                    texts[i] = try notes.insert(text, after: anchor, in: texts[i], paragraph: ref.words)
                case .insertParagraph(_, let isBefore, let text):
                    // Several new paragraphs at one place come as one instruction, one a line.
                    let units = text.split(separator: "\n").map {
                        Unit(kind: p.kind, level: p.level, text: String($0), origin: nil)
                    }
                    if isBefore {
                        before[i, default: []] += units
                    } else {
                        after[subtree(i).upperBound - 1, default: []] += units
                    }
                case .moveParagraph(_, let target, let isBefore):
                    let j = try resolve(target)
                    // To follow (or precede) itself or one of its own sub-paragraphs:
                    // nowhere to go, and a no-op would hide the drafter's slip.
                    if subtree(i).contains(j) {
                        throw WordEdit.Failure(
                            message:
                                "\(ref.words) cannot be moved next to \(target.words), which is itself or part of it")
                    }
                    // Moved across the preamble's end, a paragraph takes the part it
                    // joins: numbered among the operative paragraphs, or unnumbered.
                    let parts: [ParagraphKind] = [.preambular, .operative]
                    let joins =
                        paragraphs[j].level == 0 && parts.contains(paragraphs[j].kind) && parts.contains(p.kind)
                        ? paragraphs[j].kind : p.kind
                    let moved = subtree(i).map { k in
                        Unit(
                            kind: k == i || paragraphs[k].kind == p.kind ? joins : paragraphs[k].kind,
                            level: paragraphs[k].level, text: "", origin: k)
                    }
                    subtree(i).forEach { movedAway.insert($0) }
                    if isBefore {
                        before[j, default: []] += moved
                    } else {
                        after[subtree(j).upperBound - 1, default: []] += moved
                    }
                }
            } catch {
                let failure = Failure(instruction: n + 1, message: error.message)
                if !partial { throw failure }
                failures.append(failure)
            }
        }

        // The amended sequence, in order; moved units take their (amended) text.
        var units: [Unit] = []
        for i in paragraphs.indices {
            for u in before[i] ?? [] { units.append(u) }
            if !deleted.contains(i) && !movedAway.contains(i) {
                units.append(Unit(kind: paragraphs[i].kind, level: paragraphs[i].level, text: texts[i], origin: i))
            }
            for u in after[i] ?? [] { units.append(u) }
        }
        units = units.compactMap { u in
            guard let o = u.origin else { return u }
            if deleted.contains(o) { return nil }
            var v = u
            v.text = texts[o]
            return v
        }
        renumber(&units)
        let numbering = notes.number(&units)
        return Result(text: print(units, footnotes: numbering), failures: failures)
    }

    /// Operative paragraphs 1, 2, 3 ...; sub-paragraphs (a), (b) ... or (i), (ii) ... under
    /// each parent, as the list started in the base.
    func renumber(_ units: inout [Unit]) {
        var operative = 0
        var counters: [Int: Int] = [:]  // level → position under the current parent
        var romanAt: [Int: Bool] = [:]
        for k in units.indices {
            let u = units[k]
            if u.level == 0 {
                counters = [:]
                if u.kind == .operative || u.kind == .numbered {
                    operative += 1
                    units[k].number = "\(operative)"
                } else {
                    // Annex paragraphs keep their own numbers (no instruction reaches
                    // them); an unnumbered paragraph stays so, and one moved into the
                    // preamble loses its number.
                    units[k].number = u.kind == .preambular ? nil : u.origin.flatMap { paragraphs[$0].number }
                }
                continue
            }
            counters = counters.filter { $0.key <= u.level }
            let position = (counters[u.level] ?? 0) + 1
            counters[u.level] = position
            if position == 1 {
                let original = u.origin.flatMap { paragraphs[$0].number }
                romanAt[u.level] = u.level >= 2 || original == "i"
            }
            units[k].number =
                romanAt[u.level] == true
                ? LineShapes.romanNumeral(position) : LineShapes.subparagraphLetter(position)
        }
    }

    // MARK: Printing in the base's layout

    func print(_ units: [Unit], footnotes: FootnoteEdits.Numbering) -> String {
        // Lines that belong to a base paragraph's own text (not its sub-paragraphs', nor
        // a footnote's definition that a page break put inside it).
        var ownerOfLine: [Int: Int] = [:]
        for (i, p) in paragraphs.enumerated() where p.lines.upperBound <= lines.count {
            for line in p.lines where ownerOfLine[line] == nil && footnotes.definitionLines[line] == nil {
                ownerOfLine[line] = i
            }
        }
        var out: [String] = []
        var writtenLines = Set<Int>()
        /// A line outside the paragraphs as the amended text has it: a footnote's
        /// definition rewritten, renumbered or dropped; anything else as it was.
        func appendOther(_ line: Int) {
            guard writtenLines.insert(line).inserted else { return }
            if let replacement = footnotes.definitionLines[line] {
                out += replacement
            } else {
                out.append(lines[line - 1])
            }
        }
        let blankBetween =
            paragraphs.filter { $0.lines.upperBound < lines.count }
            .filter { lines[$0.lines.upperBound].allSatisfy(\.isWhitespace) }.count * 2 > paragraphs.count
        // Where each base paragraph's unit now is, and which units follow it.
        var unitForBase: [Int: Int] = [:]
        for (k, u) in units.enumerated() { if let o = u.origin { unitForBase[o] = k } }

        var emitted = Set<Int>()
        func emit(_ k: Int) {
            guard !emitted.contains(k) else { return }
            emitted.insert(k)
            let u = units[k]
            if let o = u.origin, u.text == footnotes.renumbered(paragraphs[o].text), u.kind == paragraphs[o].kind {
                // Unchanged, or renumbered only (the paragraph's number, its footnote
                // markers): the base's own lines, numbers changed in place; footnote
                // definitions a page break put inside it stay where they stood.
                var first = true
                for line in paragraphs[o].lines {
                    if ownerOfLine[line] == o {
                        var text = footnotes.renumberedLine(lines[line - 1])
                        if first, let old = paragraphs[o].number, let new = u.number, old != new {
                            text = renumbered(text, from: old, to: new)
                        }
                        out.append(text)
                        first = false
                    } else if ownerOfLine[line] == nil && footnotes.definitionLines[line] != nil {
                        appendOther(line)
                    }
                }
                return
            }
            // One blank line before, where the base separates paragraphs so; the base's
            // own blank line follows.
            if blankBetween && !(out.last?.isEmpty ?? true) { out.append("") }
            out.append(format(u))
        }

        // Base paragraphs in the order of their first lines.
        let starts = paragraphs.indices.sorted { paragraphs[$0].lines.lowerBound < paragraphs[$1].lines.lowerBound }
        /// The unit of the next base paragraph the walk will meet at or after `line`.
        func nextWaiting(from line: Int) -> Int? {
            for i in starts where paragraphs[i].lines.lowerBound >= line {
                if let u = unitForBase[i], !emitted.contains(u) { return u }
            }
            return nil
        }

        var lineNumber = 1
        var k = 0  // next unit to place
        while lineNumber <= lines.count {
            guard let owner = ownerOfLine[lineNumber] else {
                appendOther(lineNumber)
                lineNumber += 1
                continue
            }
            // At a base paragraph's first line, place every unit up to its own: inserted
            // and moved units that come before it.
            if lineNumber == paragraphs[owner].lines.lowerBound, let at = unitForBase[owner] {
                while k <= at { emit(k); k += 1 }
            }
            // Its own lines were written with its unit (or it was deleted or moved).
            lineNumber += 1
            while lineNumber <= lines.count, ownerOfLine[lineNumber] == owner { lineNumber += 1 }
            // A paragraph that left takes its blank line with it.
            if unitForBase[owner] == nil, out.last?.isEmpty ?? false, lineNumber <= lines.count,
                lines[lineNumber - 1].allSatisfy(\.isWhitespace)
            {
                lineNumber += 1
            }
            // Units that come before the next base paragraph still in its place go here,
            // not after whatever stands between (furniture, the adoption block).
            let stop = nextWaiting(from: lineNumber) ?? units.count
            while k < stop { emit(k); k += 1 }
        }
        while k < units.count { emit(k); k += 1 }
        // Footnotes the amendments added, at the foot of the text.
        if !footnotes.added.isEmpty {
            let trailingBlank = out.last?.isEmpty == true
            if trailingBlank { out.removeLast() }
            if !(out.last?.isEmpty ?? true) { out.append("") }
            out += footnotes.added
            if trailingBlank { out.append("") }
        }
        // A final line feed in the base is a last, empty line: joining restores it.
        return out.joined(separator: "\n")
    }

    /// A paragraph written anew: its number, the way the base writes numbers.
    func format(_ u: Unit) -> String {
        guard let number = u.number else { return u.text }
        if u.level > 0 { return "(\(number)) \(u.text)" }
        return "\(number). \(u.text)"
    }

    /// `- 14. *Takes note*` with 14 made 15; the rest of the line untouched.
    func renumbered(_ line: String, from old: String, to new: String) -> String {
        let prefix = line.prefix { $0 == " " || $0 == "-" || $0 == "*" || $0 == "+" || $0 == "#" || $0 == "(" }
        let rest = line.dropFirst(prefix.count)
        guard rest.hasPrefix(old) else { return line }
        return prefix + new + rest.dropFirst(old.count)
    }
}
