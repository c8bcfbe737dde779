import XCTest

import TestSupport

@testable import ResolutionCompare
@testable import ResolutionModel
@testable import ResolutionReader

/// Never lose a word: every word of every corpus text, and of every layout variant the
/// tests generate from it, must be found in a place of the model (see `WordLedger`).
/// A reader change that drops a header line, a footnote, the adoption block or a line
/// it took for furniture without keeping it fails here, whichever text it happens on.
final class WordConservationTests: XCTestCase {
    func variants(_ name: String) throws -> [(String, String)] {
        let text = try Corpus.text(name)
        var out = [("as found", text), ("CRLF", text.replacingOccurrences(of: "\n", with: "\r\n"))]
        for width in [60, 75, 90] {
            for blank in [false, true] {
                out.append(("wrapped at \(width)\(blank ? ", blank lines" : "")", Corpus.rewrapped(text, width: width, blankAfterEveryLine: blank)))
            }
        }
        out.append(("page breaks", Corpus.withPageBreaks(text, of: try Corpus.parse(name)).text))
        out.append(("line breaks removed", Corpus.lineBreaksRemoved(text)))
        return out
    }

    func testEveryWordOfEveryCorpusTextHasAPlace() throws {
        for name in Corpus.names {
            for (label, text) in try variants(name) {
                let document = try ResolutionParser.parse(text: text, name: "Corpus/\(name).txt")
                let missing = WordLedger.missing(text, document)
                XCTAssertEqual(missing, [:], "\(name) \(label): words with no place in the model")
            }
        }
    }

    /// The ledger itself must see a lost word: drop a paragraph's last word from the
    /// model and it is reported.
    func testTheLedgerSeesALostWord() throws {
        let text = try Corpus.text("A-HRC-RES-32-6")
        var document = try Corpus.parse("A-HRC-RES-32-6")
        XCTAssertEqual(WordLedger.missing(text, document), [:])
        document.paragraphs[0].text = String(document.paragraphs[0].text.split(separator: " ").dropLast().joined(separator: " "))
        XCTAssertEqual(WordLedger.missing(text, document).values.reduce(0, +), 1)
        document.setAside.removeAll()
        XCTAssertFalse(WordLedger.missing(text, document).isEmpty, "the furniture's words are missing too")
    }

    /// UTF-8 with a few bytes that are not is refused, naming the first such byte;
    /// read as Windows-1252 it would turn every curly quote into a change.
    func testMixedEncodingsAreRefusedNotMisread() throws {
        var bytes = Array(try Corpus.text("A-HRC-RES-32-6").utf8)
        let at = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "R")))
        bytes.insert(0x93, at: at)
        XCTAssertThrowsError(try SourceText.decode(bytes, name: "mixed.txt")) { error in
            let message = (error as? InputError)?.description ?? ""
            XCTAssertTrue(message.contains("byte \(at + 1) is not"), message)
        }
        // A text that is Windows-1252 through and through is still read as such.
        XCTAssertEqual(
            try SourceText.decode(Corpus.windows1252(try Corpus.text("A-HRC-RES-32-6")), name: "w.txt").format,
            .text(.windows1252))
    }

    /// A number or symbol that a hard wrap left alone on its line, between two lines of
    /// text, is text: changing it is a change (it was once set aside as a page number).
    func testLoneNumbersBetweenLinesOfTextAreText() throws {
        func text(_ n: String) -> String {
            "The General Assembly,\nRecalling its resolution\nA/RES/70/1\nof 25 September 2015,\n"
                + "1. Decides, in accordance with paragraph\n\(n)\nof resolution 60/251, to stay.\n"
        }
        let a = try ResolutionParser.parse(text: text("12"), name: "a.txt")
        let b = try ResolutionParser.parse(text: text("13"), name: "b.txt")
        XCTAssertTrue(a.paragraphs[1].text.contains("paragraph 12 of"), a.paragraphs[1].text)
        XCTAssertTrue(a.paragraphs[0].text.contains("A/RES/70/1"), a.paragraphs[0].text)
        XCTAssertTrue(Comparison.compare(a, b).hasChanges)
    }
}
