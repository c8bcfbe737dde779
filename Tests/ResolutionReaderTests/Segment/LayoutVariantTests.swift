import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionReader

/// Layout and encoding are never content: variants of each corpus text generated here
/// (hard-wrapped, re-spaced, CRLF, re-encoded) must parse to the same paragraphs,
/// footnotes and metadata as the original.
final class LayoutVariantTests: XCTestCase {
    /// The widths the issue names (60 to 90 columns), with odd ones between so that
    /// line breaks fall in many different places.
    let widths = [60, 63, 67, 71, 74, 78, 83, 86, 90]

    func testHardWrappedVariantsGiveTheSameParagraphs() throws {
        for name in Corpus.names {
            let original = try Corpus.parse(name)
            let text = try Corpus.text(name)
            for width in widths {
                for blank in [false, true] {
                    let variant = Corpus.rewrapped(text, width: width, blankAfterEveryLine: blank)
                    let context = "\(name) wrapped at \(width)\(blank ? " with blank lines" : "")"
                    let doc = try ResolutionParser.parse(text: variant, name: "Corpus/\(name).txt")
                    assertSameParagraphs(original, doc, context)
                    assertSameNonLayoutFields(original, doc, context)
                }
            }
        }
    }

    func testEncodingsAndLineEndsGiveTheSameParagraphs() throws {
        for name in Corpus.names {
            let original = try Corpus.parse(name)
            let text = try Corpus.text(name)
            let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
            let variants: [(String, [UInt8], TextEncoding)] = [
                ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8WithBOM),
                ("UTF-16LE with BOM", Corpus.utf16(text, littleEndian: true), .utf16LittleEndian),
                ("UTF-16BE with BOM", Corpus.utf16(text, littleEndian: false), .utf16BigEndian),
                ("Windows-1252", Corpus.windows1252(text), .windows1252),
                ("CRLF", Array(crlf.utf8), .utf8),
                ("Windows-1252 CRLF", Corpus.windows1252(crlf), .windows1252),
            ]
            for (label, bytes, encoding) in variants {
                let source = try SourceText.decode(bytes, name: "Corpus/\(name).txt")
                XCTAssertEqual(source.format, .text(encoding), "\(name) \(label)")
                let doc = try ResolutionParser.parse(source)
                assertSameParagraphs(original, doc, "\(name) as \(label)")
                assertSameNonLayoutFields(original, doc, "\(name) as \(label)")
            }
        }
    }

    func testTypographyIsNotContent() throws {
        let name = "A-RES-75-180"
        let original = try Corpus.parse(name)
        let retyped = try Corpus.text(name)
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .replacingOccurrences(of: "far-reaching", with: "far\u{2011}reaching")
            .replacingOccurrences(of: "25 September", with: "25\u{00A0}September")
            .replacingOccurrences(of: "cooperation", with: "co\u{00AD}operation")
        let doc = try ResolutionParser.parse(text: retyped, name: name)
        XCTAssertEqual(original.allParagraphs.map(\.comparableText), doc.allParagraphs.map(\.comparableText))
        XCTAssertNotEqual(
            original.allParagraphs.map(\.text), doc.allParagraphs.map(\.text), "display text keeps typography")
    }

    /// A page break dropped into the middle of paragraphs: job number, barcode, running
    /// head and page number between the two halves of a sentence.
    func testPageBreaksInsideParagraphsGiveTheSameParagraphs() throws {
        for name in Corpus.names {
            let original = try Corpus.parse(name)
            let (text, page) = Corpus.withPageBreaks(try Corpus.text(name), of: original)
            let doc = try ResolutionParser.parse(text: text, name: "Corpus/\(name).txt")
            assertSameParagraphs(original, doc, "\(name) with page breaks inside \(page - 2) paragraphs")
            assertSameNonLayoutFields(original, doc, "\(name) with page breaks")
        }
    }

    /// The same text saved from a browser: every line a `<p>`, its source wrapped inside
    /// the element, text escaped, a head with a title and a stylesheet. Block elements
    /// are line breaks, the source's own line breaks are spaces.
    func testHTMLSavedFromABrowserGivesTheSameParagraphs() throws {
        for name in Corpus.names {
            let original = try Corpus.parse(name)
            var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>\(name) &amp; more</title>"
            html += "<style>p { margin: 0 }</style><script>var x = \"<p>not text</p>\";</script></head>\n<body>\n"
            for line in try Corpus.text(name).split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
                let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;")
                html += "<p>" + Corpus.rewrapped(escaped, width: 70, blankAfterEveryLine: false) + "</p>\n"
            }
            html += "</body></html>\n"
            let source = try SourceText.decode(Array(html.utf8), name: "Corpus/\(name).html")
            XCTAssertEqual(source.format, .html(.utf8))
            let doc = try ResolutionParser.parse(source)
            assertSameParagraphs(original, doc, "\(name) as HTML")
            XCTAssertEqual(WordLedger.missing(source.text, doc), [:], "\(name) as HTML")
        }
    }

    private func assertSameNonLayoutFields(_ a: Document, _ b: Document, _ context: String, line: UInt = #line) {
        XCTAssertEqual(a.footnotes.map(\.text), b.footnotes.map(\.text), "\(context): footnotes", line: line)
        XCTAssertEqual(a.footnotes.map { $0.citedBy.map(\.description) }, b.footnotes.map { $0.citedBy.map(\.description) }, "\(context): citations", line: line)
        XCTAssertEqual(a.headings.map(\.text), b.headings.map(\.text), "\(context): headings", line: line)
        var ma = a.metadata, mb = b.metadata
        ma.notes = []; mb.notes = []
        // A running head prints the symbol that was otherwise inferred.
        ma.symbolSource = nil; mb.symbolSource = nil
        XCTAssertEqual(ma, mb, "\(context): metadata", line: line)
        XCTAssertEqual(a.metadata.notes, b.metadata.notes, "\(context): notes", line: line)
    }
}
