import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionAmend
@testable import ResolutionLanguage
@testable import ResolutionReader

/// Amendments: written from a comparison, read back, applied; and written by hand.
final class AmendmentTests: XCTestCase {
    /// Writes the amendments OLD → NEW as text, reads them back, applies them to OLD and
    /// returns the amended document with the instructions.
    func roundTrip(_ oldSource: SourceText, _ new: Document) throws -> (Document, [AmendmentInstruction]) {
        let old = try ResolutionParser.parse(oldSource)
        let instructions = AmendmentWriter.instructions(Comparison.compare(old, new))
        let text = AmendmentText.render(instructions, base: "OLD", target: "NEW")
        let parsed = try AmendmentText.parse(text)
        XCTAssertEqual(parsed, instructions, "the text reads back as the same instructions")
        let result = try AmendmentApplier.apply(parsed, to: old, source: oldSource)
        return (try ResolutionParser.parse(SourceText(name: "amended", text: result.text)), instructions)
    }

    func assertSameParagraphs(_ a: Document, _ b: Document, _ context: String, line: UInt = #line) {
        XCTAssertEqual(a.allParagraphs.map(\.kind), b.allParagraphs.map(\.kind), context, line: line)
        XCTAssertEqual(
            a.allParagraphs.map(\.comparableText), b.allParagraphs.map(\.comparableText), context, line: line)
        XCTAssertEqual(
            a.allParagraphs.map(\.label.description), b.allParagraphs.map(\.label.description), context, line: line)
    }

    func testRoundTripOnTheCorpusPairs() throws {
        for (old, new) in [
            ("A-HRC-RES-28-2", "A-HRC-RES-32-6"), ("A-RES-65-218", "A-RES-75-180"), ("A-RES-75-180", "A-RES-65-218"),
        ] {
            let source = SourceText(name: old, text: try Corpus.text(old))
            let target = try Corpus.parse(new)
            let (amended, instructions) = try roundTrip(source, target)
            assertSameParagraphs(amended, target, "\(old) → \(new)")
            assertEquivalent(amended, target, "\(old) → \(new)")
            XCTAssertFalse(instructions.isEmpty)
        }
    }

    /// Everything the amendments can express is as in the target: paragraphs, footnotes
    /// and their citations (the header and the adoption block are no amendment's business).
    func assertEquivalent(_ amended: Document, _ target: Document, _ context: String, line: UInt = #line) {
        let report = Comparison.compare(amended, target)
        let left = report.entries.filter {
            !$0.isUnchanged && ![.header, .adoption, .note].contains(($0.new ?? $0.old)!.kind)
        }
        XCTAssertEqual(
            left.map { "\($0.old?.label.description ?? "-")→\($0.new?.label.description ?? "-") \($0.changes)" }, [],
            context, line: line)
    }

    /// Footnotes edited, removed and added in 32/6: each written as an instruction, read
    /// back and applied, giving the draft's footnotes and citations, with every line of
    /// the paragraphs it does not touch as it was (emphasis and all).
    func testFootnoteAmendmentsRoundTrip() throws {
        let text = try Corpus.text("A-HRC-RES-32-6")
        func shifted(_ t: String, by delta: Int, from first: Int) -> String {
            var t = t
            let order = delta > 0 ? Array((first...4).reversed()) : Array(first...4)
            for n in order {
                t = t.replacingOccurrences(of: Typography.superscript(n), with: Typography.superscript(n + delta))
            }
            return t
        }
        let edited = text.replacingOccurrences(of: "A/HRC/19/50.", with: "A/HRC/99/99.")
        let removed = shifted(
            text.replacingOccurrences(of: "² A/HRC/19/50.\n", with: "").replacingOccurrences(of: "²", with: ""),
            by: -1, from: 3)
        let anchor = "Racial Discrimination, Xenophobia and Related Intolerance"
        XCTAssertEqual(text.components(separatedBy: anchor).count, 2)
        let added =
            shifted(text, by: 1, from: 1).replacingOccurrences(of: anchor, with: anchor + "¹")
            + "\n¹ See A/CONF.189/12 and Corr.1, chap. I.\n"
        let cases: [(String, String, (AmendmentInstruction) -> Bool)] = [
            ("edited", edited, { $0.reference.part == .footnote }),
            ("removed", removed, { if case .deleteParagraph(let r) = $0 { r.words == "footnote 2" } else { false } }),
            (
                "added", added,
                {
                    if case .insertFootnote(let r, _, let t) = $0 {
                        r.words == "the fourth preambular paragraph" && t.hasPrefix("See A/CONF.189")
                    } else {
                        false
                    }
                }
            ),
        ]
        let source = SourceText(name: "32/6", text: text)
        let base = try ResolutionParser.parse(source)
        for (name, draft, expected) in cases {
            let target = try ResolutionParser.parse(text: draft, name: name)
            XCTAssertTrue(Comparison.compare(base, target).hasChanges, name)
            let (amended, instructions) = try roundTrip(source, target)
            XCTAssertEqual(instructions.count, 1, "\(name): \(instructions.map(AmendmentText.sentence))")
            XCTAssertTrue(instructions.allSatisfy(expected), "\(name): \(instructions.map(AmendmentText.sentence))")
            assertEquivalent(amended, target, name)
            XCTAssertEqual(amended.footnotes.map(\.text), target.footnotes.map(\.text), name)
            // The paragraphs no instruction touched keep their lines byte for byte.
            // (Footnote markers renumbered in place aside.)
            func unmarked(_ line: String) -> String {
                String(String.UnicodeScalarView(line.unicodeScalars.filter { !Typography.isSuperscriptDigit($0) }))
            }
            let output = Set(
                LineClassifier.splitLines(try AmendmentApplier.apply(instructions, to: base, source: source).text)
                    .map(unmarked))
            let baseLines = LineClassifier.splitLines(text)
            let definitions = Set(base.footnotes.flatMap { Array($0.line...$0.lastLine) })
            for e in Comparison.compare(base, target).entries where e.isUnchanged && e.old?.kind.isParagraph == true {
                let p = try XCTUnwrap(e.old)
                for n in p.lines where !definitions.contains(n) && !baseLines[n - 1].isEmpty {
                    let line = unmarked(baseLines[n - 1])
                    XCTAssertTrue(output.contains(line), "\(name): \(p.label) lost its line \(line.prefix(60))")
                }
            }
        }
    }

    /// Footnotes placed where markers already stand, markers written as `<sup>n</sup>`,
    /// and a footnote deleted from an annex: each draft comes back from its amendments
    /// (cases a review of the first version broke).
    func testFootnotesBesideOtherMarkersRoundTrip() throws {
        let text = try Corpus.text("A-HRC-RES-32-6")
        func shifted(_ t: String, from first: Int, by delta: Int) -> String {
            var t = t
            for n in (first...4).reversed() {
                t = t.replacingOccurrences(of: Typography.superscript(n), with: Typography.superscript(n + delta))
            }
            return t
        }
        // Two new footnotes at one place; a new one right after footnote 3's marker.
        let twoAtOnce =
            shifted(text, from: 3, by: 2).replacingOccurrences(
                of: "support both funds;", with: "support both funds;³,⁴")
            + "\n³ A/HRC/30/1.\n\n⁴ A/HRC/30/2.\n"
        let afterAMarker =
            shifted(text, from: 4, by: 1).replacingOccurrences(
                of: "in the field of human rights;³", with: "in the field of human rights;³,⁴")
            + "\n⁴ A/HRC/30/3.\n"
        // Markers as Markdown converters write them, one footnote added before the rest.
        func sup(_ t: String) -> String {
            var t = t
            for n in 1...5 { t = t.replacingOccurrences(of: Typography.superscript(n), with: "<sup>\(n)</sup>") }
            return t
        }
        let anchor = "Racial Discrimination, Xenophobia and Related Intolerance"
        let supBase = sup(text)
        let supAdded = sup(
            shifted(text, from: 1, by: 1).replacingOccurrences(of: anchor, with: anchor + "¹") + "\n¹ A/CONF.189/12.\n")
        for (name, base, draft) in [
            ("two at once", text, twoAtOnce), ("after a marker", text, afterAMarker), ("<sup>", supBase, supAdded),
        ] {
            let source = SourceText(name: "base", text: base)
            let target = try ResolutionParser.parse(text: draft, name: name)
            let (amended, _) = try roundTrip(source, target)
            assertEquivalent(amended, target, name)
            XCTAssertEqual(amended.footnotes.map(\.text), target.footnotes.map(\.text), name)
        }
    }

    /// Two paragraphs inserted at one place are one instruction: as two ("After the
    /// thirteenth preambular paragraph, insert ..." twice) a person applying them in
    /// order would put the second first.
    func testParagraphsInsertedAtOnePlaceAreOneInstruction() throws {
        let source = SourceText(name: "28/2", text: try Corpus.text("A-HRC-RES-28-2"))
        let (_, instructions) = try roundTrip(source, try Corpus.parse("A-HRC-RES-32-6"))
        let sentences = instructions.map(AmendmentText.sentence)
        XCTAssertEqual(
            sentences.filter { $0.hasPrefix("After the thirteenth preambular paragraph") }.count, 1, "\(sentences)")
        XCTAssertTrue(
            sentences.contains {
                $0.hasPrefix(
                    "After the thirteenth preambular paragraph, insert two new paragraphs reading:\n   “Reiterating")
            })
        // Written by hand: three, in the order given.
        let base = try ResolutionParser.parse(source)
        let three = try AmendmentText.parse(
            "1. After operative paragraph 2, insert three new paragraphs reading: “Decides one;” “Decides two;” “Decides three;”"
        )
        let amended = try ResolutionParser.parse(
            SourceText(name: "a", text: try AmendmentApplier.apply(three, to: base, source: source).text))
        XCTAssertEqual(
            amended.paragraphs(of: .operative)[2...4].map(\.text), ["Decides one;", "Decides two;", "Decides three;"])
    }

    /// Footnote instructions as a person writes them, applied to 32/6.
    func testHandWrittenFootnoteAmendments() throws {
        let amendments = """
            1. In footnote 3, replace "26/41" with "27/41".
            2. Delete footnote 1.
            3. Replace the text of footnote 2 with the following: "A/HRC/19/51."
            4. In the second preambular paragraph, after the words "Sustainable Development Goals," insert a footnote reading: "See resolution 70/1."
            """
        let text = try Corpus.text("A-HRC-RES-32-6")
        let source = SourceText(name: "32/6", text: text)
        let base = try ResolutionParser.parse(source)
        let instructions = try AmendmentText.parse(amendments)
        XCTAssertEqual(
            instructions.map(\.reference.words),
            ["footnote 3", "footnote 1", "footnote 2", "the second preambular paragraph"])
        let result = try AmendmentApplier.apply(instructions, to: base, source: source)
        let amended = try ResolutionParser.parse(SourceText(name: "amended", text: result.text))
        // Numbered again in the order of citation: the new one (PP2) first.
        XCTAssertEqual(
            amended.footnotes.map { "\($0.number) \($0.text)" },
            ["1 See resolution 70/1.", "2 A/HRC/19/51.", "3 A/HRC/27/41.", "4 A/HRC/31/81."])
        XCTAssertEqual(amended.footnotes.first?.citedBy.map(\.description), ["PP2"])
        // A footnote that is not there, and a footnote "inserted" like a paragraph.
        for wrong in ["Delete footnote 9.", "After footnote 2, insert a new paragraph reading: \"X.\""] {
            XCTAssertThrowsError(try AmendmentApplier.apply(try AmendmentText.parse(wrong), to: base, source: source)) {
                XCTAssertTrue(("\($0)").contains("footnote"), "\($0)")
            }
        }
    }

    func testRoundTripOnGeneratedDrafts() throws {
        let base = ResolutionWriter(try Corpus.parse("A-HRC-RES-32-6"))
        let variants = try base.generatedDrafts()
        for (name, variant) in variants {
            let source = SourceText(name: "base", text: base.text)
            let target = try variant.parse()
            let (amended, _) = try roundTrip(source, target)
            assertSameParagraphs(amended, target, name)
        }
    }

    /// `apply --explain`: each instruction as read, the paragraph and line it lands on,
    /// the words it finds there; nothing applied, and the ones that would fail say why.
    func testExplainSaysWhereEachInstructionLands() throws {
        let source = SourceText(name: "32-6", text: try Corpus.text("A-HRC-RES-32-6"))
        let base = try ResolutionParser.parse(source)
        let instructions = try AmendmentText.parse(
            """
            1. In OP 3, after the words "human rights" insert the word "all".
            2. In operative paragraph 5, delete the word "the".
            3. Move operative paragraph 5 to follow operative paragraph 9.
            4. Delete footnote 9.
            """)
        let explained = AmendmentApplier(base: base, source: source).explain(instructions)
        XCTAssertEqual(explained.map(\.applies), [true, false, true, false])
        XCTAssertEqual(explained.map { $0.paragraph ?? "-" }, ["OP3", "OP5", "OP5", "footnote 9"])
        XCTAssertEqual(
            explained[0].reading, "In operative paragraph 3, after the words “human rights” insert the word “all”.")
        XCTAssertEqual(explained[0].line, base.paragraphs.first { "\($0.label)" == "OP3" }?.lines.lowerBound)
        XCTAssertTrue(explained[0].detail.contains("«human rights»"), explained[0].detail)
        // A space only where the text has one.
        XCTAssertFalse(explained[0].detail.contains("» ,"), explained[0].detail)
        XCTAssertTrue(explained[1].detail.contains("stands 3 times"), explained[1].detail)
        XCTAssertEqual(explained[3].detail, "the base has no footnote 9")
    }

    func testApplyingNothingGivesTheBaseBackByteForByte() throws {
        let text = try Corpus.text("A-HRC-RES-28-2")
        let source = SourceText(name: "28/2", text: text)
        let base = try ResolutionParser.parse(source)
        let instruction = AmendmentInstruction.replaceWords(
            ParagraphReference(part: .operative, number: "27"), old: "2016", new: "2016")
        XCTAssertEqual(try AmendmentApplier.apply([instruction], to: base, source: source).text, text)
    }

    /// Amendments as a delegate writes them, every kind of instruction, in the phrasing
    /// of the UN's amendment documents.
    func testHandWrittenAmendments() throws {
        let amendments = """
            Amendments to draft resolution A/HRC/32/L.5

            1. In the first preambular paragraph, after the words "human rights" insert the words ", including the right to development".
            2. In the second preambular paragraph, delete the words ‘far-reaching and’.
            3. In operative paragraph 2, replace the word “collective” with the word “shared”;
            4. In operative paragraph 5, substitute “encourages” for ‘welcomes’.
            5. In operative paragraph 7, insert the words “linguistic and” before the words “cultural diversity within”.
            6. In operative paragraph 9, after the words "Charter and", delete the word "in".
            7. Delete the fourth preambular paragraph.
            8. After operative paragraph 12, insert a new paragraph reading:
               "Calls upon States to share good practices in international cooperation;", and renumber subsequent paragraphs accordingly.
            9. Move operative paragraph 18 to follow operative paragraph 16.
            10. Replace operative paragraph 26 with the following:
                “Takes note with appreciation of the report of the Office of the High Commissioner;”
            11. Before the first preambular paragraph, insert a new paragraph reading: “Guided by the Charter of the United Nations,”
            12. In operative paragraph 24, replace words 'possible proposals' by 'proposals'.
            """
        let source = SourceText(name: "32-6", text: try Corpus.text("A-HRC-RES-32-6"))
        let base = try ResolutionParser.parse(source)
        let instructions = try AmendmentText.parse(amendments)
        XCTAssertEqual(instructions.count, 12)
        let amended = try ResolutionParser.parse(
            SourceText(name: "amended", text: try AmendmentApplier.apply(instructions, to: base, source: source).text))
        func text(_ label: String) -> String? { amended.paragraph(labelled: label)?.comparableText }
        XCTAssertEqual(amended.paragraphs(of: .preambular).count, 21, "one deleted, one inserted")
        XCTAssertEqual(text("PP1"), "Guided by the Charter of the United Nations,")
        XCTAssertTrue(
            text("PP2")!.contains("the field of human rights, including the right to development,"), text("PP2")!)
        XCTAssertTrue(text("PP3")!.contains("a comprehensive, people-centred set"), text("PP3")!)
        XCTAssertFalse(
            amended.allParagraphs.contains { $0.comparableText.hasPrefix("Recalling further the World Conference") })
        XCTAssertTrue(text("OP2")!.contains("a shared responsibility"))
        XCTAssertTrue(text("OP5")!.contains("and encourages in this regard"))
        XCTAssertTrue(text("OP7")!.contains("preserve linguistic and cultural diversity within"))
        XCTAssertTrue(text("OP9")!.contains("in the Charter and international law"))
        XCTAssertEqual(text("OP13"), "Calls upon States to share good practices in international cooperation;")
        // Old 16, 17, 18 became 17, 18, 19 after the insertion; 18 now follows 16.
        XCTAssertTrue(text("OP17")!.hasPrefix("Requests the Office of the High Commissioner to seek"))
        XCTAssertEqual(text("OP18"), "Urges States to continue to support both funds;")
        XCTAssertTrue(text("OP19")!.hasPrefix("Also requests the Office"))
        XCTAssertEqual(
            text("OP27"), "Takes note with appreciation of the report of the Office of the High Commissioner;")
        XCTAssertTrue(text("OP25")!.contains("challenges and proposals to overcome"))
        XCTAssertEqual(amended.paragraphs(of: .operative).map(\.number), (1...28).map(String.init))
    }

    func testMissingAndAmbiguousAnchorsAreErrors() throws {
        let source = SourceText(name: "32-6", text: try Corpus.text("A-HRC-RES-32-6"))
        let base = try ResolutionParser.parse(source)
        func failure(_ text: String, partial: Bool = false) throws -> String? {
            do {
                let result = try AmendmentApplier.apply(
                    try AmendmentText.parse(text), to: base, source: source, partial: partial)
                return result.failures.first?.description
            } catch {
                return (error as? AmendmentApplier.Failure)?.description ?? "\(error)"
            }
        }
        XCTAssertEqual(
            try failure("1. In operative paragraph 2, delete the word “solidarity”."),
            "instruction 1: the word “solidarity” is not in operative paragraph 2")
        XCTAssertEqual(
            try failure("1. In operative paragraph 3, after the words “the”, insert the word “whole”."),
            "instruction 1: the word “the” stands 5 times in operative paragraph 3 (Reaffirms «the» duty of States …; … in accordance with «the» Charter of the …; … the Charter of «the» United Nations in …; and 2 more); quote more of them"
        )
        XCTAssertEqual(
            try failure("1. Delete operative paragraph 40."), "instruction 1: the base has no operative paragraph 40")
        XCTAssertEqual(
            try failure(
                "1. Delete operative paragraph 3.\n2. In operative paragraph 2, delete the word “solidarity”.",
                partial: true),
            "instruction 2: the word “solidarity” is not in operative paragraph 2")
        XCTAssertThrowsError(try AmendmentText.parse("1. Please tidy up operative paragraph 3.")) { error in
            XCTAssertEqual((error as? AmendmentText.ParseError)?.instruction, 1)
        }
        XCTAssertThrowsError(try AmendmentText.parse("1. In operative paragraph 3, delete the words “unclosed."))
    }

    /// A paragraph of 24 KB of one repeated word, with a few changes: no anchor stands
    /// once within reach, so the paragraph is replaced whole (the anchor search once ran
    /// for minutes here), and the amendments still give the draft.
    func testRepeatedWordsAreReplacedWhole() throws {
        let words = Array(repeating: "cooperation", count: 2_200)
        func text(_ w: [String]) -> String {
            "The General Assembly,\n1. Decides " + w.joined(separator: " ") + ";\n2. Requests a report.\n"
        }
        var changed = words
        changed[700] = "dialogue"; changed[1_500] = "dialogue"
        let source = SourceText(name: "old", text: text(words))
        let (amended, instructions) = try roundTrip(
            source, try ResolutionParser.parse(text: text(changed), name: "new"))
        XCTAssertEqual(instructions.count, 1)
        if case .replaceParagraph = instructions.first {} else { XCTFail("\(instructions)") }
        XCTAssertEqual(amended.paragraphs.first?.text.components(separatedBy: "dialogue").count, 3)
    }

    /// Instructions that contradict each other, references that name nothing clearly, and
    /// text built to trip the reader: each one line naming the instruction, never a trap.
    func testConflictsAndTrapsAreErrors() throws {
        let source = SourceText(name: "32-6", text: try Corpus.text("A-HRC-RES-32-6"))
        let base = try ResolutionParser.parse(source)
        func failure(_ text: String, in document: Document? = nil, source s: SourceText? = nil) -> String? {
            do {
                _ = try AmendmentApplier.apply(try AmendmentText.parse(text), to: document ?? base, source: s ?? source)
                return nil
            } catch let error as AmendmentApplier.Failure {
                return error.description
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(
            failure(
                "1. Move operative paragraph 5 to follow operative paragraph 9.\n2. Move operative paragraph 5 to follow operative paragraph 12."
            ),
            "instruction 2: operative paragraph 5 was already moved by instruction 1")
        XCTAssertEqual(
            failure(
                "1. Delete operative paragraph 5.\n2. Move operative paragraph 5 to follow operative paragraph 12."),
            "instruction 2: operative paragraph 5 was already deleted by instruction 1")
        XCTAssertEqual(
            failure("1. Delete operative paragraph 5.\n2. In operative paragraph 5, delete the word “States”."),
            "instruction 2: operative paragraph 5 was already deleted by instruction 1")
        // Words that stand in several places are refused with each place named.
        XCTAssertEqual(
            failure("1. In operative paragraph 5, replace the word “the” with the word “a”."),
            "instruction 1: the word “the” stands 3 times in operative paragraph 5 (… and civilizations facilitates «the» promotion of a …; … in this regard «the» holding of conferences …; … and meetings at «the» national, regional and …); quote more of them"
        )
        // A paragraph moved next to itself (or its own sub-paragraph) goes nowhere.
        XCTAssertEqual(
            failure("1. Move operative paragraph 5 to follow operative paragraph 5."),
            "instruction 1: operative paragraph 5 cannot be moved next to operative paragraph 5, which is itself or part of it"
        )
        // An empty new text, and a quotation never closed, are slips, not instructions.
        XCTAssertTrue(
            failure("1. Replace operative paragraph 5 with the following: “”")?
                .contains("the new text is empty (to delete a paragraph, write “Delete operative paragraph 5.”)")
                == true)
        XCTAssertTrue(
            failure("1. After operative paragraph 5, insert a new paragraph reading: “Decides to")?
                .contains("a quotation is not closed") == true)
        // Moved, then reworded where it went: both apply.
        XCTAssertNil(
            failure(
                "1. Move operative paragraph 5 to follow operative paragraph 9.\n2. In operative paragraph 5, replace the word “Reaffirms” with the word “Affirms”."
            ))
        XCTAssertEqual(
            failure("1. Delete preambular paragraph 100000000000000000000."),
            "instruction 1: the base has no preambular paragraph 100000000000000000000")
        // Numbering that runs 1, 2, 1, 2: "operative paragraph 1" names two paragraphs.
        let twice = "The General Assembly,\n1. Decides one;\n2. Decides two;\n1. Decides three;\n2. Decides four.\n"
        let twiceSource = SourceText(name: "twice", text: twice)
        XCTAssertEqual(
            failure(
                "1. Delete operative paragraph 1.", in: try ResolutionParser.parse(twiceSource), source: twiceSource),
            "instruction 1: operative paragraph 1 stands 2 times in the base; the reference is unclear")
        // A "§7§" in the drafter's own text is not one of the reader's placeholders.
        XCTAssertThrowsError(try AmendmentText.parse("1. In operative paragraph 3, delete §7§ the word “whole”."))
        XCTAssertThrowsError(try AmendmentText.parse("1. In operative paragraph 3, delete §7§."))
        // A 24 KB quotation that is not there: the message stays one short line.
        let long = Array(repeating: "cooperation", count: 2_000).joined(separator: " ")
        let message = try XCTUnwrap(failure("1. In operative paragraph 3, delete the words “\(long)”."))
        XCTAssertLessThan(message.count, 300, message)
        XCTAssertTrue(message.contains(" … "), message)
        // A thousand and one instructions are read as so many.
        let many = (1...1001).map { "\($0). In operative paragraph 27, replace the word “2017” with the word “2017”." }
        XCTAssertEqual(try AmendmentText.parse(many.joined(separator: "\n")).count, 1001)
    }

    func testReferencesAreReadInEveryUsualForm() throws {
        let forms: [(String, ParagraphReference)] = [
            ("the third preambular paragraph", .init(part: .preambular, number: "3")),
            ("the twenty-first preambular paragraph", .init(part: .preambular, number: "21")),
            ("preambular paragraph 4", .init(part: .preambular, number: "4")),
            ("operative paragraph 13 (a)", .init(part: .operative, number: "13", subparagraphs: ["a"])),
            ("operative paragraph 13, subparagraph (b)", .init(part: .operative, number: "13", subparagraphs: ["b"])),
            (
                "subparagraph (a) (ii) of operative paragraph 4",
                .init(part: .operative, number: "4", subparagraphs: ["a", "ii"])
            ),
            ("paragraph 5 bis", .init(part: .operative, number: "5 bis")),
            ("Operative Paragraph 7", .init(part: .operative, number: "7")),
            // Negotiators' shorthand.
            ("OP 3", .init(part: .operative, number: "3")),
            ("OP13 (a)", .init(part: .operative, number: "13", subparagraphs: ["a"])),
            ("PP12", .init(part: .preambular, number: "12")),
            ("op 5 bis", .init(part: .operative, number: "5 bis")),
            ("footnote 4", .init(part: .footnote, number: "4")),
        ]
        for (text, expected) in forms {
            XCTAssertEqual(try AmendmentText.reference(text), expected, text)
        }
        XCTAssertEqual(
            ParagraphReference(part: .preambular, number: "21").words, "the twenty-first preambular paragraph")
        // Punctuation is named as the United Nations names it, both ways.
        let comma = AmendmentInstruction.insertWords(
            .init(part: .preambular, number: "4"), anchor: "Action", before: false, words: ",")
        XCTAssertEqual(
            AmendmentText.sentence(comma), "In the fourth preambular paragraph, after the word “Action” insert a comma."
        )
        XCTAssertEqual(try AmendmentText.parse("1. " + AmendmentText.sentence(comma)), [comma])
        XCTAssertEqual(
            try AmendmentText.parse("1. In OP 4, after the word “session” insert a semicolon."),
            [.insertWords(.init(part: .operative, number: "4"), anchor: "session", before: false, words: ";")])
    }

    func testTechnicalUpdatesCanBeLeftOut() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        let all = AmendmentWriter.instructions(report)
        let substantive = AmendmentWriter.instructions(report, substantive: true)
        XCTAssertTrue(all.contains { $0.reference == ParagraphReference(part: .operative, number: "27") })
        XCTAssertFalse(substantive.contains { $0.reference == ParagraphReference(part: .operative, number: "27") })
        XCTAssertFalse(substantive.contains { $0.reference == ParagraphReference(part: .preambular, number: "3") })
        XCTAssertTrue(substantive.contains { $0.reference == ParagraphReference(part: .operative, number: "24") })
    }

    /// `amend --format html`: every instruction is listed, and shown again under the
    /// paragraph it acts on.
    func testHTMLShowsEachInstructionBesideItsParagraph() throws {
        let report = Comparison.compare(try Corpus.parse("A-HRC-RES-28-2"), try Corpus.parse("A-HRC-RES-32-6"))
        let placed = AmendmentWriter.placedInstructions(report)
        let instructions = placed.map(\.instruction)
        let html = HTMLReport.render(report, options: .init(amendments: placed))
        XCTAssertEqual(html.components(separatedBy: "<li>").count - 1, instructions.count)
        for n in 1...instructions.count {
            XCTAssertTrue(html.contains("AMENDMENT \(n)</span>"), "instruction \(n) beside its paragraph")
        }
        // Instruction 23 changes OP24: it stands in OP24's block.
        let op24 = try XCTUnwrap(
            html.components(separatedBy: "id=\"new-OP24\"").last?.components(separatedBy: "</div>\n").first)
        XCTAssertTrue(op24.contains("replace the word “69/179” with the word “70/153”"), op24)
    }
}
