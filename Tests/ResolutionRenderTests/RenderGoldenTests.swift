import Foundation
import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionRender

/// The renderers on the two real pairs, against golden files in Tests/Golden/render/
/// (RESDIFF_RECORD=1 re-records; a person reads every re-recorded file): text without
/// colour, text with colour, HTML inline and side by side.
final class RenderGoldenTests: XCTestCase {
    static let pairs = [("A-HRC-RES-28-2", "A-HRC-RES-32-6"), ("A-RES-65-218", "A-RES-75-180")]

    func outputs(_ report: ChangeReport) -> [(String, String)] {
        [
            ("txt", UnifiedText.render(report)),
            ("color.txt", UnifiedText.render(report, options: .init(color: true))),
            ("html", Self.withoutStylesheet(HTMLReport.render(report))),
            ("side-by-side.html", Self.withoutStylesheet(HTMLReport.render(report, options: .init(sideBySide: true)))),
        ]
    }

    static let stylesheetGolden = "Tests/Golden/render/style.css"

    /// The page with its stylesheet replaced by a pointer to the one golden that holds
    /// it, so a style change is read once, not once per report.
    static func withoutStylesheet(_ html: String) -> String {
        let parts = html.components(separatedBy: HTMLStyle.css)
        XCTAssertEqual(parts.count, 2, "the stylesheet appears once in every page")
        return parts.joined(separator: "/* \(stylesheetGolden) */")
    }

    func testStylesheet() throws {
        try Golden.assertMatches(HTMLStyle.css + "\n", Self.stylesheetGolden)
    }

    func testGoldenOutputs() throws {
        for (old, new) in Self.pairs {
            let report = Comparison.compare(try Corpus.parse(old), try Corpus.parse(new))
            for (suffix, rendered) in outputs(report) {
                try Golden.assertMatches(rendered, "Tests/Golden/render/\(old)_to_\(new).\(suffix)")
            }
        }
    }

    func testTextWithoutColourHasNoEscapes() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        XCTAssertFalse(UnifiedText.render(report).contains("\u{1B}"))
        let colored = UnifiedText.render(report, options: .init(color: true))
        XCTAssertTrue(colored.contains("\u{1B}[31;9m69/179\u{1B}[0m"), "deletions red and struck through")
        XCTAssertTrue(colored.contains("\u{1B}[32;4m70/153\u{1B}[0m"), "insertions green and underlined")
        XCTAssertFalse(colored.contains("[-"))
    }

    func testLinesWrapToTheWidthNeverInsideAMarker() throws {
        let report = Comparison.compare(try Corpus.parse("A-RES-65-218"), try Corpus.parse("A-RES-75-180"))
        for width in [40, 60, 80, 120] {
            let text = UnifiedText.render(report, options: .init(width: width))
            // Paragraph lines: those after the first hunk header.
            let body = text.components(separatedBy: "\n@@").dropFirst().joined(separator: "\n@@")
            for line in body.split(separator: "\n")
            where !line.hasPrefix("@@") && !line.hasPrefix(" PP") && !line.contains(" @@") {
                let longWord = line.split(separator: " ").contains { $0.count > width / 2 }
                XCTAssertTrue(line.count <= width || longWord || !line.contains(" "), "width \(width): \(line)")
                XCTAssertFalse(line.hasSuffix("[-") || line.hasSuffix("{+"), "marker opened at a line end")
                XCTAssertFalse(
                    line.trimmingCharacters(in: .whitespaces).hasPrefix("-]"), "marker closed at a line start")
            }
            // Wrapping changes only line breaks.
            let unwrapped = UnifiedText.render(report, options: .init(width: 0))
            XCTAssertEqual(
                text.replacingOccurrences(of: "\n" + UnifiedText.hangingIndent, with: " "), unwrapped, "width \(width)")
        }
    }

    func testContextAllStatAndSubstantive() throws {
        let report = Comparison.compare(try Corpus.parse("A-RES-65-218"), try Corpus.parse("A-RES-75-180"))
        let plain = UnifiedText.render(report)
        XCTAssertFalse(plain.contains("OP3 = OP3"))
        let context = UnifiedText.render(report, options: .init(presentation: .init(context: 1)))
        XCTAssertTrue(context.contains("@@ OP3 = OP3 @@"), "OP3 is next to a change (OP4 added)")
        XCTAssertFalse(context.contains("OP2 = OP2"), "OP2 is two paragraphs from any change")
        let all = UnifiedText.render(report, options: .init(presentation: .init(all: true)))
        XCTAssertTrue(all.contains("\nOP2 = OP2\n"))
        let stat = UnifiedText.render(report, options: .init(stat: true))
        XCTAssertTrue(stat.contains("OP12 → OP17  reworded (92% kept), renumbered, technical"), stat)
        XCTAssertFalse(stat.contains("{+"))
        let substantive = UnifiedText.render(report, options: .init(presentation: .init(substantive: true)))
        XCTAssertFalse(substantive.contains("@@ OP12 → OP17"), "the yearly update is hidden")
        XCTAssertTrue(substantive.contains("@@ OP11 → OP16"))
        XCTAssertTrue(substantive.contains("2 technical hidden"), "OP12 → OP17 and the adoption block")
    }

    /// Every piece of document text reaches the page as text, never as markup.
    func testHTMLEscapesDocumentText() throws {
        let hostile = """
            The General Assembly,

            Recalling <script>alert("x")</script> & the "quoted" words' </del> rule,

            1. Decides that <b>bold</b> & </ins> stay text;
            """
        let safe = """
            The General Assembly,

            Recalling the quoted words,

            1. Decides that nothing changes;
            """
        let old = try ResolutionParser.parse(text: safe, name: "a<b>.txt")
        let new = try ResolutionParser.parse(text: hostile, name: "new\"file.txt")
        for sideBySide in [false, true] {
            let page = HTMLReport.render(Comparison.compare(old, new), options: .init(sideBySide: sideBySide))
            // The report's own navigation script, once; none from the text.
            XCTAssertEqual(page.components(separatedBy: HTMLNavigation.script).count, 2)
            let html = page.replacingOccurrences(of: HTMLNavigation.script, with: "")
            XCTAssertFalse(html.contains("<script"), "no script element")
            XCTAssertFalse(html.contains("<b>"), "no markup from the text")
            XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            XCTAssertTrue(html.contains("&lt;/del&gt;") && html.contains("&lt;/ins&gt;"))
            XCTAssertTrue(html.contains("&amp;"))
            XCTAssertTrue(html.contains("a&lt;b&gt;.txt"))
            XCTAssertEqual(html.components(separatedBy: "<del>").count, html.components(separatedBy: "</del>").count)
            XCTAssertEqual(html.components(separatedBy: "<ins>").count, html.components(separatedBy: "</ins>").count)
        }
    }

    func testHTMLIsSelfContained() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        let page = HTMLReport.render(report)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        // One inline script (the navigation), and nothing fetched from anywhere.
        let html = page.replacingOccurrences(of: HTMLNavigation.script, with: "")
        XCTAssertNotEqual(html, page)
        for external in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
            XCTAssertFalse(html.contains(external), external)
        }
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("<h1>") && html.contains("<h2 id=\"legend\">Legend</h2>"))
        // Every link in the summary points at a paragraph on the page.
        let targets = html.components(separatedBy: "href=\"#").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertFalse(targets.isEmpty)
        for target in targets { XCTAssertTrue(html.contains("id=\"\(target)\""), String(target)) }
    }
}
