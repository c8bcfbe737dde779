import Foundation
import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionReader

/// Word files and PDFs made from the corpus by LibreOffice (Tests/Fixtures, made by
/// make-fixtures.sh) read as the texts they were made from.
final class WordAndPDFTests: XCTestCase {
    static let fixtures = Corpus.root.appendingPathComponent("Tests/Fixtures")

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    func assertSameParagraphs(_ a: Document, _ b: Document, _ context: String, line: UInt = #line) {
        XCTAssertEqual(
            a.allParagraphs.map(\.label.description), b.allParagraphs.map(\.label.description), context, line: line)
        XCTAssertEqual(
            a.allParagraphs.map(\.comparableText), b.allParagraphs.map(\.comparableText), context, line: line)
        XCTAssertEqual(a.allParagraphs.map(\.footnotes), b.allParagraphs.map(\.footnotes), context, line: line)
        XCTAssertEqual(a.footnotes.map(\.text), b.footnotes.map(\.text), context, line: line)
    }

    func testAutomaticListNumberingAndRealFootnotes() throws {
        let word = try ResolutionParser.parse(path: fixture("numbered-A-HRC-RES-32-6.docx"))
        XCTAssertEqual(word.format, .wordDocument)
        assertSameParagraphs(word, try Corpus.parse("A-HRC-RES-32-6"), "32/6 as a numbered Word list")
        XCTAssertEqual(word.paragraph(labelled: "OP27")?.number, "27")
        XCTAssertEqual(word.metadata.symbol, "A/HRC/RES/32/6")
        XCTAssertEqual(word.footnotes.map { $0.citedBy.map(\.description) }, [["OP14"], ["OP15"], ["OP25"], ["OP26"]])
    }

    func testFootnotes() throws {
        let word = try ResolutionParser.parse(path: fixture("footnotes-A-HRC-RES-28-2.docx"))
        assertSameParagraphs(word, try Corpus.parse("A-HRC-RES-28-2"), "28/2 with Word footnotes")
    }

    func testTrackedChangesBothViews() throws {
        let original = try ResolutionParser.parse(path: fixture("tracked-A-RES-65-218.docx"), tracked: .original)
        assertSameParagraphs(original, try Corpus.parse("A-RES-65-218"), "changes rejected: 65/218 as it was")
        let accepted = try ResolutionParser.parse(path: fixture("tracked-A-RES-65-218.docx"), tracked: .accepted)
        let expected = try ResolutionParser.parse(path: fixture("tracked-A-RES-65-218.accepted.txt"))
        assertSameParagraphs(accepted, expected, "changes accepted")
        // What the tracked changes do: one insertion, one deletion, one paragraph moved.
        let report = Comparison.compare(original, accepted)
        let changed = report.entries.filter { !$0.isUnchanged && $0.changes != [.renumbered] }
        XCTAssertEqual(
            changed.map { "\($0.old!.label.description)→\($0.new!.label.description) \($0.changes.map(\.rawValue))" },
            [
                "PP4→PP4 [\"reworded\"]", "OP5→OP5 [\"reworded\"]", "OP10→OP9 [\"renumbered\", \"moved\"]",
            ])
    }

    func testPDF() throws {
        try XCTSkipIf(PDFText.executable("pdftotext") == nil, "pdftotext is not installed (make test installs it)")
        let path = fixture("plain-A-HRC-RES-32-6.pdf")
        // The page furniture the PDF adds is in pdftotext's text ...
        let raw = try PDFText.text(of: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), name: path)
        XCTAssertGreaterThanOrEqual(
            raw.components(separatedBy: "GE.16-12199(E)").count - 1, 3, "a job number on every page")
        XCTAssertTrue(raw.contains("\n2\n"), "page numbers")
        // ... and in no paragraph: the parser's rules remove it.
        let pdf = try ResolutionParser.parse(path: path)
        XCTAssertEqual(pdf.format, .pdf)
        assertSameParagraphs(pdf, try Corpus.parse("A-HRC-RES-32-6"), "32/6 printed to PDF")
        XCTAssertFalse(pdf.allParagraphs.contains { $0.text.contains("GE.16") })
    }

    /// Real footnotes print their markers as raised digits, which pdftotext gives as
    /// plain ones; they are raised again.
    func testPDFWithFormattedFootnoteMarkers() throws {
        try XCTSkipIf(PDFText.executable("pdftotext") == nil, "pdftotext is not installed (make test installs it)")
        let pdf = try ResolutionParser.parse(path: fixture("footnoted-A-HRC-RES-32-6.pdf"))
        assertSameParagraphs(pdf, try Corpus.parse("A-HRC-RES-32-6"), "32/6 with real footnotes, printed to PDF")
        XCTAssertEqual(pdf.footnotes.map { $0.citedBy.map(\.description) }, [["OP14"], ["OP15"], ["OP25"], ["OP26"]])
    }

    func testRaisingPlainFootnoteMarkers() {
        let text = """
            Takes note of the update submitted at its twenty-fourth session;1
            Also takes note of the compilation (A/65/53 and Corr.1) of the Fund,2 in particular
            in 2016 and on 24 April 2009, paragraph 3 of it;
            1 A/HRC/24/56.
            2 A/HRC/19/50.
            24 April 2009 is not a footnote.
            """
        XCTAssertEqual(
            PDFText.raiseFootnoteMarkers(text),
            """
            Takes note of the update submitted at its twenty-fourth session;¹
            Also takes note of the compilation (A/65/53 and Corr.1) of the Fund,² in particular
            in 2016 and on 24 April 2009, paragraph 3 of it;
            ¹ A/HRC/24/56.
            ² A/HRC/19/50.
            24 April 2009 is not a footnote.
            """)
    }

    func testDamagedAndRefusedFiles() throws {
        func problem(_ path: String) -> String {
            do {
                _ = try ResolutionParser.parse(path: path)
                return "read"
            } catch {
                return error.description
            }
        }
        XCTAssertTrue(
            problem(fixture("truncated.docx")).contains("the zip package is damaged"),
            problem(fixture("truncated.docx")))
        XCTAssertTrue(problem(fixture("no-document.docx")).contains("no word/document.xml"))
        XCTAssertTrue(
            problem(fixture("encrypted.docx")).contains("old binary Word file (.doc) or a password-protected document"))
        let renamed = NSTemporaryDirectory() + "resdiff-renamed.docx"
        try Corpus.text("A-RES-75-180").write(toFile: renamed, atomically: true, encoding: .utf8)
        XCTAssertTrue(problem(renamed).contains("not a Word document (no zip signature)"))
        let fakePDF = NSTemporaryDirectory() + "resdiff-fake.pdf"
        try Data("%PDF-1.4\nnot really".utf8).write(to: URL(fileURLWithPath: fakePDF))
        if PDFText.executable("pdftotext") != nil {
            XCTAssertTrue(problem(fakePDF).contains("pdftotext:"), problem(fakePDF))
        }
    }

    /// Levels, formats, start values and restarts, as Word writes them.
    func testWordNumbering() throws {
        let xml = """
            <w:numbering xmlns:w="w">
              <w:abstractNum w:abstractNumId="0">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
                <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="1">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
              </w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
              <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
              <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
            </w:numbering>
            """
        let numbering = try WordNumbering(xml: Array(xml.utf8))
        let labels = try [
            ("1", 0), ("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 2), ("1", 1), ("1", 0), ("1", 1), ("2", 0),
            ("2", 0),
            ("3", 0),
        ].map { try numbering.next(numId: $0.0, level: $0.1) ?? "-" }
        XCTAssertEqual(labels, ["1.", "2.", "(a)", "(b)", "(i)", "(ii)", "(c)", "3.", "(a)", "5.", "6.", "-"])
    }

    /// The paragraphs WordBody reads from a document body.
    private func paragraphs(_ body: String, _ tracked: TrackedChanges) throws -> [String] {
        let xml = "<w:document xmlns:w=\"w\"><w:body>\(body)</w:body></w:document>"
        let reader = WordBody(tracked: tracked, numbering: try WordNumbering(xml: nil))
        try reader.parse(Array(xml.utf8), name: "word/document.xml")
        return reader.paragraphs
    }

    /// Moves, hidden text and comments in the XML Word writes.
    func testMovesHiddenTextAndComments() throws {
        let body = """
            <w:p><w:moveFrom><w:r><w:t>Moved paragraph;</w:t></w:r></w:moveFrom></w:p>
            <w:p><w:r><w:t xml:space="preserve">Keeps </w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:t>its words</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:rPr><w:vanish/></w:rPr><w:t> and hidden text</w:t></w:r><w:r><w:t>;</w:t></w:r></w:p>
            <w:p><w:moveTo><w:r><w:t>Moved paragraph;</w:t></w:r></w:moveTo></w:p>
            """
        XCTAssertEqual(try paragraphs(body, .accepted), ["Keeps its words;", "Moved paragraph;"])
        XCTAssertEqual(try paragraphs(body, .original), ["Moved paragraph;", "Keeps its words;"])
    }

    /// A tracked change to a paragraph mark joins (or splits) paragraphs: merging OP2
    /// into OP1 deletes OP1's mark.
    func testTrackedParagraphMarks() throws {
        let merged = """
            <w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t>Decides one thing</w:t></w:r><w:del w:id="2"><w:r><w:delText>;</w:delText></w:r></w:del></w:p>
            <w:p><w:ins w:id="3"><w:r><w:t xml:space="preserve"> and </w:t></w:r></w:ins><w:r><w:t>another;</w:t></w:r></w:p>
            """
        XCTAssertEqual(try paragraphs(merged, .accepted), ["Decides one thing and another;"])
        XCTAssertEqual(try paragraphs(merged, .original), ["Decides one thing;", "another;"])
        let split = """
            <w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">First part; </w:t></w:r></w:p>
            <w:p><w:r><w:t>second part;</w:t></w:r></w:p>
            """
        XCTAssertEqual(try paragraphs(split, .accepted), ["First part;", "second part;"])
        XCTAssertEqual(try paragraphs(split, .original), ["First part; second part;"])
    }
}
