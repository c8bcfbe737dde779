import Foundation
import XCTest

/// The issue's own cases, end to end through the binary: a footnote edited, added or
/// removed in 32/6 is a change in every format, and a report that does not account for
/// every word is never written.
final class NeverLoseAWordTests: BinaryTestCase {

    /// 32/6 with `edit` applied, written to a temporary file.
    func variant(_ name: String, _ edit: (String) -> String) throws -> String {
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("Corpus/A-HRC-RES-32-6.txt"), encoding: .utf8)
        let edited = edit(text)
        XCTAssertNotEqual(edited, text, "the edit must change the text")
        let path = NSTemporaryDirectory() + "resdiff-\(name).txt"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func assertChangeInEveryFormat(_ path: String, mentions: String, line: UInt = #line) throws {
        for format in ["text", "json", "html"] {
            let r = try run(["Corpus/A-HRC-RES-32-6.txt", path, "--format", format])
            XCTAssertEqual(r.status, 1, "\(format): \(r.stderr)", line: line)
            XCTAssertTrue(r.stdout.contains(mentions), "\(format) should show \(mentions)", line: line)
        }
        let check = try run(["check", "Corpus/A-HRC-RES-32-6.txt", path, "--allow", "OP1"])
        XCTAssertEqual(check.status, 1, "check sees the footnote change: \(check.stdout)", line: line)
    }

    func testAFootnoteEditIsAChange() throws {
        let path = try variant("footnote-edited") { $0.replacingOccurrences(of: "A/HRC/19/50", with: "A/HRC/99/99") }
        try assertChangeInEveryFormat(path, mentions: "A/HRC/99/99")
    }

    func testAFootnoteAddedOrRemovedIsAChange() throws {
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("Corpus/A-HRC-RES-32-6.txt"), encoding: .utf8)
        // The footnote of OP26 (A/HRC/31/81) taken out: as 28/2 had it.
        let definition = try XCTUnwrap(
            text.split(separator: "\n", omittingEmptySubsequences: false).first { $0.contains("A/HRC/31/81") })
        let removed = try variant("footnote-removed") { $0.replacingOccurrences(of: String(definition), with: "") }
        try assertChangeInEveryFormat(removed, mentions: "A/HRC/31/81")
    }

    func testTextAfterTheAdoptionBlockIsCompared() throws {
        let path = try variant("after-adoption") { $0 + "\n18. Decides to abolish the Human Rights Council.\n" }
        let r = try run(["Corpus/A-HRC-RES-32-6.txt", path])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stdout.contains("abolish"), r.stdout)
    }

    func testSpacingAloneIsNoChange() throws {
        let path = try variant("spacing") {
            $0.replacingOccurrences(of: "in 2017, in accordance", with: "in 2017 , in  accordance")
        }
        let r = try run(["Corpus/A-HRC-RES-32-6.txt", path])
        XCTAssertEqual(r.status, 0, r.stdout)
    }

    /// The verification runs on every real comparison: a report broken on purpose (its
    /// last entry dropped) is stopped with exit 2 and one line, never shown.
    func testABrokenReportIsNeverShown() throws {
        let r = try run(
            ["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"], environment: ["RESDIFF_TEST_FAULT": "drop-entry"])
        assertTrouble(r, mentions: "does not account for")
        let fine = try run(["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(fine.status, 1)
    }

    /// What is set aside as furniture is shown, with the reason, by parse --verbose.
    func testParseVerboseShowsWhatWasSetAside() throws {
        let r = try run(["parse", "--verbose", "Corpus/A-HRC-RES-28-2.txt"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("set aside (line 36, job number): GE.15-06884 (E)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("set aside (line 40, barcode): * 1 5 0 6 8 8 4 *"), r.stdout)
        XCTAssertTrue(r.stdout.contains("adoption: [Adopted without a vote.]"), r.stdout)
        XCTAssertFalse(try run(["parse", "Corpus/A-HRC-RES-28-2.txt"]).stdout.contains("set aside"))
    }

    /// The adoption block and the header are compared as texts of their own: a vote
    /// deleted, a meeting added or a header word changed is a change, even where no
    /// metadata field shows it.
    func testTheAdoptionBlockAndTheHeaderAreCompared() throws {
        for (name, edit) in [
            ("vote-deleted", { (t: String) in t.replacingOccurrences(of: "[Adopted without a vote.]", with: "") }),
            ("meeting-added", { (t: String) in t + "\n43rd meeting\n" }),
            ("header-word", { (t: String) in t.replacingOccurrences(of: "Original: English", with: "Original: French") }),
        ] {
            let path = try variant(name, edit)
            let r = try run(["Corpus/A-HRC-RES-32-6.txt", path])
            XCTAssertEqual(r.status, 1, "\(name): \(r.stdout)")
            XCTAssertTrue(r.stdout.contains("@@ AD1") || r.stdout.contains("@@ HD1"), "\(name): \(r.stdout)")
        }
    }

    /// A footnote citation moved from OP14 to OP15, no word changed: both paragraphs
    /// are changed ("citations"), and amend lists them to change by hand.
    func testAMovedCitationIsAChange() throws {
        let path = try variant("citation-moved") { text in
            var t = text
            let marker = t.firstIndex(of: "¹")!
            t.remove(at: marker)
            let op15 = t.range(of: "- 15.")!.lowerBound
            let end = t[op15...].firstIndex(of: ";")!
            t.insert("¹", at: end)
            return t
        }
        let r = try run(["Corpus/A-HRC-RES-32-6.txt", path])
        XCTAssertEqual(r.status, 1, r.stdout)
        XCTAssertTrue(r.stdout.contains("@@ OP14 → OP14 citations @@"), r.stdout)
        XCTAssertTrue(r.stdout.contains("@@ OP15 → OP15 citations @@"), r.stdout)
        let amend = try run(["amend", "Corpus/A-HRC-RES-32-6.txt", path])
        XCTAssertEqual(amend.status, 1)
        XCTAssertTrue(amend.stdout.contains("OP14 (its footnote citations)"), amend.stdout)
    }
}
