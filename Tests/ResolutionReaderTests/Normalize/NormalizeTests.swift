import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionReader

/// The normalize stage on the artefacts that real inputs carry.
final class MarkupTests: XCTestCase {
    func testEmphasisLinksEscapesAndSuperscripts() {
        XCTAssertEqual(Markup.strip("1. *Reaffirms* that").text, "1. Reaffirms that")
        XCTAssertEqual(Markup.strip("**bold** and *italic*").text, "bold and italic")
        XCTAssertEqual(Markup.strip("its resolution [70/1](#) of 25").text, "its resolution 70/1 of 25")
        XCTAssertEqual(
            Markup.strip("¹ [A/CONF.157/24 \\(Part I\\)](#), chap. III.").text, "¹ A/CONF.157/24 (Part I), chap. III.")
        XCTAssertEqual(Markup.strip("consultation.<sup>1</sup>").text, "consultation.¹")
        XCTAssertEqual(Markup.strip("\\* Reissued").text, "* Reissued")
        XCTAssertEqual(Markup.strip("A\\_B").text, "A_B")
    }

    func testHeadingsBulletsAndRules() {
        let heading = Markup.strip("## **I. Introduction**")
        XCTAssertEqual(heading.text, "I. Introduction")
        XCTAssertEqual(heading.headingLevel, 2)
        XCTAssertTrue(heading.opensBold && heading.closesBold && !heading.unbalancedBold)
        XCTAssertEqual(Markup.strip("- 1. Reaffirms").text, "1. Reaffirms")
        XCTAssertEqual(Markup.strip(" - 18. *Urges* States").text, "18. Urges States")
        XCTAssertTrue(Markup.strip("---").isRule)
        XCTAssertFalse(Markup.strip("* 1 5 0 6 8 8 4 *").isRule)
        XCTAssertEqual(Markup.strip("* 1 5 0 6 8 8 4 *").text, "* 1 5 0 6 8 8 4 *")
        let wrappedBold = Markup.strip("**Annual report of the United Nations High Commissioner  ")
        XCTAssertTrue(wrappedBold.opensBold && wrappedBold.unbalancedBold)
        XCTAssertEqual(Markup.strip("#1 is not a heading").headingLevel, 0)
    }
}

final class PageFurnitureTests: XCTestCase {
    func testShapes() {
        XCTAssertEqual(PageFurniture.classify("GE.15-06884 (E)"), .jobNumber)
        XCTAssertEqual(PageFurniture.classify("GE.16-12199(E)"), .jobNumber)
        XCTAssertEqual(PageFurniture.classify("10-52648 (E) 020411"), .jobNumber)
        XCTAssertEqual(PageFurniture.classify("* 1 5 0 6 8 8 4 *"), .barcode)
        XCTAssertEqual(PageFurniture.classify("*1506884*"), .barcode)
        XCTAssertEqual(PageFurniture.classify("Please recycle The recycling symbol"), .recycleNotice)
        XCTAssertEqual(PageFurniture.classify("A/HRC/RES/32/6"), .runningHead)
        XCTAssertEqual(PageFurniture.classify("2 A/RES/75/180"), .runningHead)
        XCTAssertEqual(PageFurniture.classify("A/HRC/31/81 3/19"), .runningHead)
        XCTAssertEqual(PageFurniture.classify("3/19"), .pageNumber)
        XCTAssertEqual(PageFurniture.classify("- 4 -"), .pageNumber)
    }

    func testTextIsNotFurniture() {
        for text in [
            "A/HRC/23/20.", "A/HRC/19/74, para. 19). The universal", "2015-2016", "24 April 2009, and the political",
            "28/2. Enhancement of international cooperation", "1234", "Agenda item 3",
        ] {
            XCTAssertNil(PageFurniture.classify(text), text)
        }
    }
}

final class BrokenWordsTests: XCTestCase {
    func testTornWordsAreMendedFromTheDocumentsOwnWords() {
        // Built, as in use, from all the document's lines, torn ones included.
        let mender = BrokenWords(lines: [
            "a high-level meeting of the Council", "on 30 June 2016", "42nd\tme\teting", "30 Ju\tne\t2016",
        ])
        XCTAssertEqual(mender.mend("42nd\tme\teting"), "42nd meeting")
        XCTAssertEqual(mender.mend("30 Ju\tne\t2016"), "30 June 2016")
        XCTAssertEqual(mender.mend("human\trights"), "human rights")
    }

    func testTheCorpusAdoptionBlockIsRead() throws {
        let doc = try Corpus.parse("A-HRC-RES-32-6")
        XCTAssertEqual(doc.metadata.meeting, "42nd meeting")
        XCTAssertEqual(doc.metadata.adoptionDate, "2016-06-30")
    }
}

final class TypographyTests: XCTestCase {
    func testComparableFormFoldsTypography() {
        XCTAssertEqual(Typography.comparable("“Transforming our world”"), "\"Transforming our world\"")
        XCTAssertEqual(Typography.comparable("women’s rights"), "women's rights")
        XCTAssertEqual(Typography.comparable("paras. 35–37"), "paras. 35-37")
        XCTAssertEqual(Typography.comparable("25\u{00A0}June  1993"), "25 June 1993")
        XCTAssertEqual(Typography.comparable("co\u{00AD}operation"), "cooperation")
        XCTAssertEqual(Typography.comparable("session;¹"), "session;")
        XCTAssertEqual(Typography.comparable("Assistance,² in"), "Assistance, in")
        XCTAssertEqual(Typography.comparable("  trimmed  "), "trimmed")
    }
}

final class SourceTextTests: XCTestCase {
    func testBadInputGetsAClearError() {
        func problem(_ bytes: [UInt8]) -> InputError.Problem? {
            do {
                _ = try SourceText.decode(bytes, name: "f.txt")
                return nil
            } catch {
                return error.problem
            }
        }
        XCTAssertEqual(problem([]), .empty)
        XCTAssertEqual(problem(Array(" \n\n \t\n".utf8)), .empty)
        XCTAssertEqual(
            problem([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), .refused("too short to be a zip package"))
        XCTAssertEqual(problem([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), .binary)
        XCTAssertEqual(problem([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), .binary)
        XCTAssertNil(problem(Array("The General Assembly,".utf8)))
    }

    func testInvalidUTF8FallsBackToWindows1252() throws {
        let source = try SourceText.decode([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xE9], name: "f.txt")
        XCTAssertEqual(source.format, .text(.windows1252))
        XCTAssertEqual(source.text, "“A” – é")
    }

    func testFilesThatAreNotThere() {
        XCTAssertThrowsError(try SourceText.read(path: "/nonexistent/file.txt")) { error in
            XCTAssertEqual((error as? InputError)?.problem, .missing)
        }
        XCTAssertThrowsError(try SourceText.read(path: Corpus.root.path)) { error in
            XCTAssertEqual((error as? InputError)?.problem, .isDirectory)
        }
    }

    func testTextThatIsNotAResolution() {
        XCTAssertThrowsError(try ResolutionParser.parse(text: "Dear colleagues,\nplease find attached the draft.\n")) {
            error in
            guard case .notADocument = (error as? InputError)?.problem else { return XCTFail("\(error)") }
        }
    }
}
