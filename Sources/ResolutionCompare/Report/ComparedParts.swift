import ResolutionLanguage
import ResolutionModel

/// Every part of a document that a comparison pairs and diffs, as units of one shape:
/// the paragraphs, and the headings, footnotes and notes as units of their own kinds.
/// Each part is aligned on its own (a footnote pairs only with a footnote), and the
/// report lists them in this order, so nothing the reader keeps goes uncompared.
extension Document {
    /// Paragraphs first, then headings, footnotes and notes, then the header and the
    /// adoption block, each as one text: every word a reader could see changed.
    package var comparedParts: [[Paragraph]] {
        [allParagraphs, headingUnits, footnoteUnits, noteUnits, blockUnit(header, .header), blockUnit(adoption, .adoption)]
    }

    /// Lines compared as one text, whatever their layout: a header that one converter
    /// runs together and another splits over five lines is the same words.
    private func blockUnit(_ lines: [String], _ kind: ParagraphKind) -> [Paragraph] {
        guard !lines.isEmpty else { return [] }
        let part: ParagraphLabel.Part = kind == .header ? .header : .adoption
        return [unit(ParagraphLabel(part: part, number: 1), kind, number: nil, lines.joined(separator: " "), line: 1)]
    }

    /// Headings by position: H1, H2, ...
    package var headingUnits: [Paragraph] {
        headings.enumerated().map { k, h in
            unit(ParagraphLabel(part: .heading, number: k + 1), .heading, number: nil, h.text, line: h.line)
        }
    }

    /// Footnotes by printed number: FN1, FN2, ... A number printed twice gets FN2#2.
    package var footnoteUnits: [Paragraph] {
        var seen: [Int: Int] = [:]
        return footnotes.map { f in
            seen[f.number, default: 0] += 1
            let label = ParagraphLabel(part: .footnote, number: f.number, occurrence: seen[f.number]!)
            return unit(label, .footnote, number: String(f.number), f.text, line: f.line)
        }
    }

    /// Notes by position: N1, N2, ... They carry no line of their own.
    package var noteUnits: [Paragraph] {
        metadata.notes.enumerated().map { k, text in
            unit(ParagraphLabel(part: .note, number: k + 1), .note, number: nil, text, line: 1)
        }
    }

    private func unit(_ label: ParagraphLabel, _ kind: ParagraphKind, number: String?, _ text: String, line: Int)
        -> Paragraph
    {
        Paragraph(
            label: label, kind: kind, number: number, text: text, comparableText: Typography.comparable(text),
            lines: line...line)
    }
}
