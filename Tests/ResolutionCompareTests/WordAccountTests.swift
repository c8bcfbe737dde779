import XCTest

import TestSupport

@testable import ResolutionCompare
@testable import ResolutionModel
@testable import ResolutionReader

/// The accounting that every real comparison runs: on every pair of corpus texts, in
/// both directions, every token has its place in the report; and a report damaged in
/// any of the ways a bug could damage it does not close.
final class WordAccountTests: XCTestCase {
    func testEveryCorpusPairAccountsForEveryToken() throws {
        let documents = try Corpus.names.map(Corpus.parse)
        for a in documents {
            for b in documents {
                let account = Comparison.compare(a, b).wordAccount()
                XCTAssertTrue(account.closes, "\(a.file) → \(b.file): \(account)")
                XCTAssertGreaterThan(account.oldTokens, 0)
            }
        }
    }

    func testADamagedReportDoesNotClose() throws {
        let report = Comparison.compare(try Corpus.parse("A-RES-65-218"), try Corpus.parse("A-RES-75-180"))
        XCTAssertTrue(report.wordAccount().closes)

        var dropped = report
        dropped.entries.remove(at: 3)
        XCTAssertFalse(dropped.wordAccount().closes, "an entry left out")

        var cut = report
        let k = try XCTUnwrap(cut.entries.firstIndex { !$0.edits.isEmpty })
        cut.entries[k].edits.removeLast()
        XCTAssertFalse(cut.wordAccount().closes, "edits that stop short of the text")

        var footnoteless = report
        footnoteless.entries.removeAll { $0.new?.kind == .footnote }
        XCTAssertFalse(footnoteless.wordAccount().closes, "footnotes left uncompared")
    }
}
