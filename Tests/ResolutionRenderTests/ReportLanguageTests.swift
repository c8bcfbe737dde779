import Foundation
import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionRender

/// Reports in the texts' language: a French pair gives a French report, a Spanish pair a
/// Spanish one, in text, HTML and the Word redline's summary; no English word of the
/// report's own is left around them. (English reports keep their bytes: the golden
/// files hold them.) The pairs are the French and Spanish 28/2 and 32/6 written here
/// (Tests/Fixtures/written, not real texts).
final class ReportLanguageTests: XCTestCase {
    func report(_ code: String) throws -> ChangeReport {
        func read(_ name: String) throws -> Document {
            try Resdiff.read(Corpus.root.appendingPathComponent("Tests/Fixtures/written/\(name).\(code).txt").path)
        }
        return try Resdiff.compare(try read("A-HRC-RES-28-2"), try read("A-HRC-RES-32-6"))
    }

    /// Words of the English report's own that must not stand in another language's.
    static let englishWords = [
        "Summary", "Legend", "Changes from", "added", "removed", "reworded", "renumbered", "technical", "Old", "New",
        "Paragraph", "kept", "adopted", "Unchanged", "Where", "Previous change", "REWORDED", "NEW", "REMOVED",
        "WORDS CHANGED", "Metadata", "Field", "File", "Human Rights Council", "General Assembly",
    ]

    func testFrenchAndSpanishReportsSpeakTheirLanguage() throws {
        let expected: [(String, summary: String, html: [String], hunk: String)] = [
            (
                "fr", "ajouts\u{A0}: 6, suppressions\u{A0}: 2, modifications\u{A0}: 10 (techniques\u{A0}: 2)",
                [
                    "<html lang=\"fr\">", "<h2 id=\"summary\">Résumé</h2>", "NOUVEAU", "MOTS CHANGÉS", "Légende",
                    "1er avril 2015",
                ],
                "modification (98\u{A0}% du texte conservé)"
            ),
            (
                "es", "adiciones: 6, supresiones: 2, modificaciones: 10 (técnicas: 2)",
                [
                    "<html lang=\"es\">", "<h2 id=\"summary\">Resumen</h2>", "NUEVO", "PALABRAS CAMBIADAS", "Leyenda",
                    "1 de abril de 2015",
                ],
                "modificación (98\u{A0}% del texto conservado)"
            ),
        ]
        for (code, summary, htmlWords, hunk) in expected {
            let r = try report(code)
            let text = UnifiedText.render(r)
            XCTAssertTrue(
                text.split(separator: "\n")[2].hasPrefix(summary), "\(code): \(text.split(separator: "\n")[2])")
            XCTAssertTrue(text.contains(hunk), code)
            let html = HTMLReport.render(r)
            for word in htmlWords { XCTAssertTrue(html.contains(word), "\(code): \(word)") }
            // What a reader sees: no style, script, tags or attributes.
            let visible = Self.visibleText(html)
            let header = text.split(separator: "\n").prefix(9).joined(separator: "\n")
            for word in Self.englishWords {
                XCTAssertNil(
                    visible.range(of: "\\b\(word)\\b", options: .regularExpression), "\(code) HTML says “\(word)”")
                XCTAssertNil(
                    header.range(of: "\\b\(word)\\b", options: .regularExpression), "\(code) text says “\(word)”")
            }
            let table = SummaryTable(r)
            XCTAssertTrue(table.title.hasPrefix(code == "fr" ? "Modifications de" : "Cambios de"), table.title)
            for (name, _) in table.rows {
                XCTAssertFalse(
                    Self.englishWords.contains { name.range(of: "\\b\($0)\\b", options: .regularExpression) != nil },
                    name)
            }
        }
    }

    static func visibleText(_ html: String) -> String {
        var s = html
        for pattern in ["<style>[\\s\\S]*?</style>", "<script>[\\s\\S]*?</script>", "<[^>]*>"] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return s
    }
}
