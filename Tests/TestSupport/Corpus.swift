import Foundation
import XCTest

@testable import ResolutionReader
import ResolutionDiff

/// The corpus texts, and the variants tests derive from them: re-wrapped, re-spaced,
/// re-encoded. Variants are generated, never committed, so they follow the corpus.
package enum Corpus {
    package static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static let names = ["A-HRC-RES-28-2", "A-HRC-RES-32-6", "A-RES-65-218", "A-RES-75-180", "A-HRC-31-81"]

    package static func path(_ name: String) -> String { root.appendingPathComponent("Corpus/\(name).txt").path }

    package static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    package static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    package static func parse(_ name: String) throws -> Document {
        try ResolutionParser.parse(text: try text(name), name: "Corpus/\(name).txt")
    }

    /// `text` (the source of `original`) with a page break (blank lines, job number,
    /// spaced barcode, running head, page number) in the middle of every paragraph line
    /// long enough to be cut, as PDF extraction leaves them; with the last page number.
    package static func withPageBreaks(_ text: String, of original: Document) -> (text: String, page: Int) {
        let symbol = original.metadata.symbol ?? "A/HRC/31/81"
        var lines = text.components(separatedBy: "\n")
        var page = 2
        // Every line of paragraph text long enough to be cut (footnotes stay whole: a
        // footnote's continuation stands at the foot of the next page, not its top).
        let paragraphLines = Set(original.allParagraphs.flatMap { Array($0.lines) }.map { $0 - 1 })
        for index in paragraphLines.sorted(by: >) where lines[index].count > 120 {
            let words = lines[index].split(separator: " ", omittingEmptySubsequences: false)
            let half = words.count / 2
            let furniture = ["", "GE.16-12199(E)", "", "* 1 6 1 2 1 9 9 *", "", "\(symbol)", "", "\(page)/9", ""]
            lines[index...index] =
                [words[..<half].joined(separator: " ")] + furniture[...] + [words[half...].joined(separator: " ")]
            page += 1
        }
        return (lines.joined(separator: "\n"), page)
    }

    /// Every line longer than `width` broken at spaces, as a PDF extractor or an editor
    /// hard-wraps; with `blankAfterEveryLine`, an empty line after every line, as text
    /// pulled from PDFs page by page looks.
    package static func rewrapped(_ text: String, width: Int, blankAfterEveryLine: Bool) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    out.append(current)
                    current = ""
                }
                current += current.isEmpty ? String(word) : " " + word
            }
            if !current.isEmpty || !blankAfterEveryLine { out.append(current) }
        }
        if blankAfterEveryLine { out = out.filter { !$0.isEmpty }.flatMap { [$0, ""] } }
        return out.joined(separator: "\n")
    }

    /// `text` with its line breaks removed: one line, words separated by single spaces,
    /// footnotes and page furniture left inline where they stood, as text copied from
    /// a web page or a PDF-to-HTML site arrives.
    package static func lineBreaksRemoved(_ text: String) -> String {
        LineClassifier.splitLines(text).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Windows-1252 bytes of `text`. Characters the code page lacks (superscript four
    /// and up) are written as `<sup>` markup, as converters do.
    package static func windows1252(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for character in text {
            if let bytes = Windows1252.encode(String(character)) {
                out += bytes
            } else if let digit = Typography.superscriptDigits[character.unicodeScalars.first!] {
                out += Array("<sup>\(digit)</sup>".utf8)
            } else {
                XCTFail("cannot encode \(character) in Windows-1252")
            }
        }
        return out
    }

    package static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var out: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            out += littleEndian ? [lo, hi] : [hi, lo]
        }
        return out
    }
}

/// What must not change when only layout or encoding changes: each paragraph's label,
/// kind, number, text and footnotes, recursively; the footnotes' texts.
package struct ParagraphShape: Equatable, CustomStringConvertible {
    package var label: String
    package var kind: ParagraphKind
    package var number: String?
    package var text: String
    package var comparable: String
    package var footnotes: [Int]
    package var section: [String]
    package var children: [ParagraphShape]

    package init(_ p: Paragraph) {
        label = p.label.description
        kind = p.kind
        number = p.number
        text = p.text
        comparable = p.comparableText
        footnotes = p.footnotes
        section = p.section
        children = p.children.map(ParagraphShape.init)
    }

    package var description: String { "\(label): \(text.prefix(70))…" }
}

package func assertSameParagraphs(
    _ a: Document, _ b: Document, _ context: String, file: StaticString = #filePath, line: UInt = #line
) {
    let sa = a.paragraphs.map(ParagraphShape.init), sb = b.paragraphs.map(ParagraphShape.init)
    guard sa != sb else { return }
    if sa.count != sb.count {
        XCTFail(
            "\(context): \(sa.count) paragraphs, variant has \(sb.count): \(sb.map(\.label.description))", file: file, line: line)
    }
    for (x, y) in zip(sa, sb) where x != y {
        XCTFail(
            "\(context): first difference\n  original: \(x.label) \(x.text)\n  variant:  \(y.label) \(y.text)",
            file: file, line: line)
        return
    }
}
