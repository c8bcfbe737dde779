import ResolutionDiff
import TestSupport
import XCTest

/// Two language versions of one text: the real English and French of A/RES/55/100
/// (Corpus/README.md) agree in every number, symbol, date and count; one symbol or
/// number changed in the French is reported, and only that.
final class ConcordanceTests: XCTestCase {
    func read(_ code: String, _ edit: (String) -> String = { $0 }) throws -> Document {
        try Resdiff.read(text: edit(try Corpus.text("A-RES-55-100.excerpt.\(code)")), name: "55-100.\(code).txt")
    }

    func testTheOfficialFrenchAgreesWithTheEnglish() throws {
        for code in ["fr", "es", "ru"] {
            let c = Resdiff.concord(try read("en"), try read(code))
            XCTAssertEqual(c.paired, 8, code)
            XCTAssertEqual(c.disagreements, [], code)
        }
    }

    /// Arabic dates ("17 كانون الأول/ديسمبر 1999") and sessions ("(د - 3)" for "(III)")
    /// agree with the English; what is left are the Arabic excerpt's own bracketed
    /// footnote references "([1])", which the other versions run into the text.
    func testTheArabicAgreesButForItsFootnoteBrackets() throws {
        let c = Resdiff.concord(try read("en"), try read("ar"))
        XCTAssertEqual(c.disagreements.filter { $0.kind == .date }, [])
        XCTAssertEqual(c.disagreements.flatMap(\.second).filter { $0 != "1" }, [])
        XCTAssertEqual(c.disagreements.flatMap(\.first), [])
    }

    /// The full layout (the French and Spanish of 28/2 and 32/6 written here, not real):
    /// every paragraph, footnote and field pairs and agrees; "l’Article premier" is
    /// Article 1.
    func testTheWrittenFrenchAndSpanishAgreeWithTheEnglish() throws {
        for (name, code) in [("A-HRC-RES-28-2", "fr"), ("A-HRC-RES-32-6", "es")] {
            let path = Corpus.root.appendingPathComponent("Tests/Fixtures/written/\(name).\(code).txt").path
            let c = Resdiff.concord(try Corpus.parse(name), try Resdiff.read(path))
            XCTAssertEqual(c.disagreements, [], name)
            XCTAssertGreaterThan(c.paired, 45, name)
        }
    }

    func testOneChangedSymbolOrNumberIsReportedAlone() throws {
        let english = try read("en")
        let symbol = Resdiff.concord(english, try read("fr") { $0.replacingOccurrences(of: "54/169", with: "54/196") })
        XCTAssertEqual(
            symbol.disagreements, [.init(place: "PP4", kind: .symbol, first: ["54/169"], second: ["54/196"])])
        let number = Resdiff.concord(
            english, try read("fr") { $0.replacingOccurrences(of: "l'article 12", with: "l'article 13") })
        XCTAssertEqual(number.disagreements, [.init(place: "PP2", kind: .number, first: ["12"], second: ["13"])])
        let date = Resdiff.concord(
            english, try read("fr") { $0.replacingOccurrences(of: "17 décembre 1999", with: "17 décembre 1998") })
        XCTAssertEqual(
            date.disagreements, [.init(place: "PP4", kind: .date, first: ["1999-12-17"], second: ["1998-12-17"])])
    }

    /// A paragraph with no counterpart is named, on the side that has it.
    func testAMissingParagraphIsNamed() throws {
        let french = try Corpus.text("A-RES-55-100.excerpt.fr")
        let lines = french.split(separator: "\n", omittingEmptySubsequences: false)
        let shorter = lines.filter { !$0.hasPrefix("4. ") }.joined(separator: "\n")
        let c = Resdiff.concord(try read("en"), try Resdiff.read(text: shorter, name: "fr.txt"))
        XCTAssertEqual(c.disagreements, [.init(place: "OP4", kind: .missing, first: ["OP4"], second: [])])
    }

    /// Every piece of text in the HTML output is escaped, and the output is the same
    /// bytes each time.
    func testHTMLIsEscapedAndDeterministic() throws {
        let hostile = try read("fr") { $0.replacingOccurrences(of: "54/169", with: "54/169<script>") }
        let c = Resdiff.concord(try read("en"), hostile)
        let html = Formats.concordance.first { $0.name == "html" }!.render(c, options: RenderOptions())
        XCTAssertFalse(String(decoding: html.bytes, as: UTF8.self).contains("<script>"))
        XCTAssertEqual(html, Formats.concordance.first { $0.name == "html" }!.render(c, options: RenderOptions()))
    }
}
