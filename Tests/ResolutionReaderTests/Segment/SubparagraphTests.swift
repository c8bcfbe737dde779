import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionReader

/// Sub-paragraphs, generated from corpus text: OP13 of 28/2 rewritten as a list.
final class SubparagraphTests: XCTestCase {
    let draft = """
        The Human Rights Council,

        Recalling its resolution 28/2 of 26 March 2015,

        Noting with concern:

        (a) the first matter,

        (b) the second matter,

        1. Reaffirms its commitment;

        2. Also emphasizes the role of international cooperation:

        (a) In support of national efforts;

        (b) In raising the capacities of States through:

        (i) The enhancement of their cooperation with human rights mechanisms;

        (ii) The provision of technical assistance, upon the request of and in accordance with the priorities set by the States concerned; and

        (c) In the light of paragraph 5
        (d) of resolution 60/251, as referred to above;

        (h) Eighth item;

        (i) Ninth item, a letter, not a roman one;

        3. Decides to continue its consideration of the matter.
        """

    func testSubparagraphsAreChildrenWithTheirOwnLabels() throws {
        let doc = try ResolutionParser.parse(text: draft)
        XCTAssertEqual(doc.paragraphs.map(\.label.description), ["PP1", "PP2", "OP1", "OP2", "OP3"])
        XCTAssertEqual(doc.paragraph(labelled: "PP2")?.children.map(\.label.description), ["PP2(a)", "PP2(b)"])
        let op2 = try XCTUnwrap(doc.paragraph(labelled: "OP2"))
        XCTAssertEqual(op2.text, "Also emphasizes the role of international cooperation:")
        XCTAssertEqual(op2.children.map(\.label.description), ["OP2(a)", "OP2(b)", "OP2(c)", "OP2(h)", "OP2(i)"])
        XCTAssertEqual(op2.children[1].children.map(\.label.description), ["OP2(b)(i)", "OP2(b)(ii)"])
        XCTAssertEqual(op2.children[1].children[0].level, 2)
        // "(d)" inside an unfinished sentence is a reference, not a new item.
        XCTAssertEqual(
            op2.children[2].text, "In the light of paragraph 5 (d) of resolution 60/251, as referred to above;")
        XCTAssertEqual(doc.allParagraphs.count, 5 + 2 + 5 + 2)
    }

    func testBisParagraphsAndRepeatedNumbersKeepDistinctLabels() throws {
        let text = """
            The General Assembly,

            Recalling its resolutions,

            1. Decides one;

            1 bis. Decides one again;

            2. Decides two;

            2. Decides two again.
            """
        let doc = try ResolutionParser.parse(text: text)
        XCTAssertEqual(doc.paragraphs.map(\.label.description), ["PP1", "OP1", "OP1bis", "OP2", "OP2#2"])
        XCTAssertEqual(doc.paragraphs.map(\.number), [nil, "1", "1bis", "2", "2"])
    }
}
