import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionCompare

/// The two real pairs of the corpus align exactly as a person reading them does.
final class CorpusAlignmentTests: XCTestCase {
    /// "PP7→PP8" style summaries of every entry: what the issue spells out.
    func mapping(_ report: ChangeReport) -> [String] {
        // The header and the adoption block are compared too (NeverLoseAWordTests); the
        // mappings here are about the text.
        report.entries.filter { ![.header, .adoption].contains(($0.new ?? $0.old)!.kind) }.map { e in
            let kinds = e.changes.isEmpty ? "" : " " + e.changes.map(\.rawValue).joined(separator: ",")
            return
                "\(e.old.map { "\($0.label)" } ?? "-")→\(e.new.map { "\($0.label)" } ?? "-")\(kinds)\(e.technical ? " technical" : "")"
        }
    }

    func testHRC28to32() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        var expected = [
            "PP1→PP1 reworded", "-→PP2 added", "PP2→- removed", "PP3→PP3 reworded technical", "PP4→PP4 reworded",
            "PP5→PP5", "PP6→PP6", "-→PP7 added", "PP7→PP8 renumbered", "PP8→PP9 renumbered", "PP9→PP10 renumbered",
            "PP10→PP11 renumbered", "-→PP12 added",
            "PP11→PP13 renumbered", "PP12→PP14 reworded,renumbered", "PP13→PP15 renumbered", "-→PP16 added",
            "-→PP17 added", "PP14→PP18 reworded,renumbered",
            "PP15→PP19 renumbered", "PP16→PP20 renumbered", "PP17→PP21 renumbered",
        ]
        let reworded: Set = [9, 10, 14, 24, 26, 27]
        for n in 1...27 {
            expected.append("OP\(n)→OP\(n)" + (reworded.contains(n) ? " reworded" : "") + (n == 27 ? " technical" : ""))
        }
        // Then the footnotes, aligned on their own: 32/6 adds one to OP26 (A/HRC/31/81),
        // the issue's own example of a footnote that output used to leave out.
        expected += ["FN1→FN1", "FN2→FN2", "FN3→FN3", "-→FN4 added"]
        // OP26 is rewritten beyond recognition: a heavily reworded pair, or removed plus added.
        let actual = mapping(report)
        // (32/6's OP26 also cites the footnote it adds: A/HRC/31/81.)
        let op26 = ["OP26→OP26 reworded,citations"]
        let op26Alternative = ["OP26→- removed", "-→OP26 added"]
        let withoutOP26 = actual.filter { !$0.contains("OP26") }
        XCTAssertEqual(withoutOP26, expected.filter { !$0.contains("OP26") })
        let actualOP26 = actual.filter { $0.contains("OP26") }
        XCTAssertTrue(actualOP26 == op26 || actualOP26 == op26Alternative, "\(actualOP26)")
        XCTAssertEqual(report.summary.moved, 0)
        // Preambular paragraphs at new positions are renumbered, as negotiators cite them.
        XCTAssertEqual(report.summary.renumbered, 11)
    }

    func testGA65to75() throws {
        let report = Comparison.compare(try Corpus.parse("A-RES-65-218"), try Corpus.parse("A-RES-75-180"))
        XCTAssertEqual(
            mapping(report),
            [
                "PP1→PP1 reworded", "-→PP2 added", "PP2→PP3 reworded,renumbered",
                "PP3→PP4 reworded,renumbered,citations", "PP4→PP5 renumbered", "PP5→PP6 renumbered",
                "-→PP7 added", "-→PP8 added", "PP6→PP9 renumbered", "-→PP10 added", "-→PP11 added", "-→PP12 added",
                "PP7→PP13 reworded,renumbered", "PP8→PP14 renumbered", "PP9→PP15 renumbered",
                "OP1→OP1", "OP2→OP2", "OP3→OP3", "-→OP4 added", "OP4→OP5 reworded,renumbered", "OP5→OP6 renumbered",
                "OP6→OP7 renumbered", "OP7→OP8 reworded,renumbered", "-→OP9 added", "-→OP10 added",
                "OP8→OP11 reworded,renumbered", "OP9→OP12 renumbered", "-→OP13 added", "OP10→OP14 renumbered",
                "-→OP15 added", "OP11→OP16 reworded,renumbered", "OP12→OP17 reworded,renumbered technical",
                // Footnotes and notes, each aligned on their own.
                "FN1→FN1", "FN2→FN2 reworded", "FN3→FN3 reworded", "-→FN4 added", "FN4→FN5 renumbered",
                "N1→N1 reworded",
            ])
    }

    func testMetadataDifferences() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        let fields = Dictionary(uniqueKeysWithValues: report.metadata.map { ($0.field, ($0.old, $0.new)) })
        XCTAssertEqual(fields["symbol"]?.0, "A/HRC/RES/28/2")
        XCTAssertEqual(fields["symbol"]?.1, "A/HRC/RES/32/6")
        XCTAssertEqual(fields["adoptionDate"]?.1, "2016-06-30")
        XCTAssertEqual(fields["meeting"]?.0, "55th meeting")
        XCTAssertNil(fields["title"], "the title did not change")
        XCTAssertNil(fields["agendaTitle"], "32/6 does not print it: layout, not a change")
    }

    func testWordEditsOfAPair() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        let op24 = try XCTUnwrap(report.entries.first { $0.new?.label == ParagraphLabel("OP24") })
        XCTAssertEqual(
            op24.edits.filter { $0.op != .equal }.map { "\($0.op.rawValue) \($0.text)" },
            ["delete 69/179", "insert 70/153", "insert possible", "insert genuine"])
        XCTAssertFalse(op24.technical)
        // The edits give back both texts exactly.
        func side(_ skip: EditScript.Kind) -> String {
            op24.edits.filter { $0.op != skip }.reduce("") { $0 + ($0.isEmpty || !$1.spaceBefore ? "" : " ") + $1.text }
        }
        XCTAssertEqual(side(.insert), op24.old?.comparableText)
        XCTAssertEqual(side(.delete), op24.new?.comparableText)
        XCTAssertGreaterThan(op24.similarity, 0.9)
        XCTAssertLessThan(op24.similarity, 1)
    }
}
