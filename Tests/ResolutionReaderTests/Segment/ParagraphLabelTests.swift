import XCTest

import TestSupport

@testable import ResolutionLanguage
@testable import ResolutionModel
@testable import ResolutionReader

/// Labels are built by the segmenter, printed once and parsed once: every label of every
/// corpus text must read back as itself, and what people type must read as they mean it.
final class ParagraphLabelTests: XCTestCase {
    func testEveryCorpusLabelRoundTrips() throws {
        for name in Corpus.names {
            for p in try Corpus.parse(name).allParagraphs {
                XCTAssertEqual(ParagraphLabel(p.label.description), p.label, "\(name) \(p.label)")
            }
        }
    }

    func testWhatPeopleType() {
        XCTAssertEqual(ParagraphLabel("op 5 bis")?.description, "OP5bis")
        XCTAssertEqual(ParagraphLabel("OP13 (a) (ii)")?.path, ["a", "ii"])
        XCTAssertEqual(ParagraphLabel("PP3")?.part, .preambular)
        XCTAssertEqual(ParagraphLabel("OP5#2")?.occurrence, 2)
        XCTAssertEqual(ParagraphLabel("OP13(a)")?.parent?.description, "OP13")
        XCTAssertEqual(ParagraphLabel("OP5bis")?.printedNumber, "5 bis")
        for bad in ["", "-", "XP3", "OP", "OP5(", "OP5()", "OP99999999999999999999", "OP5#0", "OP5 x"] {
            XCTAssertNil(ParagraphLabel(bad), bad)
        }
    }

    /// One letter sequence for Word numbering, the numbering check and amendments: after
    /// (z) comes (aa), as the UN and Word both write it.
    func testSubparagraphLettersPastZ() {
        XCTAssertEqual((1...3).map(LineShapes.subparagraphLetter), ["a", "b", "c"])
        XCTAssertEqual(LineShapes.subparagraphLetter(26), "z")
        XCTAssertEqual(LineShapes.subparagraphLetter(27), "aa")
        XCTAssertEqual(LineShapes.subparagraphLetter(53), "aaa")
        XCTAssertEqual(LineShapes.subparagraphLetter(Int.max).count, LineShapes.maximumLetterRepeat)
    }
}
