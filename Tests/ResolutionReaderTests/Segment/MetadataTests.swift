import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionReader

/// Header and adoption-block fields, read from the corpus texts.
final class MetadataTests: XCTestCase {
    func testCouncilResolutionWithoutPrintedSymbol() throws {
        let m = try Corpus.parse("A-HRC-RES-28-2").metadata
        XCTAssertEqual(m.symbol, "A/HRC/RES/28/2")
        XCTAssertEqual(m.symbolSource, .inferred)
        XCTAssertEqual(m.body, .humanRightsCouncil)
        XCTAssertEqual(m.session, "Twenty-eighth session")
        XCTAssertEqual(m.sessionNumber, 28)
        XCTAssertEqual(m.agendaItem, "3")
        XCTAssertEqual(
            m.agendaTitle,
            "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development"
        )
        XCTAssertEqual(m.resolutionNumber, "28/2")
        XCTAssertEqual(m.title, "Enhancement of international cooperation in the field of human rights")
        XCTAssertEqual(m.distributionDate, "2015-04-01")
        XCTAssertEqual(m.adoptionDate, "2015-03-26")
        XCTAssertEqual(m.meeting, "55th meeting")
        XCTAssertEqual(m.vote, "Adopted without a vote")
        XCTAssertEqual(m.originalLanguage, "English")
    }

    func testMergedHeaderFieldsAndTornAdoptionBlock() throws {
        let m = try Corpus.parse("A-HRC-RES-32-6").metadata
        XCTAssertEqual(m.symbol, "A/HRC/RES/32/6")
        XCTAssertEqual(m.symbolSource, .text)
        XCTAssertEqual(m.sessionNumber, 32)
        XCTAssertEqual(m.agendaItem, "3")
        XCTAssertEqual(m.distributionDate, "2016-07-15")
        XCTAssertEqual(m.adoptionDate, "2016-06-30")
        XCTAssertEqual(m.meeting, "42nd meeting")
        XCTAssertEqual(m.vote, "Adopted without a vote")
    }

    func testGeneralAssemblyResolutions() throws {
        let old = try Corpus.parse("A-RES-65-218")
        XCTAssertEqual(old.metadata.symbol, "A/RES/65/218")
        XCTAssertEqual(old.metadata.symbolSource, .inferred)
        XCTAssertEqual(old.metadata.body, .generalAssembly)
        XCTAssertEqual(old.openingFormula, "The General Assembly,")
        XCTAssertEqual(old.metadata.agendaItem, "68 (b)")
        XCTAssertEqual(old.metadata.meeting, "71st plenary meeting")
        XCTAssertEqual(old.metadata.adoptionDate, "2010-12-21")
        XCTAssertEqual(old.metadata.notes, ["[on the report of the Third Committee (A/65/456/Add.2 (Part II))]"])
        XCTAssertNil(old.metadata.vote)

        let new = try Corpus.parse("A-RES-75-180")
        XCTAssertEqual(new.metadata.symbol, "A/RES/75/180")
        XCTAssertEqual(new.metadata.sessionNumber, 75)
        XCTAssertEqual(new.metadata.agendaItem, "72 (b)")
        XCTAssertEqual(new.metadata.distributionDate, "2020-12-28")
        XCTAssertEqual(new.metadata.adoptionDate, "2020-12-16")
        XCTAssertEqual(new.metadata.meeting, "46th plenary meeting")
        XCTAssertEqual(new.metadata.notes, ["[on the report of the Third Committee (A/75/478/Add.2, para. 89)]"])
    }

    func testReport() throws {
        let m = try Corpus.parse("A-HRC-31-81").metadata
        XCTAssertEqual(m.symbol, "A/HRC/31/81")
        XCTAssertEqual(m.symbolSource, .fileName)
        XCTAssertEqual(m.body, .humanRightsCouncil)
        XCTAssertEqual(m.sessionNumber, 31)
        XCTAssertEqual(m.agendaItem, "2 and 3")
        XCTAssertEqual(m.title, "Enhancement of international cooperation in the field of human rights")
        XCTAssertEqual(m.subtitle, "Report of the Office of the United Nations High Commissioner for Human Rights")
        XCTAssertEqual(m.distributionDate, "2016-01-29")
    }

    func testSymbolInferenceFollowsTheBody() {
        XCTAssertEqual(DocumentSymbol.infer(resolutionNumber: "28/2", body: .humanRightsCouncil), "A/HRC/RES/28/2")
        XCTAssertEqual(DocumentSymbol.infer(resolutionNumber: "65/218", body: .generalAssembly), "A/RES/65/218")
    }

    func testOrdinals() {
        XCTAssertEqual(Ordinals.value("Twenty-eighth"), 28)
        XCTAssertEqual(Ordinals.value("sixty-sixth"), 66)
        XCTAssertEqual(Ordinals.value("tenth"), 10)
        XCTAssertEqual(Ordinals.value("fortieth"), 40)
        XCTAssertNil(Ordinals.value("special"))
        XCTAssertNil(Ordinals.value("twenty-twelfth"))
    }

    /// A draft (an L document) prints a placeholder for its future number.
    func testDraftResolutionHeader() throws {
        let draft = try ResolutionParser.parse(
            text: """
                United Nations A/HRC/35/L.5

                Distr.: Limited
                19 June 2017

                Human Rights Council
                Thirty-fifth session
                Agenda item 3

                Bahrain,* Egypt, Pakistan: draft resolution

                35/... Enhancement of international cooperation in the field of human rights

                The Human Rights Council,

                Recalling its resolution 32/6 of 30 June 2016,

                1. Decides to continue its consideration of the matter in 2018.

                * Non-member State of the Human Rights Council.
                """)
        XCTAssertEqual(draft.metadata.symbol, "A/HRC/35/L.5")
        XCTAssertEqual(draft.metadata.symbolSource, .text)
        XCTAssertEqual(draft.metadata.title, "Enhancement of international cooperation in the field of human rights")
        XCTAssertNil(draft.metadata.resolutionNumber)
        XCTAssertEqual(draft.metadata.distributionDate, "2017-06-19")
        XCTAssertEqual(draft.metadata.notes, ["* Non-member State of the Human Rights Council."])
    }

    /// An adopted Security Council resolution's heading: written here in the official
    /// layout (no adopted Security Council resolution is in the corpus yet).
    func testSecurityCouncilHeading() throws {
        let text = """
            United Nations S/RES/2520 (2020)
            Security Council Distr.: General
            29 May 2020
            Resolution 2520 (2020)
            Adopted by the Security Council at its 8757th meeting, on 29 May 2020
            The Security Council,
            Recalling all its previous resolutions and statements of its President on the situation in Somalia,
            Acting under Chapter VII of the Charter of the United Nations,
            1. Decides to authorise the Member States of the African Union to maintain the deployment of AMISOM;
            2. Decides to remain seized of the matter.
            """
        let d = try ResolutionParser.parse(text: text, name: "written.txt")
        XCTAssertEqual(d.metadata.symbol, "S/RES/2520 (2020)")
        XCTAssertEqual(d.metadata.body, .securityCouncil)
        XCTAssertEqual(d.metadata.resolutionNumber, "2520 (2020)")
        XCTAssertEqual(d.metadata.meeting, "8757th meeting")
        XCTAssertEqual(d.metadata.adoptionDate, "2020-05-29")
        XCTAssertNil(d.metadata.title)
        XCTAssertEqual(d.paragraphs(of: .preambular).count, 2)
        XCTAssertEqual(d.paragraphs(of: .operative).count, 2)
    }
}
