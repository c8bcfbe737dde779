import Foundation
import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionReader
@testable import ResolutionRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Word redline (`--format docx`), read back by a reader of its own here, not by
/// resdiff's Word reader (which forgives glued and empty paragraphs): "accept all" must
/// give every paragraph of NEW, and "reject all" every paragraph of OLD, whole and in
/// order; the characters inside revisions are no more than the report's own edits;
/// and a moved paragraph is one move range pair.
final class DocxRedlineTests: XCTestCase {
    static let pairs = [("A-HRC-RES-28-2", "A-HRC-RES-32-6"), ("A-RES-65-218", "A-RES-75-180")]

    /// Both ways: a footnote cited in words that one version adds is a footnote the
    /// other version lacks there.
    func testCorpusPairsAcceptToNewAndRejectToOld() throws {
        for (a, b) in Self.pairs {
            try assertRedline(try Corpus.parse(a), try Corpus.parse(b), "\(a) → \(b)")
            try assertRedline(try Corpus.parse(b), try Corpus.parse(a), "\(b) → \(a)")
        }
    }

    /// Real texts read from PDFs, related and unrelated, both ways: drafts and their
    /// resolutions (L.24 → 80/189, L.1 after 79/7), two years of one topic (79/62 →
    /// 80/57, 79/254 → 80/238), and a pair with nothing in common (65/218 and 80/3,
    /// whose headers and adoption blocks are replaced whole).
    func testPDFPairsBothWays() throws {
        let pairs = [
            ("A-C.3-80-L.24.pdf", "A-RES-80-189.pdf"), ("A-RES-79-7.pdf", "A-80-L.1.pdf"),
            ("A-RES-79-62.pdf", "A-RES-80-57.pdf"), ("A-RES-79-254.pdf", "A-RES-80-238.pdf"),
            ("A-RES-65-218.txt", "A-RES-80-3.pdf"),
        ]
        for (a, b) in pairs {
            let old = try Resdiff.read(Corpus.root.appendingPathComponent("Corpus/\(a)").path)
            let new = try Resdiff.read(Corpus.root.appendingPathComponent("Corpus/\(b)").path)
            try assertRedline(old, new, "\(a) → \(b)")
            try assertRedline(new, old, "\(b) → \(a)")
        }
    }

    /// The drafts generated from 32/6 (a paragraph moved, split, merged, inserted and
    /// deleted, across the preamble both ways, a block reversed, reworded), each both
    /// ways: read backwards, a split is a merge.
    func testGeneratedDrafts() throws {
        let base = ResolutionWriter(try Corpus.parse("A-HRC-RES-32-6"))
        let original = Self.dated(try base.parse())
        var variants = try base.generatedDrafts()
        // Words put before a paragraph's first word: the space after them is the new
        // text's alone.
        var opened = base
        opened.preambular[0] = "New words first. " + opened.preambular[0]
        variants.append(("words before the first", opened))
        for (name, variant) in variants {
            let draft = Self.dated(try variant.parse())
            try assertRedline(original, draft, name)
            try assertRedline(draft, original, "\(name), backwards")
        }
    }

    /// One move is one `w:moveFrom`/`w:moveTo` range pair of one name, whose two ends
    /// hold the same paragraph; without move markup it is a deletion and an insertion.
    func testAMoveIsOneRangePair() throws {
        let base = ResolutionWriter(try Corpus.parse("A-HRC-RES-32-6"))
        var moved = base
        moved.operative.insert(moved.operative.remove(at: 4), at: 19)
        let report = Comparison.compare(try base.parse(), Self.dated(try moved.parse()))
        let package = WordPackage(DocxWriter.render(report))
        XCTAssertEqual(package.count("w:moveFromRangeStart"), 1)
        XCTAssertEqual(package.count("w:moveToRangeStart"), 1)
        XCTAssertEqual(package.count("w:moveFromRangeEnd"), 1)
        XCTAssertEqual(package.count("w:moveToRangeEnd"), 1)
        XCTAssertEqual(
            package.attribute("w:name", of: "w:moveFromRangeStart"),
            package.attribute("w:name", of: "w:moveToRangeStart"))
        XCTAssertEqual(
            package.count("w:ins "), report.summary.renumbered,
            "the new numbers, the moved paragraph's among them, and nothing else")
        let views = try package.views()
        XCTAssertEqual(views.movedFrom, "5.\t" + views.movedTo, "the paragraph at both ends, its new number inserted")
        let plain = WordPackage(DocxWriter.render(report, options: .init(moveMarkup: false)))
        XCTAssertEqual(plain.count("w:moveFrom"), 0)
        XCTAssertEqual(plain.count("w:moveTo"), 0)
        try assertViews(plain, report, "without move markup")
    }

    /// A redline sent out of the building names the texts by symbol or file name, never
    /// by the directories they were compared from.
    func testNoDirectoryInTheFile() throws {
        let old = try ResolutionParser.parse(
            SourceText(name: Corpus.path("A-HRC-RES-28-2"), text: try Corpus.text("A-HRC-RES-28-2")))
        let new = try ResolutionParser.parse(
            SourceText(name: Corpus.path("A-RES-75-180"), text: try Corpus.text("A-RES-75-180")))
        XCTAssertTrue(old.file.contains("/Corpus/"), "the test reads the texts by their paths")
        let package = WordPackage(DocxWriter.render(Comparison.compare(old, new), options: .init(summary: true)))
        for part in [package.document, package.footnotes, package.core] {
            XCTAssertFalse(part.contains("/Corpus/") || part.contains(Corpus.root.path), part.prefix(300).description)
        }
        XCTAssertTrue(package.core.contains("A/HRC/RES/28/2"), package.core)
    }

    func testSameReportSameBytes() throws {
        let report = Comparison.compare(try Corpus.parse("A-RES-65-218"), try Corpus.parse("A-RES-75-180"))
        XCTAssertEqual(DocxWriter.render(report), DocxWriter.render(report))
        // The summary table comes first and holds the counts; it is no paragraph of
        // either text.
        let summary = WordPackage(DocxWriter.render(report, options: .init(summary: true)))
        XCTAssertTrue(summary.document.contains("<w:tbl>"))
        XCTAssertTrue(summary.document.contains("\(report.summary.reworded)</w:t>"))
        try assertViews(summary, report, "with summary")
    }

    /// A generated draft with the date its header lacks: Word's move markup needs one
    /// (without a date the redline writes moves as deletions and insertions).
    static func dated(_ d: Document) -> Document {
        var d = d
        d.metadata.adoptionDate = "2016-06-30"
        return d
    }

    /// Without a date, a move is written as a deletion and an insertion.
    func testNoDateNoMoveMarkup() throws {
        let base = ResolutionWriter(try Corpus.parse("A-HRC-RES-32-6"))
        var moved = base
        moved.operative.insert(moved.operative.remove(at: 4), at: 19)
        let report = Comparison.compare(try base.parse(), try moved.parse())
        let package = WordPackage(DocxWriter.render(report))
        XCTAssertEqual(package.count("w:moveFrom"), 0)
        try assertViews(package, report, "undated")
    }

    // MARK: Checks

    func assertRedline(_ old: Document, _ new: Document, _ name: String) throws {
        let report = Comparison.compare(old, new)
        let package = WordPackage(DocxWriter.render(report))
        try assertViews(package, report, name)
        // Revisions hold no more characters than the report's own edits.
        let allowed = Self.editedCharacters(report)
        let marked = try package.views().revisedCharacters
        XCTAssertLessThanOrEqual(
            marked, allowed, "\(name): \(marked) characters in revisions, the report edits \(allowed)")
        if !report.hasChanges { XCTAssertEqual(marked, 0, name) }
    }

    func assertViews(_ package: WordPackage, _ report: ChangeReport, _ name: String) throws {
        let views = try package.views()
        let accept = views.accept.map(Self.normal), reject = views.reject.map(Self.normal)
        let new = Self.expected(report.new).map(Self.normal), old = Self.expected(report.old).map(Self.normal)
        XCTAssertEqual(accept, new, "\(name): accept all")
        XCTAssertEqual(reject.map(Typography.comparable), old.map(Typography.comparable), "\(name): reject all")
        if accept != new { Self.firstDifference(accept, new, name) }
        if reject.map(Typography.comparable) != old.map(Typography.comparable) {
            Self.firstDifference(reject.map(Typography.comparable), old.map(Typography.comparable), name)
        }
        for side in [accept, reject] {
            XCTAssertFalse(
                side.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(name): an empty paragraph")
        }
        // Every footnote stands in the views where the text cites it (⟦its text⟧),
        // so a footnote lost, gained or cited from the wrong place shows above.
    }

    static func firstDifference(_ got: [String], _ want: [String], _ name: String) {
        for k in 0..<max(got.count, want.count) where k >= got.count || k >= want.count || got[k] != want[k] {
            print(
                "\(name): paragraph \(k):\n  docx: \(k < got.count ? got[k] : "-")\n  text: \(k < want.count ? want[k] : "-")"
            )
            return
        }
    }

    /// A document's paragraphs as the redline lays them out: the header's lines, notes
    /// the header does not hold, the opening formula, the headings and paragraphs in the
    /// order of their lines (operative numbers first, then a tab), the adoption block
    /// before any annex (and the headings that open it), and footnotes the text does
    /// not cite at the end. Each footnote marker is the footnote's text: ⟦text⟧.
    static func expected(_ d: Document) -> [String] {
        let notes = d.metadata.notes.filter { note in !d.header.contains { $0.contains(note) } }
        var out = d.header + notes + (d.openingFormula.map { [$0] } ?? [])
        var body: [(line: Int, text: String, annex: Bool, heading: Bool)] = d.headings.map {
            ($0.line, $0.text, false, true)
        }
        for p in d.allParagraphs {
            // (A lettered preambular sub-paragraph prints its letter too.)
            let marker = p.number.map { p.level > 0 ? "(\($0))" : "\($0)." }
            body.append((p.lines.lowerBound, (marker.map { $0 + "\t" } ?? "") + p.text, p.kind == .annex, false))
        }
        body.sort { $0.line < $1.line }
        var annex = body.firstIndex(where: \.annex) ?? body.count
        while annex < body.count, annex > 0, body[annex - 1].heading { annex -= 1 }
        out += body[..<annex].map(\.text) + d.adoption + body[annex...].map(\.text)
        // Markers as their footnotes' texts; the footnotes no marker cites, at the end.
        var texts: [Int: String] = [:]
        for f in d.footnotes where texts[f.number] == nil { texts[f.number] = f.text }
        var cited = Set<Int>()
        out = out.map { line in
            var result = "", digits = "", raw = ""
            func flush() {
                if let n = Int(digits), let text = texts[n] {
                    result += "⟦\(normal(text))⟧"
                    cited.insert(n)
                } else {
                    result += raw
                }
                (digits, raw) = ("", "")
            }
            for scalar in line.unicodeScalars {
                if let k = superscripts.firstIndex(of: scalar) {
                    digits += String(k)
                    raw.unicodeScalars.append(scalar)
                } else {
                    flush()
                    result.unicodeScalars.append(scalar)
                }
            }
            flush()
            return result
        }
        var seen = Set<Int>()
        for f in d.footnotes where !cited.contains(f.number) && seen.insert(f.number).inserted {
            out.append("[\(f.number)] \(f.text)")
        }
        return out
    }

    static let superscripts = Array("⁰¹²³⁴⁵⁶⁷⁸⁹".unicodeScalars)

    /// A footnote's text as its paragraph holds it: no space after the footnote's
    /// number. (Paragraphs are compared space for space: a space too many is a fault.)
    static func normal(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }

    /// The characters (other than white space) the report shows as changed: the edits
    /// of reworded pairs, whole paragraphs added or removed or rewritten, and numbers.
    static func editedCharacters(_ report: ChangeReport) -> Int {
        func count(_ s: String?) -> Int { s?.unicodeScalars.filter { !$0.properties.isWhitespace }.count ?? 0 }
        var total = 0
        for e in report.entries {
            if e.changes.contains(.renumbered) || e.old == nil || e.new == nil {
                total += count(e.old?.number) + count(e.new?.number) + 4
            }
            if e.old == nil || e.new == nil || e.isRewritten {
                total += count(e.old?.text) + count(e.new?.text)
            } else {
                total += e.edits.filter { $0.op != .equal }.map { count($0.text) }.reduce(0, +)
            }
        }
        // The opening formula, a metadata field, is replaced whole.
        if report.metadata.contains(where: { $0.field == "openingFormula" }) {
            total += count(report.old.openingFormula) + count(report.new.openingFormula)
        }
        return total
    }
}

/// A .docx read with nothing of resdiff's but the zip reader: the parts' XML walked
/// here, revisions applied the way Word's accept all and reject all apply them.
struct WordPackage {
    let document: String
    let footnotes: String
    let core: String

    init(_ bytes: [UInt8]) {
        var zipCopy = try! ZipArchive(bytes)
        document = String(decoding: (try! zipCopy.data("word/document.xml")) ?? [], as: UTF8.self)
        footnotes = String(decoding: (try! zipCopy.data("word/footnotes.xml")) ?? [], as: UTF8.self)
        core = String(decoding: (try! zipCopy.data("docProps/core.xml")) ?? [], as: UTF8.self)
    }

    func count(_ element: String) -> Int { document.components(separatedBy: "<" + element).count - 1 }

    func attribute(_ name: String, of element: String) -> String? {
        guard let start = document.range(of: "<" + element) else { return nil }
        let rest = document[start.upperBound...]
        guard let a = rest.range(of: name + "=\""), let end = rest[a.upperBound...].firstIndex(of: "\"") else {
            return nil
        }
        return String(rest[a.upperBound..<end])
    }

    struct Views {
        var accept: [String] = []
        var reject: [String] = []
        /// Characters (no white space) inside `w:ins` and `w:del`, moves aside.
        var revisedCharacters = 0
        /// The text of the move's two ends.
        var movedFrom = ""
        var movedTo = ""
        /// Footnotes' views by id (footnotes.xml).
        var byID: [String: (accept: String, reject: String)] = [:]
    }

    /// The body's views, each footnote reference as its footnote's text in that view.
    func views() throws -> Views {
        let notes = try Walker.walk(footnotes, footnotes: true)
        return try Walker.walk(document, footnotes: false, notes: notes.byID)
    }

    final class Walker: NSObject, XMLParserDelegate {
        var views = Views()
        var accept = "", reject = ""
        var insideIns = 0, insideDel = 0, insideMoveFrom = 0, insideMoveTo = 0
        var inParagraphProperties = false, inTable = 0
        var markInserted = false, markDeleted = false
        var text = ""
        var inText = false
        var footnoteMode = false
        var skipFootnote = false
        var footnoteID = ""
        var notes: [String: (accept: String, reject: String)] = [:]

        static func walk(_ xml: String, footnotes: Bool, notes: [String: (accept: String, reject: String)] = [:])
            throws -> Views
        {
            let w = Walker()
            w.footnoteMode = footnotes
            w.notes = notes
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = w
            guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
            return w.views
        }

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case "w:footnote":
                skipFootnote = (Int(attributes["w:id"] ?? "0") ?? 0) < 1
                footnoteID = attributes["w:id"] ?? ""
                (accept, reject) = ("", "")
            case "w:footnoteReference":
                let note = notes[attributes["w:id"] ?? ""] ?? ("?", "?")
                let inserted = insideIns > 0 || insideMoveTo > 0, deleted = insideDel > 0 || insideMoveFrom > 0
                if !deleted { accept += "⟦\(DocxRedlineTests.normal(note.accept))⟧" }
                if !inserted { reject += "⟦\(DocxRedlineTests.normal(note.reject))⟧" }
            case "w:tbl": inTable += 1
            case "w:p": markInserted = false; markDeleted = false
            case "w:pPr": inParagraphProperties = true
            case "w:ins": if inParagraphProperties { markInserted = true } else { insideIns += 1 }
            case "w:del": if inParagraphProperties { markDeleted = true } else { insideDel += 1 }
            case "w:moveFrom": if inParagraphProperties { markDeleted = true } else { insideMoveFrom += 1 }
            case "w:moveTo": if inParagraphProperties { markInserted = true } else { insideMoveTo += 1 }
            case "w:t", "w:delText": inText = true; text = ""
            case "w:tab": add("\t")
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "w:tbl": inTable -= 1
            case "w:pPr": inParagraphProperties = false
            case "w:ins": if !inParagraphProperties { insideIns -= 1 }
            case "w:del": if !inParagraphProperties { insideDel -= 1 }
            case "w:moveFrom": if !inParagraphProperties { insideMoveFrom -= 1 }
            case "w:moveTo": if !inParagraphProperties { insideMoveTo -= 1 }
            case "w:t", "w:delText":
                inText = false
                add(text)
            case "w:footnote":
                if !skipFootnote {
                    views.byID[footnoteID] = (
                        accept.trimmingCharacters(in: .whitespaces), reject.trimmingCharacters(in: .whitespaces)
                    )
                }
                (accept, reject) = ("", "")
            case "w:p":
                guard inTable == 0, !skipFootnote, !footnoteMode else { return }
                // A paragraph mark inserted vanishes when rejected, one deleted when
                // accepted: the paragraph then joins the next.
                if !markDeleted {
                    views.accept.append(accept)
                    accept = ""
                }
                if !markInserted {
                    views.reject.append(reject)
                    reject = ""
                }
            case "w:body", "w:footnotes":
                if !accept.isEmpty { views.accept.append(accept) }
                if !reject.isEmpty { views.reject.append(reject) }
            default: break
            }
        }

        private func add(_ s: String) {
            guard inTable == 0, !skipFootnote else { return }
            let inserted = insideIns > 0 || insideMoveTo > 0, deleted = insideDel > 0 || insideMoveFrom > 0
            if !deleted { accept += s }
            if !inserted { reject += s }
            if (insideIns > 0 || insideDel > 0) && insideMoveFrom == 0 && insideMoveTo == 0 {
                views.revisedCharacters += s.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            }
            if insideMoveFrom > 0 { views.movedFrom += s }
            if insideMoveTo > 0 && insideIns == 0 { views.movedTo += s }
        }
    }
}
