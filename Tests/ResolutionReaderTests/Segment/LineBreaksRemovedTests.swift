import XCTest

import TestSupport

@testable import ResolutionCompare
@testable import ResolutionModel
@testable import ResolutionReader

/// Text whose line breaks were removed (copied from a web page or a PDF-to-HTML site:
/// the whole resolution on one line, footnotes and page furniture inline) reads as the
/// same paragraphs, footnotes and headings as the text it came from: for every corpus
/// text, the seeds as written and each official PDF as its text is extracted.
final class LineBreaksRemovedTests: XCTestCase {
    /// Every corpus text, as the reader's own text (a PDF's after extraction and repair).
    func corpusSources() throws -> [SourceText] {
        let dir = Corpus.root.appendingPathComponent("Corpus")
        var names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "README.md" }.sorted()
        if PDFText.executable("pdftotext") == nil { names.removeAll { $0.hasSuffix(".pdf") } }
        return try names.map { try SourceText.read(path: dir.appendingPathComponent($0).path) }
    }

    func testEveryCorpusTextOnOneLineGivesTheSameParagraphs() throws {
        for source in try corpusSources() {
            let original = try ResolutionParser.parse(source)
            let oneLine = Corpus.lineBreaksRemoved(source.text)
            XCTAssertFalse(oneLine.contains("\n"))
            let variant = try ResolutionParser.parse(text: oneLine, name: source.name)
            let context = "\(source.name) on one line"
            assertSameParagraphs(original, variant, context)
            XCTAssertEqual(original.footnotes.map(\.text), variant.footnotes.map(\.text), "\(context): footnotes")
            XCTAssertEqual(original.headings.map(\.text), variant.headings.map(\.text), "\(context): headings")
            let (a, b) = (original.metadata, variant.metadata)
            XCTAssertEqual(
                [a.symbol, a.title, a.adoptionDate, a.meeting, a.session, a.agendaItem, a.agendaTitle],
                [b.symbol, b.title, b.adoptionDate, b.meeting, b.session, b.agendaItem, b.agendaTitle], "\(context): metadata")
            XCTAssertEqual(a.sponsors, b.sponsors, "\(context): sponsors")
            XCTAssertEqual(a.notes, b.notes, "\(context): notes")
            // And so comparing the two finds nothing: layout is never a change.
            let report = Comparison.compare(original, variant)
            XCTAssertFalse(report.hasChanges, "\(context): \(report.entries.filter { !$0.changes.isEmpty }.map(\.changes))")
            XCTAssertEqual(WordLedger.missing(oneLine, variant), [:], "\(context): words with no place")
        }
    }

    /// Lines that hold one paragraph, however long, are never cut: re-lining the corpus
    /// texts as found changes no line.
    func testTextWithItsLineBreaksIsLeftAlone() throws {
        for source in try corpusSources() {
            let lines = LineClassifier.splitLines(source.text)
            XCTAssertEqual(Relining.reline(lines), lines, source.name)
        }
    }

    /// A long paragraph with numbers, sub-paragraph markers and capitalised participles
    /// inside stays one paragraph: cuts need paragraph starts in sequence.
    func testOneLongParagraphIsNotCut() throws {
        let paragraph =
            "Decides, in accordance with paragraph 5. of resolution 60/251, Recalling nothing, that (b) the Council "
            + String(repeating: "shall continue to review its work and functioning, Noting the report, ", count: 20)
            + "and to report thereon;"
        XCTAssertEqual(Relining.reline([paragraph]), [paragraph])
    }
}
