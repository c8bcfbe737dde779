import XCTest

import TestSupport

@testable import ResolutionCompare
@testable import ResolutionModel
@testable import ResolutionReader

/// Official UN PDFs of every family (General Assembly resolutions, Main Committee drafts
/// with sponsors, Security Council drafts with Chapter VII and operative headings,
/// omnibus texts with headed sections, decisions), read as a user reads them. Every
/// expected value below was taken from the text by a person reading it, before resdiff
/// read it (Corpus/README.md names each file's source).
final class RealTextsTests: XCTestCase {
    struct Expected {
        var name: String
        var symbol: String
        var preambular: Int
        var operative: Int
        var subparagraphs = 0
        var footnotes: Int
        var headings: [String] = []
        var meeting: String?
        var adopted: String?
        var title: String?
        var sponsors: [String] = []
        var annex = 0
    }

    static let texts: [Expected] = [
        Expected(
            name: "A-RES-78-241", symbol: "A/RES/78/241", preambular: 9, operative: 4, footnotes: 2,
            meeting: "50th (resumed) plenary meeting", adopted: "2023-12-22", title: "Lethal autonomous weapons systems"),
        Expected(
            name: "A-RES-79-62", symbol: "A/RES/79/62", preambular: 16, operative: 12, footnotes: 3,
            meeting: "44th plenary meeting", adopted: "2024-12-02", title: "Lethal autonomous weapons systems"),
        Expected(
            name: "A-RES-80-57", symbol: "A/RES/80/57", preambular: 13, operative: 4, footnotes: 3,
            meeting: "52nd plenary meeting", adopted: "2025-12-01", title: "Lethal autonomous weapons systems"),
        // The Awaza Political Declaration in the annex: its own headings (two of them
        // unnumbered), 25 numbered paragraphs, (a)–(e) in paragraph 13, and all 16
        // footnotes of the resolution.
        Expected(
            name: "A-RES-80-3", symbol: "A/RES/80/3", preambular: 1, operative: 2, subparagraphs: 5, footnotes: 16,
            headings: [
                "Annex", "Awaza Political Declaration", "I. Global context and shared commitments",
                "II. Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034",
                "Partnerships and support mechanisms", "Governance, accountability and monitoring",
                "III. Conclusion and call to action",
            ], meeting: "18th plenary meeting", adopted: "2025-10-14", title: "Awaza Political Declaration", annex: 25),
        Expected(
            name: "A-RES-79-239", symbol: "A/RES/79/239", preambular: 18, operative: 9, footnotes: 4,
            meeting: "55th (resumed) plenary meeting", adopted: "2024-12-24",
            title:
                "Artificial intelligence in the military domain and its implications for international peace and security"
        ),
        Expected(
            name: "A-RES-79-164", symbol: "A/RES/79/164", preambular: 8, operative: 6, footnotes: 3,
            meeting: "53rd plenary meeting", adopted: "2024-12-17",
            title: "Universal realization of the right of peoples to self-determination"),
        Expected(
            name: "A-RES-80-196", symbol: "A/RES/80/196", preambular: 8, operative: 6, footnotes: 3,
            meeting: "69th plenary meeting", adopted: "2025-12-18",
            title: "Universal realization of the right of peoples to self-determination"),
        Expected(
            name: "A-C.3-80-L.53", symbol: "A/C.3/80/L.53", preambular: 8, operative: 6, footnotes: 3,
            title: "Universal realization of the right of peoples to self-determination",
            sponsors: [
                "Algeria", "Angola", "Armenia", "Azerbaijan", "Bangladesh", "Belarus", "Burkina Faso", "China",
                "Democratic People’s Republic of Korea", "Egypt", "Eritrea", "Honduras", "Iran (Islamic Republic of)",
                "Jordan", "Kuwait", "Kyrgyzstan", "Lebanon", "Nicaragua", "Oman", "Pakistan", "Russian Federation",
                "Saudi Arabia", "Singapore", "Sudan", "Tunisia", "Uganda", "Venezuela (Bolivarian Republic of)", "Yemen",
                "State of Palestine",
            ]),
        Expected(
            name: "A-RES-79-254", symbol: "A/RES/79/254", preambular: 3, operative: 29, footnotes: 8,
            headings: [
                "I. System of administration of justice", "II. Informal system", "III. Formal system",
                "IV. Other issues",
            ], meeting: "55th (resumed) plenary meeting", adopted: "2024-12-24",
            title: "Administration of justice at the United Nations"),
        Expected(
            name: "A-RES-80-238", symbol: "A/RES/80/238", preambular: 2, operative: 25, footnotes: 6,
            headings: [
                "I. System of administration of justice", "II. Informal system", "III. Formal system",
                "IV. Other issues",
            ], meeting: "69th (resumed) plenary meeting", adopted: "2025-12-30",
            title: "Administration of justice at the United Nations"),
        Expected(
            name: "A-RES-79-6", symbol: "A/RES/79/6", preambular: 14, operative: 32, footnotes: 10,
            meeting: "29th plenary meeting", adopted: "2024-10-29", title: "Report of the International Criminal Court"),
        Expected(
            name: "A-RES-79-7", symbol: "A/RES/79/7", preambular: 8, operative: 5, footnotes: 1,
            meeting: "30th plenary meeting", adopted: "2024-10-30",
            title:
                "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba"
        ),
        Expected(
            name: "A-RES-79-157", symbol: "A/RES/79/157", preambular: 3, operative: 1, footnotes: 1,
            meeting: "53rd plenary meeting", adopted: "2024-12-17", title: "Report of the Human Rights Council"),
        Expected(
            name: "A-RES-80-189", symbol: "A/RES/80/189", preambular: 4, operative: 1, footnotes: 1,
            meeting: "62nd plenary meeting", adopted: "2025-12-15", title: "Report of the Human Rights Council"),
        Expected(
            name: "A-C.3-80-L.24", symbol: "A/C.3/80/L.24", preambular: 4, operative: 2, footnotes: 1,
            title: "Report of the Human Rights Council", sponsors: ["Mauritania"]),
        Expected(
            name: "S-2017-444", symbol: "S/2017/444", preambular: 3, operative: 3, footnotes: 0,
            sponsors: ["United States of America"]),
        Expected(
            name: "S-2019-441", symbol: "S/2019/441", preambular: 3, operative: 4, footnotes: 0,
            sponsors: ["United States of America"]),
        Expected(
            name: "S-2020-445", symbol: "S/2020/445", preambular: 17, operative: 39, subparagraphs: 22, footnotes: 0,
            headings: ["AMISOM", "Priorities and tasks", "Logistical and Financial Support", "Somalia", "Reporting"],
            sponsors: ["United Kingdom of Great Britain and Northern Ireland"]),
        Expected(
            name: "A-80-L.1", symbol: "A/80/L.1", preambular: 3, operative: 0, subparagraphs: 2, footnotes: 1,
            title:
                "Endorsement of the New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution",
            sponsors: ["France", "Guinea", "Indonesia", "Ireland", "Qatar", "Saudi Arabia", "State of Palestine"]),
    ]

    static func parse(_ name: String) throws -> Document {
        try ResolutionParser.parse(path: Corpus.root.appendingPathComponent("Corpus/\(name).pdf").path)
    }

    override func setUpWithError() throws {
        try XCTSkipIf(PDFText.executable("pdftotext") == nil, "pdftotext is not installed (make test installs it)")
    }

    func testEveryFamilyReadsAsCountedByHand() throws {
        for e in Self.texts {
            let d = try Self.parse(e.name)
            let m = d.metadata
            XCTAssertEqual(m.symbol, e.symbol, e.name)
            XCTAssertEqual(d.paragraphs(of: .preambular).count, e.preambular, "\(e.name) preambular")
            XCTAssertEqual(d.paragraphs(of: .operative).count, e.operative, "\(e.name) operative")
            XCTAssertEqual(d.paragraphs.reduce(0) { $0 + $1.children.count }, e.subparagraphs, "\(e.name) sub")
            XCTAssertEqual(d.footnotes.count, e.footnotes, "\(e.name) footnotes")
            XCTAssertEqual(d.headings.map(\.text), e.headings, "\(e.name) headings")
            XCTAssertEqual(m.meeting, e.meeting, "\(e.name) meeting")
            XCTAssertEqual(m.adoptionDate, e.adopted, "\(e.name) adopted")
            if let title = e.title { XCTAssertEqual(m.title, title, "\(e.name) title") }
            XCTAssertEqual(m.sponsors, e.sponsors, "\(e.name) sponsors")
            XCTAssertEqual(d.paragraphs(of: .annex).count, e.annex, "\(e.name) annex")
        }
    }

    /// No word of any of them is lost: the invariant, on texts the parser was not tuned on
    /// line by line.
    func testEveryWordHasAPlace() throws {
        for e in Self.texts {
            let path = Corpus.root.appendingPathComponent("Corpus/\(e.name).pdf").path
            let source = try SourceText.read(path: path)
            let d = try ResolutionParser.parse(source)
            XCTAssertEqual(WordLedger.missing(source.text, d), [:], e.name)
        }
    }

    /// "PP3→PP4 reworded" lines for a pair, as in CorpusAlignmentTests.
    func mapping(_ old: String, _ new: String) throws -> [String] {
        let report = Comparison.compare(try Self.parse(old), try Self.parse(new))
        XCTAssertTrue(report.wordAccount().closes)
        // The header and the adoption block are compared too, but the hand-written
        // pairings are about the text: they are left out here.
        return report.entries.filter { ![.header, .adoption].contains(($0.new ?? $0.old)!.kind) }.map { e in
            let kinds = e.changes.isEmpty ? "" : " " + e.changes.map(\.rawValue).joined(separator: ",")
            return "\(e.old.map { "\($0.label)" } ?? "-")→\(e.new.map { "\($0.label)" } ?? "-")\(kinds)"
        }
    }

    /// Successive pairs, with the pairing a person wrote down from reading both texts.
    func testSelfDeterminationYearOnYear() throws {
        // 79/164 → 80/196: PP6 and OP6 updated; PP8 differs only in its footnote (FN3);
        // every other paragraph unchanged though every line is wrapped differently.
        var expected = (1...8).map { "PP\($0)→PP\($0)" } + (1...6).map { "OP\($0)→OP\($0)" }
        expected[5] = "PP6→PP6 reworded"
        expected[13] = "OP6→OP6 reworded"
        expected += ["FN1→FN1", "FN2→FN2", "FN3→FN3 reworded", "N1→N1 reworded"]
        XCTAssertEqual(try mapping("A-RES-79-164", "A-RES-80-196"), expected)
    }

    func testDraftToAdoptedResolution() throws {
        // A/C.3/80/L.53 → 80/196: adopted as drafted; the adopted text gains the
        // committee-report note.
        let expected =
            (1...8).map { "PP\($0)→PP\($0)" } + (1...6).map { "OP\($0)→OP\($0)" } + [
                "FN1→FN1", "FN2→FN2", "FN3→FN3", "-→N1 added",
            ]
        XCTAssertEqual(try mapping("A-C.3-80-L.53", "A-RES-80-196"), expected)
    }

    func testSecurityCouncilRenewal() throws {
        // S/2017/444 → S/2019/441: OP2 inserted, the rest renumbered after it.
        XCTAssertEqual(
            try mapping("S-2017-444", "S-2019-441"),
            [
                "PP1→PP1 reworded", "PP2→PP2", "PP3→PP3 reworded", "OP1→OP1 reworded", "-→OP2 added",
                "OP2→OP3 reworded,renumbered", "OP3→OP4 renumbered",
            ])
    }

    func testOmnibusWithHeadedSections() throws {
        let actual = try mapping("A-RES-79-254", "A-RES-80-238")
        var expected = [
            // PP2's footnotes are the next year's reports: other footnotes, as the reader wrote.
            "PP1→PP1 reworded", "PP2→PP2 reworded,citations", "PP3→- removed", "OP1→OP1", "OP2→OP2 reworded",
            "OP3→- removed",
        ]
        expected += (4...8).map { "OP\($0)→OP\($0 - 1) renumbered" }
        expected += [
            "-→OP8 added", "-→OP9 added", "OP9→- removed", "OP10→- removed", "OP11→- removed", "OP12→- removed",
            "OP13→OP10 reworded,renumbered", "-→OP11 added", "-→OP12 added", "OP14→- removed", "OP15→- removed",
            "OP16→- removed", "OP17→OP13 renumbered", "OP18→OP14 reworded,renumbered", "OP19→OP15 renumbered",
            "OP20→OP16 renumbered", "OP21→OP17 reworded,renumbered", "-→OP18 added", "-→OP19 added", "OP22→- removed",
            "OP23→OP20 renumbered", "OP24→OP21 renumbered",
        ]
        // OP26 → OP23 is rewritten "substantially" (the reader's word): a reworded pair,
        // or removed plus added.
        let tail = ["OP27→OP24 renumbered", "OP28→- removed", "OP29→OP25 renumbered"]
        let paragraphs = actual.filter { $0.hasPrefix("PP") || $0.hasPrefix("OP") || $0.hasPrefix("-→OP") }
        let middle = Array(paragraphs.dropFirst(expected.count).dropLast(tail.count))
        XCTAssertEqual(Array(paragraphs.prefix(expected.count)), expected)
        XCTAssertEqual(Array(paragraphs.suffix(tail.count)), tail)
        XCTAssertTrue(
            Set(middle) == Set(["OP25→- removed", "-→OP22 added", "OP26→OP23 reworded,renumbered"])
                || Set(middle) == Set(["OP25→- removed", "-→OP22 added", "OP26→- removed", "-→OP23 added"]),
            "\(middle)")
        // The four section headings are the same words in both.
        XCTAssertTrue(["H1→H1", "H2→H2", "H3→H3", "H4→H4"].allSatisfy(actual.contains), "\(actual)")
    }

    /// A PDF and another tool's text extraction of it (pdftotext -layout, with its
    /// indentation, furniture and footnote layout) read alike: the comparison finds
    /// nothing but the spaces that extractor put inside words ("seventy -ninth").
    /// Misreadings found by removing the corpus texts' line breaks, each fixed in the
    /// reading of the PDFs themselves.
    func testReferencesNotesAndRunningHeadsAtThePageFoot() throws {
        // "A/80/L.1" and "Supplement No. 3" end in digits that are no footnote markers.
        let draft = try Self.parse("A-80-L.1")
        XCTAssertEqual(draft.header.first, "United Nations A/80/L.1")
        let footnote = try Self.parse("A-RES-79-164").footnotes.first { $0.number == 2 }
        XCTAssertTrue(footnote?.text.contains("Supplement No. 3 and corrigenda") == true, footnote?.text ?? "-")
        // "** Any changes to the list of sponsors ..." is a note, not a bold heading; a
        // note wrapped over two lines keeps its second ("African States.").
        XCTAssertTrue(draft.metadata.notes.contains { $0.hasPrefix("** Any changes") }, "\(draft.metadata.notes)")
        let l24 = try Self.parse("A-C.3-80-L.24")
        XCTAssertTrue(l24.metadata.notes.contains { $0.hasSuffix("Group of African States.") }, "\(l24.metadata.notes)")
        XCTAssertFalse(try XCTUnwrap(l24.paragraphs.last).text.contains("African States"))
        // A running head whose title wraps, its end beside the symbol, is furniture.
        let pp15 = try Self.parse("A-RES-79-239").paragraphs[14]
        XCTAssertFalse(pp15.text.contains("A/RES/79/239"), pp15.text)
        XCTAssertFalse(pp15.text.contains("implications for international peace"), pp15.text)
    }

    func testAPDFAndItsLayoutExtractionAgree() throws {
        for name in ["A-RES-78-241", "A-RES-79-62"] {
            let pdf = try Self.parse(name)
            let layout = try ResolutionParser.parse(
                path: Corpus.root.appendingPathComponent("Corpus/\(name).layout.md").path)
            XCTAssertEqual(layout.paragraphs.map(\.label), pdf.paragraphs.map(\.label), name)
            XCTAssertEqual(layout.footnotes.map(\.text), pdf.footnotes.map(\.text), name)
            let report = Comparison.compare(pdf, layout)
            // The extraction's file puts a title and a note of its own above the document:
            // its header differs in words, as it should be reported.
            for e in report.entries where !e.isUnchanged && e.new?.kind != .header {
                XCTAssertEqual(e.changes, [.reworded], "\(name) \(e.new.map { "\($0.label)" } ?? "")")
                let deleted = e.edits.filter { $0.op == .delete }.map(\.text).joined()
                let inserted = e.edits.filter { $0.op == .insert }.map(\.text).joined()
                XCTAssertEqual(
                    deleted.filter { $0 != " " }, inserted.filter { $0 != " " },
                    "\(name): only spaces inside words differ: \(ChangeReport.wdiff(e.edits))")
            }
        }
    }

    /// Two unrelated resolutions (the Cuba embargo, the International Criminal Court):
    /// no paragraph is paired with one that keeps almost none of its text, whatever
    /// common words they share (OP4 and OP8 once were, at 14%, and flagged moved).
    func testUnrelatedResolutionsPairNothingThatSharesAlmostNothing() throws {
        let report = Comparison.compare(try Self.parse("A-RES-79-7"), try Self.parse("A-RES-79-6"))
        for e in report.entries where e.old != nil && e.new != nil && (e.new?.kind.isParagraph ?? false) {
            XCTAssertGreaterThanOrEqual(e.similarity, 0.2, "\(e.old!.label) → \(e.new!.label)")
        }
        XCTAssertFalse(report.entries.contains { $0.old?.label.description == "OP4" && $0.new?.label.description == "OP8" })
    }
}
