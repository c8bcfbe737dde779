import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionCompare

/// Changes made on purpose to a corpus resolution (32/6), with the rest renumbered as a
/// drafter would, must be reported as exactly those changes.
final class GeneratedAlignmentTests: XCTestCase {
    var base: ResolutionWriter!
    var original: Document!

    override func setUpWithError() throws {
        base = ResolutionWriter(try Corpus.parse("A-HRC-RES-32-6"))
        original = try base.parse()
    }

    func compare(_ variant: ResolutionWriter) throws -> ChangeReport {
        Comparison.compare(original, try variant.parse())
    }

    func changed(_ report: ChangeReport) -> [ChangeReport.Entry] { report.entries.filter { !$0.isUnchanged } }

    func testAParagraphMovedWithTheRestRenumbered() throws {
        var v = base!
        let op5 = v.operative.remove(at: 4)
        v.operative.insert(op5, at: 19)  // now OP20
        let report = try compare(v)
        let moved = report.entries.filter { $0.changes.contains(.moved) }
        XCTAssertEqual(moved.map { "\($0.old!.label.description)→\($0.new!.label.description)" }, ["OP5→OP20"])
        XCTAssertEqual(moved.first?.changes, [.renumbered, .moved])
        XCTAssertEqual(report.summary.reworded, 0)
        XCTAssertEqual(report.summary.renumbered, 16, "OP5 itself and OP6-OP20, one place up")
        XCTAssertEqual(report.summary.added + report.summary.removed, 0)
    }

    func testAParagraphSplitInTwo() throws {
        var v = base!
        let op19 = v.operative[18]
        let cut = try XCTUnwrap(op19.range(of: ", and encourages non-governmental organizations"))
        v.operative[18] = String(op19[..<cut.lowerBound]) + ";"
        v.operative.insert("Encourages non-governmental organizations" + op19[cut.upperBound...], at: 19)
        let report = try compare(v)
        let split = report.entries.filter { $0.changes.contains(.split) }
        XCTAssertEqual(split.map { "\($0.old!.label.description)→\($0.new!.label.description)" }, ["OP19→OP19", "OP19→OP20"])
        XCTAssertFalse(split[0].edits.isEmpty, "the first piece carries the diff of the whole")
        XCTAssertEqual(report.summary.added + report.summary.removed + report.summary.moved, 0)
        XCTAssertEqual(report.summary.split, 2)
    }

    func testTwoParagraphsMerged() throws {
        var v = base!
        let op17 = v.operative.remove(at: 16)
        v.operative[15] =
            String(v.operative[15].dropLast()) + ", and also requests the Office "
            + op17.dropFirst("Also requests the Office ".count)
        let report = try compare(v)
        let merged = report.entries.filter { $0.changes.contains(.merged) }
        XCTAssertEqual(merged.map { "\($0.old!.label.description)→\($0.new!.label.description)" }, ["OP16→OP16", "OP17→OP16"])
        XCTAssertEqual(report.summary.added + report.summary.removed + report.summary.moved, 0)
    }

    func testAParagraphInsertedAndOneDeleted() throws {
        var v = base!
        let inserted =
            "Decides to convene a one-day intersessional seminar on the enhancement of international cooperation in the field of human rights;"
        v.operative.insert(inserted, at: 3)  // new OP4
        let deleted = v.operative.remove(at: 22)  // old OP22
        let report = try compare(v)
        let changes = changed(report).filter { !$0.changes.allSatisfy { $0 == .renumbered } }
        XCTAssertEqual(
            changes.map { "\($0.old?.label.description ?? "-")→\($0.new?.label.description ?? "-") \($0.changes.map(\.rawValue))" },
            ["-→OP4 [\"added\"]", "OP22→- [\"removed\"]"])
        XCTAssertEqual(changes[1].old?.text, deleted)
        XCTAssertEqual(report.summary.moved, 0, "insertions and deletions never make a neighbour count as moved")
        XCTAssertEqual(report.summary.renumbered, 18, "OP4-OP21 shift down one")
    }

    func testABlockOfOperativeParagraphsInReverseOrder() throws {
        var v = base!
        v.operative[4...8].reverse()  // OP5-OP9 → OP9, OP8, OP7, OP6, OP5
        let report = try compare(v)
        let moved = report.entries.filter { $0.changes.contains(.moved) }
        XCTAssertEqual(moved.count, 4, "one of the five keeps its place, the others moved")
        XCTAssertEqual(report.summary.reworded, 0)
        XCTAssertTrue(moved.allSatisfy { ["OP5", "OP6", "OP7", "OP8", "OP9"].contains($0.old!.label.description) })
    }

    func testAPreambularParagraphBecameOperative() throws {
        var v = base!
        let pp19 = v.preambular.remove(at: 18)  // "Emphasizing the need for further progress ..."
        v.operative.insert("Emphasizes" + pp19.dropFirst("Emphasizing".count).dropLast() + ";", at: 2)
        let report = try compare(v)
        let crossed = try XCTUnwrap(report.entries.first { $0.old?.label.description == "PP19" })
        XCTAssertEqual(crossed.new?.label.description, "OP3")
        XCTAssertTrue(crossed.changes.contains(.moved))
        XCTAssertTrue(crossed.changes.contains(.reworded))
    }

    func testRewrappedAndIdenticalTextsHaveNoChanges() throws {
        for name in Corpus.names {
            let doc = try Corpus.parse(name)
            XCTAssertFalse(Comparison.compare(doc, doc).hasChanges, "\(name) identical")
            let wrapped = try ResolutionParser.parse(
                text: Corpus.rewrapped(try Corpus.text(name), width: 67, blankAfterEveryLine: true), name: name)
            let report = Comparison.compare(doc, wrapped)
            XCTAssertFalse(
                report.hasChanges, "\(name) re-wrapped: \(report.entries.filter { !$0.isUnchanged }.map(\.changes))")
        }
    }

    func testUnrelatedDocumentsShareNothing() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-31-81"), try Corpus.parse("A-RES-75-180"))
        XCTAssertEqual(report.summary.unchanged, 0)
        XCTAssertEqual(report.summary.added, try Corpus.parse("A-RES-75-180").allParagraphs.count)
    }
}
