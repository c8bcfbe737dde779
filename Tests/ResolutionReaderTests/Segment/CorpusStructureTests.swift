import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionReader

/// The corpus texts parse into the paragraphs a person counts in them.
final class CorpusStructureTests: XCTestCase {
    /// (preambular, operative or numbered, footnotes), counted by hand from the texts.
    let expected: [String: (pp: Int, op: Int, footnotes: Int)] = [
        "A-HRC-RES-28-2": (17, 27, 3),
        "A-HRC-RES-32-6": (21, 27, 4),
        "A-RES-65-218": (9, 12, 4),
        "A-RES-75-180": (15, 17, 5),
    ]

    func testResolutionCounts() throws {
        for (name, counts) in expected {
            let doc = try Corpus.parse(name)
            XCTAssertEqual(doc.kind, .resolution, name)
            XCTAssertEqual(doc.paragraphs(of: .preambular).count, counts.pp, "\(name) preambular")
            XCTAssertEqual(doc.paragraphs(of: .operative).count, counts.op, "\(name) operative")
            XCTAssertEqual(doc.footnotes.count, counts.footnotes, "\(name) footnotes")
            XCTAssertEqual(doc.paragraphs(of: .preambular).map(\.label.description), (1...counts.pp).map { "PP\($0)" })
            XCTAssertEqual(doc.paragraphs(of: .operative).map(\.label.description), (1...counts.op).map { "OP\($0)" })
        }
    }

    func testReportHasThirtyEightParagraphsUnderChaptersIToV() throws {
        let doc = try Corpus.parse("A-HRC-31-81")
        XCTAssertEqual(doc.kind, .report)
        let numbered = doc.paragraphs(of: .numbered)
        XCTAssertEqual(numbered.map(\.label.description), (1...38).map { "P\($0)" })
        XCTAssertEqual(doc.footnotes.count, 3)
        let chapters = doc.headings.filter { $0.level == 1 }.map { String($0.text.prefix(while: { $0 != "." })) }
        XCTAssertEqual(chapters, ["I", "II", "III", "IV", "V"])
        for p in numbered {
            let chapter = try XCTUnwrap(p.section.first, "\(p.label)")
            XCTAssertTrue(
                ["I.", "II.", "III.", "IV.", "V."].contains { chapter.hasPrefix($0 + " ") },
                "\(p.label) under \(chapter)")
        }
        XCTAssertEqual(
            doc.paragraph(labelled: "P13")?.section,
            [
                "IV. Summary of the high-level panel discussion on human rights mainstreaming with the theme of “Enhancement of international cooperation in the field of human rights”",
                "A. Opening remarks",
            ])
        XCTAssertEqual(doc.paragraph(labelled: "P11")?.section.last, "Russian Federation")
        XCTAssertEqual(
            doc.paragraph(labelled: "P29")?.section.last,
            "3. Enhancement of international cooperation in the field of the universal periodic review and capacity-building"
        )
    }

    func testNoPageFurnitureInAnyParagraph() throws {
        let furniture = [
            "GE.1", "(E)", "Please recycle", "recycling symbol", "* 1 ", "<sup>", "**", "](#)", "\\(", "\t",
        ]
        for name in Corpus.names {
            for p in try Corpus.parse(name).allParagraphs {
                for mark in furniture {
                    XCTAssertFalse(p.text.contains(mark), "\(name) \(p.label) contains \(mark): \(p.text)")
                }
                XCTAssertFalse(p.text.hasPrefix("- "), "\(name) \(p.label) keeps a list bullet")
            }
        }
    }

    /// A paragraph ends where the real one does: with its kind's closing punctuation,
    /// never with a footnote's or the adoption block's text.
    func testEveryParagraphEndsWhereTheRealParagraphEnds() throws {
        for name in Corpus.names {
            let doc = try Corpus.parse(name)
            for p in doc.allParagraphs {
                XCTAssertTrue(
                    LineShapes.isFinished(p.text, kind: p.kind, level: p.level),
                    "\(name) \(p.label) ends: …\(p.text.suffix(40))")
                for footnote in doc.footnotes where footnote.text.count > 12 {
                    XCTAssertFalse(
                        p.text.contains(footnote.text), "\(name) \(p.label) contains footnote \(footnote.number)")
                }
            }
            let last = try XCTUnwrap(doc.paragraphs.last)
            XCTAssertTrue(last.text.hasSuffix("."), "\(name) last paragraph \(last.label) ends with a full stop")
        }
    }

    /// The paragraphs the issue names as cut by a page break come out whole.
    func testParagraphsCutByPageBreaksAreJoined() throws {
        let cuts: [(String, String, String)] = [
            ("A-HRC-RES-28-2", "OP13", "inter alia, the enhancement of their cooperation"),
            ("A-HRC-RES-28-2", "OP24", "for the enhancement of international cooperation and dialogue"),
            ("A-HRC-RES-32-6", "PP6", "strengthening the capacity of Member States to comply"),
            ("A-HRC-RES-32-6", "OP10", "capacity-building to support efforts"),
            ("A-HRC-RES-32-6", "OP21", "consecutive and compounded global crises"),
            ("A-RES-65-218", "OP8", "with human rights mechanisms, including"),
            ("A-RES-75-180", "PP4", "from 20 to 24 April 2009"),
            ("A-RES-75-180", "OP14", "mutual cooperation, understanding and dialogue"),
            ("A-HRC-31-81", "P5", "(see A/HRC/19/74, para. 19)"),
        ]
        for (name, label, words) in cuts {
            let p = try XCTUnwrap(try Corpus.parse(name).paragraph(labelled: ParagraphLabel(label)!), "\(name) \(label)")
            XCTAssertTrue(p.text.contains(words), "\(name) \(label): \(p.text)")
        }
    }

    func testFootnotesAreTiedToTheParagraphsThatCiteThem() throws {
        let doc = try Corpus.parse("A-HRC-RES-28-2")
        XCTAssertEqual(doc.footnotes.map(\.text), ["A/HRC/24/56.", "A/HRC/19/50.", "A/HRC/26/41."])
        XCTAssertEqual(doc.footnotes.map { $0.citedBy.map(\.description) }, [["OP14"], ["OP15"], ["OP25"]])
        let op15 = try XCTUnwrap(doc.paragraph(labelled: "OP15"))
        XCTAssertTrue(op15.text.contains("Assistance,² in particular"))
        XCTAssertTrue(op15.comparableText.contains("Assistance, in particular"))
        XCTAssertEqual(op15.footnotes, [2])

        let ga = try Corpus.parse("A-RES-65-218")
        XCTAssertEqual(ga.footnotes.map { $0.citedBy.map(\.description) }, [["PP1"], ["PP2"], ["PP2"], ["PP9"]])
        XCTAssertEqual(
            ga.footnotes[2].text,
            "See Official Records of the General Assembly, Sixty-fifth Session, Supplement No. 53 and corrigendum (A/65/53 and Corr.1), chap. II, sect. A."
        )
        let report = try Corpus.parse("A-HRC-31-81")
        XCTAssertEqual(report.footnotes.map { $0.citedBy.map(\.description) }, [["P1"], ["P2"], ["P3"]])
    }

    func testMarkdownArtefactsAreRemoved() throws {
        let doc = try Corpus.parse("A-RES-75-180")
        XCTAssertTrue(
            try XCTUnwrap(doc.paragraph(labelled: "PP2")).text.hasPrefix(
                "Recalling its resolution 70/1 of 25 September 2015"))
        XCTAssertEqual(doc.footnotes[0].text, "A/CONF.157/24 (Part I), chap. III.")
        XCTAssertTrue(try XCTUnwrap(doc.paragraph(labelled: "OP1")).text.hasPrefix("Reaffirms that"))
        let report = try Corpus.parse("A-HRC-31-81")
        XCTAssertTrue(try XCTUnwrap(report.paragraph(labelled: "P36")).text.hasPrefix("The potential to achieve"))
        XCTAssertEqual(report.metadata.notes, ["* Reissued for technical reasons on 2 March 2016."])
    }
}
