import Foundation
import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionCompare

/// Word-level diffs of the reworded paragraph pairs of the corpus, in wdiff notation,
/// against golden files in Tests/Golden/worddiff/ (RESDIFF_RECORD=1 re-records; read
/// every re-recorded file). Pairs are named by hand from the two texts.
final class WordDiffGoldenTests: XCTestCase {
    static let pairs: [(old: String, new: String, labels: [(String, String)])] = [
        (
            "A-HRC-RES-28-2", "A-HRC-RES-32-6",
            [
                ("PP1", "PP1"), ("PP3", "PP3"), ("PP4", "PP4"), ("PP12", "PP14"), ("PP14", "PP18"), ("OP9", "OP9"),
                ("OP10", "OP10"), ("OP14", "OP14"), ("OP24", "OP24"), ("OP26", "OP26"), ("OP27", "OP27"),
            ]
        ),
        (
            "A-RES-65-218", "A-RES-75-180",
            [
                ("PP1", "PP1"), ("PP2", "PP3"), ("PP3", "PP4"), ("PP7", "PP13"), ("OP4", "OP5"), ("OP7", "OP8"),
                ("OP8", "OP11"), ("OP11", "OP16"), ("OP12", "OP17"),
            ]
        ),
    ]

    func render() throws -> [String: String] {
        var files: [String: String] = [:]
        for pair in Self.pairs {
            let old = try Corpus.parse(pair.old), new = try Corpus.parse(pair.new)
            var out = ""
            for (o, n) in pair.labels {
                let a = try XCTUnwrap(old.paragraph(labelled: o)), b = try XCTUnwrap(new.paragraph(labelled: n))
                let diff = WordDiff(old: a.comparableText, new: b.comparableText)
                out += "@@ \(o) → \(n) @@\n\(ChangeReport.wdiff(diff.edits))\n\n"
            }
            files["\(pair.old)_to_\(pair.new).wdiff"] = out
        }
        return files
    }

    func testReworkedParagraphsReadAsMarkedByHand() throws {
        for (name, rendered) in try render() {
            try Golden.assertMatches(rendered, "Tests/Golden/worddiff/\(name)")
        }
    }

    /// OP24 of 28/2 → 32/6, as the issue describes it: the resolution number changes and
    /// `possible` and `genuine` are inserted, nothing else.
    func testOP24() throws {
        let a = try XCTUnwrap(try Corpus.parse("A-HRC-RES-28-2").paragraph(labelled: "OP24"))
        let b = try XCTUnwrap(try Corpus.parse("A-HRC-RES-32-6").paragraph(labelled: "OP24"))
        let diff = WordDiff(old: a.comparableText, new: b.comparableText)
        let changes = diff.edits.filter { $0.op != .equal }.map { "\($0.op.rawValue) \($0.text)" }
        XCTAssertEqual(changes, ["delete 69/179", "insert 70/153", "insert possible", "insert genuine"])
    }

    func testWordDiffOnEdgeCases() {
        XCTAssertEqual(ChangeReport.wdiff(WordDiff(old: "", new: "").edits), "")
        XCTAssertEqual(ChangeReport.wdiff(WordDiff(old: "", new: "Decides").edits), "{+Decides+}")
        XCTAssertEqual(ChangeReport.wdiff(WordDiff(old: "Decides", new: "").edits), "[-Decides-]")
        XCTAssertEqual(ChangeReport.wdiff(WordDiff(old: "same words;", new: "same words;").edits), "same words;")
        XCTAssertEqual(ChangeReport.wdiff(WordDiff(old: "alpha beta", new: "gamma delta").edits), "[-alpha beta-] {+gamma delta+}")
        XCTAssertEqual(
            ChangeReport.wdiff(WordDiff(old: "the sixty-sixth session", new: "the seventy-sixth session").edits),
            "the [-sixty-sixth-] {+seventy-sixth+} session")
        XCTAssertEqual(ChangeReport.wdiff(WordDiff(old: "session;", new: "session:").edits), "session[-;-]{+:+}")
    }

    /// An insertion with commas on both sides goes where a person puts it: after the
    /// comma, ending with its own comma.
    func testInsertionsSlideToNaturalBoundaries() {
        XCTAssertEqual(
            ChangeReport.wdiff(WordDiff(old: "in Durban, South Africa", new: "in Durban, as agreed, South Africa").edits),
            "in Durban, {+as agreed,+} South Africa")
        XCTAssertEqual(
            ChangeReport.wdiff(
                WordDiff(
                    old: "international cooperation and dialogue in",
                    new: "international cooperation and genuine dialogue in"
                ).edits),
            "international cooperation and {+genuine+} dialogue in")
    }
}
