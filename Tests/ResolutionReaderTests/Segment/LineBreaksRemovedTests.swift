import TestSupport
import XCTest

@testable import ResolutionCompare
@testable import ResolutionLanguage
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
        // Relining knows the shapes of English, French, Spanish and Russian paragraph
        // starts (capitals, or Russian's lower-case openers; "1. "); Arabic and Chinese
        // texts keep their line breaks (Docs/languages.md).
        let sources = try names.map { try SourceText.read(path: dir.appendingPathComponent($0).path) }
        let kept = sources.filter { [.en, .fr, .es, .ru].contains(LanguageGuess.detect($0.text)) }
        // Only the two excerpts are left out: a text misread as Arabic or Chinese would
        // not drop from this test in silence.
        XCTAssertEqual(
            Set(sources.map(\.name)).subtracting(kept.map(\.name)).map { ($0 as NSString).lastPathComponent }.sorted(),
            ["A-RES-55-100.excerpt.ar.txt", "A-RES-55-100.excerpt.zh.txt"])
        return kept
    }

    /// `text` as pdftotext -raw writes it: footnote markers and numbers in plain digits,
    /// the repair left to the reader.
    func unraised(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.flatMap { s -> [Unicode.Scalar] in
                    Typography.superscriptDigits[s].map { Array(String($0).unicodeScalars) } ?? [s]
                }))
    }

    func testEveryCorpusTextOnOneLineGivesTheSameParagraphs() throws {
        for source in try corpusSources() {
            let original = try ResolutionParser.parse(source)
            var oneLines = [("", Corpus.lineBreaksRemoved(source.text))]
            // Extractions with a footnote rule: also as the extractor left the markers.
            if PDFText.hasFootnoteRule(source.text) {
                oneLines.append((", markers in plain digits", Corpus.lineBreaksRemoved(unraised(source.text))))
            }
            for (label, oneLine) in oneLines {
                XCTAssertFalse(oneLine.contains("\n"))
                let name = source.name.hasSuffix(".pdf") ? source.name.dropLast(4) + ".txt" : source.name
                let variant = try ResolutionParser.parse(SourceText.decode(Array(oneLine.utf8), name: name))
                let context = "\(source.name) on one line\(label)"
                assertSameParagraphs(original, variant, context)
                XCTAssertEqual(original.footnotes.map(\.text), variant.footnotes.map(\.text), "\(context): footnotes")
                XCTAssertEqual(original.headings.map(\.text), variant.headings.map(\.text), "\(context): headings")
                let (a, b) = (original.metadata, variant.metadata)
                XCTAssertEqual(
                    [a.symbol, a.title, a.adoptionDate, a.meeting, a.session, a.agendaItem, a.agendaTitle],
                    [b.symbol, b.title, b.adoptionDate, b.meeting, b.session, b.agendaItem, b.agendaTitle],
                    "\(context): metadata")
                XCTAssertEqual(a.sponsors, b.sponsors, "\(context): sponsors")
                XCTAssertEqual(a.notes, b.notes, "\(context): notes")
                // And so comparing the two finds nothing: layout is never a change.
                let report = Comparison.compare(original, variant)
                XCTAssertFalse(
                    report.hasChanges, "\(context): \(report.entries.filter { !$0.changes.isEmpty }.map(\.changes))")
                XCTAssertEqual(WordLedger.missing(oneLine, variant), [:], "\(context): words with no place")
            }
        }
    }

    /// Lines that hold one paragraph, however long, are never cut: re-lining the corpus
    /// texts as found changes no line.
    func testTextWithItsLineBreaksIsLeftAlone() throws {
        for source in try corpusSources() {
            let lines = LineClassifier.splitLines(source.text)
            XCTAssertEqual(Relining.reline(lines, language: .english), lines, source.name)
        }
    }

    /// A long paragraph with numbers, sub-paragraph markers and capitalised participles
    /// inside stays one paragraph: cuts need paragraph starts in sequence.
    func testOneLongParagraphIsNotCut() throws {
        let paragraph =
            "Decides, in accordance with paragraph 5. of resolution 60/251, Recalling nothing, that (b) the Council "
            + String(repeating: "shall continue to review its work and functioning, Noting the report, ", count: 20)
            + "and to report thereon;"
        XCTAssertEqual(Relining.reline([paragraph], language: .english), [paragraph])
    }

    /// Never a hidden change: an edit to any word of a one-line text shows, above all the
    /// words beside its inline page furniture (where "78/241" was once taken for a page
    /// number and set aside).
    func testAnEditBesideInlineFurnitureShows() throws {
        for source in try corpusSources() {
            let original = try ResolutionParser.parse(source)
            let furniture = Set(original.setAside.flatMap { $0.text.split(separator: " ").map(String.init) })
            var tokens = Corpus.lineBreaksRemoved(source.text).split(separator: " ").map(String.init)
            // Page breaks moved to fall just before a resolution's number ("resolution
            // 24-23093 2/3 78/241"), where the number looks like a page's.
            var moved: [Int] = [], inserted = Set<Int>()
            if let job = original.setAside.first(where: { $0.reason == "job number" })?.text.split(separator: " ").first
            {
                let numbers = tokens.indices.filter {
                    tokens[$0].firstMatch(of: /^\d{1,3}\/\d{1,3}[,;.]?$/) != nil && !furniture.contains(tokens[$0])
                }
                for (n, k) in numbers.prefix(3).enumerated() {
                    tokens.insert(contentsOf: [String(job), "2/3"], at: k + 2 * n)
                    moved.append(k + 2 * n + 2)
                    inserted.formUnion([k + 2 * n, k + 2 * n + 1])
                }
            }
            func isFurniture(_ k: Int) -> Bool {
                inserted.contains(k) || furniture.contains(tokens[k].trimmingCharacters(in: ["*"]))
            }
            // The words just before and after each run of furniture words.
            let beside = tokens.indices.filter { k in
                !isFurniture(k) && tokens[k].contains(where: { $0.isLetter || $0.isNumber })
                    && (k > 0 && isFurniture(k - 1) || k + 1 < tokens.count && isFurniture(k + 1))
            }
            let unedited = try ResolutionParser.parse(text: tokens.joined(separator: " "), name: source.name)
            for k in beside.prefix(Self.editsPerText) + moved {
                var edited = tokens
                edited[k] =
                    tokens[k].contains(where: \.isNumber)
                    ? tokens[k].replacingOccurrences(of: "1", with: "7") + "9" : "Zq" + tokens[k]
                let document = try ResolutionParser.parse(text: edited.joined(separator: " "), name: source.name)
                XCTAssertTrue(
                    Comparison.compare(unedited, document).hasChanges,
                    "\(source.name): changing word \(k) “\(tokens[k])” to “\(edited[k])” shows nothing")
            }
        }
    }

    /// Edits tried per text: the first page breaks are where the risk is.
    static let editsPerText = 6

    /// A paragraph deleted without renumbering, a sub-paragraph deleted: the numbering's
    /// gap does not glue the rest together.
    func testGapsInTheNumberingStillCut() throws {
        let text = try Corpus.text("A-HRC-RES-28-2")
        let original = try Corpus.parse("A-HRC-RES-28-2")
        let op18 = try XCTUnwrap(original.paragraphs.first { $0.label.description == "OP18" })
        let lines = LineClassifier.splitLines(text)
        let without = lines.enumerated().filter { !op18.lines.contains($0.offset + 1) }.map(\.element)
        let oneLine = Corpus.lineBreaksRemoved(without.joined(separator: "\n"))
        let report = Comparison.compare(original, try ResolutionParser.parse(text: oneLine, name: "gap.txt"))
        let changed = report.entries.filter { !$0.isUnchanged }.map {
            "\($0.old?.label.description ?? "-")→\($0.new?.label.description ?? "-")"
        }
        XCTAssertEqual(changed, ["OP18→-"])
    }

    /// A text that keeps its line breaks is never cut, even where one line is a long
    /// paragraph with a numbered list inside it.
    func testALongLineInATextWithLineBreaksStays() throws {
        var lines = LineClassifier.splitLines(try Corpus.text("A-HRC-RES-32-6"))
        let at = try XCTUnwrap(lines.firstIndex { $0.contains("20. Calls upon States") })
        lines[at] +=
            " as follows: "
            + (1...4).map {
                "\($0). Decides to hold consultations on the matter "
                    + String(repeating: "with all relevant stakeholders, ", count: 8) + "and to report thereon;"
            }.joined(separator: " ")
        XCTAssertGreaterThan(lines[at].utf8.count, Relining.minimumLength)
        XCTAssertEqual(Relining.reline(lines, language: .english), lines)
    }
}
