import TestSupport
import XCTest

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

    /// The HTML badge's count ("3 words changed"): in each place that changed, the words
    /// taken out or put in, whichever are more; punctuation counts as no word.
    func testWordsChangedCountsAsAReaderDoes() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        func entry(_ label: String) throws -> ChangeReport.Entry {
            try XCTUnwrap(report.entries.first { $0.new?.label.description == label })
        }
        // "2016" made "2017": one word for one.
        XCTAssertEqual(try entry("OP27").wordsChanged, 1)
        // A full stop made a colon before the footnote: punctuation only.
        XCTAssertEqual(try entry("OP14").wordsChanged, 0)
        // Three words deleted where one was inserted ("as well as" → "and") count three.
        XCTAssertEqual(try entry("PP1").wordsChanged, 3)
        for e in report.entries where e.changes.contains(.reworded) {
            // (A footnote marker is no word either.)
            let changedWords = e.edits.filter { $0.op != .equal }.contains {
                $0.text.contains { $0.isLetter || ($0.isNumber && !"⁰¹²³⁴⁵⁶⁷⁸⁹".contains($0)) }
            }
            XCTAssertEqual(e.wordsChanged > 0, changedWords, "\(e.new?.label.description ?? "")")
        }
    }

    /// Yearly updates in French and Spanish are technical as in English: an ordinal of
    /// several words ("soixante et onzième" → "soixante-douzième"), a number with its
    /// ordinal indicator ("55ª sesión"); a word that is no number is not.
    func testYearlyUpdatesInFrenchAndSpanish() {
        func technical(_ a: String, _ b: String) -> Bool { TechnicalChange.isTechnical(WordDiff(old: a, new: b)) }
        XCTAssertTrue(technical("à sa soixante et onzième session", "à sa soixante-douzième session"))
        XCTAssertTrue(technical("55ª sesión, 26 de marzo de 2015", "42ª sesión, 30 de junio de 2016"))
        XCTAssertTrue(technical("en su 28º período de sesiones", "en su 32º período de sesiones"))
        XCTAssertFalse(technical("à sa soixante et onzième session", "à sa prochaine session"))
        XCTAssertFalse(technical("en su 28º período de sesiones", "en su próximo período de sesiones"))
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
