import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionLanguage

/// The official languages resdiff reads, on the one real text found in all six
/// (A/RES/55/100, an excerpt; see Corpus/README.md): each reading gives the counts
/// taken by hand before resdiff read them, a language's typography is never a change,
/// and two languages are never compared.
final class LanguagesTests: XCTestCase {
    static func excerpt(_ code: LanguageCode) throws -> String {
        try Corpus.text("A-RES-55-100.excerpt.\(code.rawValue)")
    }

    static func document(_ code: LanguageCode) throws -> Document {
        try Resdiff.read(text: excerpt(code), name: "A-RES-55-100.\(code.rawValue).txt")
    }

    /// Four preambular and four operative paragraphs in each language, its own opening
    /// formula, and every word in a place of the model.
    func testFrenchAndSpanishReadWithTheHandCounts() throws {
        for (code, formula, firstOpener) in [
            (LanguageCode.fr, "L'Assemblée générale,", "Réaffirmant"), (.es, "La Asamblea General,", "Reafirmando"),
        ] {
            let d = try Self.document(code)
            XCTAssertEqual(d.language, code)
            XCTAssertEqual(d.openingFormula, formula)
            XCTAssertEqual(d.metadata.body, .generalAssembly, "\(code)")
            XCTAssertEqual(d.metadata.resolutionNumber, "55/100")
            XCTAssertEqual(d.metadata.adoptionDate, "2000-12-04", "\(code)")
            XCTAssertEqual(d.paragraphs(of: .preambular).count, 4, "\(code)")
            XCTAssertEqual(d.paragraphs(of: .operative).count, 4, "\(code)")
            XCTAssertTrue(d.paragraphs[0].text.hasPrefix(firstOpener))
            XCTAssertEqual(WordLedger.missing(try Self.excerpt(code), d), [:], "\(code)")
        }
        // The English excerpt too, though its second preambular paragraph ends with a
        // run-in footnote's "annex." (which once read as an unfinished reference).
        let english = try Self.document(.en)
        XCTAssertEqual(english.paragraphs(of: .preambular).count, 4)
        XCTAssertEqual(english.paragraphs(of: .operative).count, 4)
    }

    /// French typography: a no-break space before ; : ? !, curly apostrophes and
    /// guillemets are layout, not words. Put into the French text, they change nothing;
    /// one word changed beside them shows.
    func testFrenchTypographyIsNotAChange() throws {
        let plain = try Self.excerpt(.fr)
        var typeset = plain.replacingOccurrences(of: "'", with: "’")
        for mark in [";", ":"] { typeset = typeset.replacingOccurrences(of: mark, with: "\u{00A0}" + mark) }
        let old = try Resdiff.read(text: plain, name: "old.fr.txt")
        let new = try Resdiff.read(text: typeset, name: "new.fr.txt")
        let report = try Resdiff.compare(old, new)
        XCTAssertFalse(report.summary.hasChanges, "\(report.entries.filter { !$0.isUnchanged }.map(\.changes))")
        let edited = try Resdiff.read(
            text: typeset.replacingOccurrences(of: "Engage tous les États", with: "Invite tous les États"),
            name: "edited.fr.txt")
        let changed = try Resdiff.compare(old, edited).entries.filter { !$0.isUnchanged }
        XCTAssertEqual(changed.map { "\($0.new!.label)" }, ["OP3"])
    }

    /// Versions are compared in one language: French against Spanish is refused with
    /// both languages named, whatever the paragraphs' likeness.
    func testTwoLanguagesAreRefused() throws {
        XCTAssertThrowsError(try Resdiff.compare(try Self.document(.fr), try Self.document(.es))) { error in
            XCTAssertTrue("\(error)".contains("is in French and A-RES-55-100.es.txt in Spanish"), "\(error)")
        }
    }

    /// Russian (lower-case openers), Arabic ("إذ" / "وإذ", the Arabic comma, "1 - ")
    /// and Chinese (no spaces, "，" and "1．") read with the hand counts too.
    func testRussianArabicAndChineseReadWithTheHandCounts() throws {
        for (code, formula) in [(LanguageCode.ru, "Генеральная Ассамблея,"), (.ar, "إن الجمعية العامة،"), (.zh, "大会，")]
        {
            XCTAssertEqual(LanguageGuess.detect(try Self.excerpt(code)), code)
            let d = try Self.document(code)
            XCTAssertEqual(d.language, code)
            XCTAssertEqual(d.openingFormula, formula)
            XCTAssertEqual(d.metadata.body, .generalAssembly, "\(code)")
            XCTAssertEqual(d.metadata.resolutionNumber, "55/100", "\(code)")
            XCTAssertEqual(d.paragraphs(of: .preambular).count, 4, "\(code)")
            XCTAssertEqual(d.paragraphs(of: .operative).map { $0.number }, ["1", "2", "3", "4"], "\(code)")
            XCTAssertEqual(WordLedger.missing(try Self.excerpt(code), d), [:], "\(code)")
        }
    }

    /// Chinese has no spaces: a changed character is one changed token, not a whole
    /// clause, and runs of Latin letters and digits stay whole.
    func testChineseIsComparedCharacterByCharacter() throws {
        let text = try Self.excerpt(.zh)
        XCTAssertEqual(
            WordTokenizer.words("再次呼吁所有国家A/55/602号"), ["再", "次", "呼", "吁", "所", "有", "国", "家", "A/55/602", "号"])
        let old = try Self.document(.zh)
        let new = try Resdiff.read(text: text.replacingOccurrences(of: "再次呼吁所有国家", with: "再次呼吁各国家"), name: "new.zh.txt")
        let changed = try Resdiff.compare(old, new).entries.filter { !$0.isUnchanged }
        XCTAssertEqual(changed.map { "\($0.new!.label)" }, ["OP1"])
        let edits = changed[0].edits.filter { $0.op != .equal }
        XCTAssertEqual(edits.map { "\($0.op == .insert ? "+" : "-")\($0.text)" }.sorted(), ["+各", "-所有"])
    }

    /// Arabic-Indic digits are the digits; Arabic reports run right to left.
    func testArabicDigitsAndDirection() throws {
        let text = try Self.excerpt(.ar)
        let indic = text.replacingOccurrences(of: "54/169", with: "٥٤/١٦٩")
        XCTAssertNotEqual(indic, text)
        let old = try Self.document(.ar)
        let report = try Resdiff.compare(old, try Resdiff.read(text: indic, name: "indic.ar.txt"))
        XCTAssertFalse(report.summary.hasChanges)
        let html = String(
            decoding: Formats.report.first { $0.name == "html" }!.render(report, options: RenderOptions()).bytes,
            as: UTF8.self)
        XCTAssertTrue(html.contains("<main lang=\"ar\" dir=\"rtl\">"), String(html.prefix(400)))
    }

    /// `--lang` (the library's `language` option) overrides the guess: the French text
    /// read as English finds no formula, and says so, rather than reading in silence.
    func testForcedLanguageIsUsed() throws {
        var options = ResdiffOptions()
        options.language = .fr
        let path = Corpus.path("A-RES-55-100.excerpt.fr")
        XCTAssertEqual(try Resdiff.read(path, options: options).language, .fr)
        options.language = .en
        XCTAssertNotEqual(try Resdiff.read(path, options: options).kind, .resolution)
    }
}

/// The French and Spanish versions of 28/2 and 32/6 written here (Tests/Fixtures/written,
/// not real texts) read with the English counts and compare with the English pairing.
final class WrittenLanguagePairTests: XCTestCase {
    static func read(_ name: String) throws -> Document {
        let path = Corpus.root.appendingPathComponent("Tests/Fixtures/written/\(name)").path
        return try Resdiff.read(path)
    }

    /// French and Spanish UN texts set sub-paragraph letters as "a)": read as the
    /// "(a)" of English texts, into the same sub-paragraphs (a variant of the written
    /// 28/2 in each language, its operative paragraph 3 given two sub-paragraphs).
    func testSubparagraphLettersWithAClosingParenthesisOnly() throws {
        for code in ["fr", "es"] {
            let path = Corpus.root.appendingPathComponent("Tests/Fixtures/written/A-HRC-RES-28-2.\(code).txt").path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            let three = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("3. ") || $0.hasPrefix("- 3. ") })
            func variant(_ a: String, _ b: String) throws -> Document {
                var v = lines
                v[three] = String(lines[three].dropLast()) + ":\n\n\(a) première chose;\n\n\(b) seconde chose;"
                return try ResolutionParser.parse(text: v.joined(separator: "\n"), name: "variant.\(code).txt")
            }
            let closing = try variant("a)", "b)"), both = try variant("(a)", "(b)")
            XCTAssertEqual(
                closing.allParagraphs.map(\.label.description), both.allParagraphs.map(\.label.description), code)
            XCTAssertEqual(closing.allParagraphs.map(\.comparableText), both.allParagraphs.map(\.comparableText), code)
            XCTAssertTrue(closing.allParagraphs.contains { $0.label.description == "OP3(b)" }, code)
        }
    }

    /// The pairing as a reader sees it: which old paragraph became which new one, and
    /// which were added or removed. A pair that kept less than the "shown replaced"
    /// share is shown as the old text out and the new one in, so it counts as a removal
    /// and an addition: whether a translation keeps 21% or 18% of a rewritten
    /// paragraph's words is the translator's choice, not a change.
    static func pairing(_ report: ChangeReport) -> [String] {
        report.entries.filter { ($0.new ?? $0.old)?.kind.isParagraph == true }.flatMap { e -> [String] in
            switch (e.old, e.new) {
            case let (a?, b?) where e.isRewritten:
                return ["- \(a.label)", "+ \(b.label)"]
            case let (a?, b?): return ["\(a.label) → \(b.label) \(e.changes.map(\.rawValue).sorted())"]
            case let (a?, nil): return ["- \(a.label)"]
            case let (nil, b?): return ["+ \(b.label)"]
            default: return []
            }
        }.sorted()
    }

    func testFrenchAndSpanishPairsCompareAsTheEnglishPair() throws {
        let english = try Resdiff.compare(Corpus.parse("A-HRC-RES-28-2"), Corpus.parse("A-HRC-RES-32-6"))
        for code in ["fr", "es"] {
            let old = try Self.read("A-HRC-RES-28-2.\(code).txt"), new = try Self.read("A-HRC-RES-32-6.\(code).txt")
            XCTAssertEqual(old.language.rawValue, code)
            for (d, english) in [(old, try Corpus.parse("A-HRC-RES-28-2")), (new, try Corpus.parse("A-HRC-RES-32-6"))] {
                XCTAssertEqual(d.paragraphs(of: .preambular).count, english.paragraphs(of: .preambular).count, code)
                XCTAssertEqual(d.paragraphs(of: .operative).count, english.paragraphs(of: .operative).count, code)
                XCTAssertEqual(d.footnotes.count, english.footnotes.count, code)
                XCTAssertEqual(d.metadata.sessionNumber, english.metadata.sessionNumber, code)
                XCTAssertEqual(d.metadata.adoptionDate, english.metadata.adoptionDate, code)
                XCTAssertEqual(d.metadata.agendaItem, english.metadata.agendaItem, code)
                let text = try String(
                    contentsOfFile: Corpus.root.appendingPathComponent(
                        "Tests/Fixtures/written/\(d.file.split(separator: "/").last!)"
                    ).path, encoding: .utf8)
                XCTAssertEqual(WordLedger.missing(text, d), [:], d.file)
            }
            let report = try Resdiff.compare(old, new)
            XCTAssertEqual(Self.pairing(report), Self.pairing(english), code)
        }
    }
}

/// Amendments in the texts' language, as the United Nations phrases them in French and
/// Spanish, from the written pairs (Tests/Fixtures/written, not real texts).
final class LanguageAmendmentTests: XCTestCase {
    /// The amendments from the written pair in `code`: they open with `title`, hold each
    /// of `sentences`, and no English list words.
    func assertAmendments(_ code: String, title: String, _ sentences: [String]) throws {
        let old = try WrittenLanguagePairTests.read("A-HRC-RES-28-2.\(code).txt")
        let new = try WrittenLanguagePairTests.read("A-HRC-RES-32-6.\(code).txt")
        let set = Resdiff.amend(try Resdiff.compare(old, new))
        let text = String(decoding: Formats.amendments[0].render(set, options: RenderOptions()).bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(title + "\n"), text)
        for sentence in sentences { XCTAssertTrue(text.contains(sentence), sentence) }
        XCTAssertFalse(text.contains("Not written") || text.contains("Footnote") || text.contains("becomes"), text)
    }

    func testFrenchAmendmentsReadAsTheUNWritesThem() throws {
        try assertAmendments(
            "fr", title: "Amendements à A/HRC/RES/28/2 (donnant A/HRC/RES/32/6)",
            [
                "1. Au premier alinéa du préambule, remplacer les mots «\u{A0}ainsi que\u{A0}» par le mot «\u{A0}et\u{A0}».",
                "Supprimer le deuxième alinéa du préambule.",
                "Après le treizième alinéa du préambule, insérer deux nouveaux alinéas ainsi libellés\u{A0}:",
                "Au paragraphe 9 du dispositif, après les mots «\u{A0}Charte et\u{A0}», insérer le mot «\u{A0}dans\u{A0}».",
                // The changes left to make by hand are listed in French too.
                "Non rédigé sous forme d’amendements (à modifier à la main)\u{A0}:\n- Note 4 (ajout)\u{A0}: «\u{A0}A/HRC/31/81.\u{A0}»",
            ])
    }

    func testSpanishAmendmentsReadAsTheUNWritesThem() throws {
        try assertAmendments(
            "es", title: "Enmiendas a A/HRC/RES/28/2 (que dan A/HRC/RES/32/6)",
            [
                "1. En el párrafo 1 del preámbulo, sustitúyanse las palabras “así como” por la palabra “y”.",
                "Después del párrafo 1 del preámbulo, insértese un nuevo párrafo que diga:",
                "Suprímase el párrafo 2 del preámbulo.",
                "En el párrafo 4 del preámbulo, después de las palabras “Acción de Durban”, insértese una coma.",
                "No redactado como enmiendas (modifíquese a mano):\n- Nota 4 (adición): “A/HRC/31/81.”",
            ])
    }

    /// French and Spanish amendments read back: `apply` on the old text of the written
    /// pair with the amendments `amend` wrote in its language gives the new text's
    /// paragraphs (the footnote it lists to add by hand aside).
    func testFrenchAndSpanishAmendmentsApply() throws {
        for code in ["fr", "es"] {
            let oldPath = Corpus.root.appendingPathComponent("Tests/Fixtures/written/A-HRC-RES-28-2.\(code).txt").path
            let old = try WrittenLanguagePairTests.read("A-HRC-RES-28-2.\(code).txt")
            let new = try WrittenLanguagePairTests.read("A-HRC-RES-32-6.\(code).txt")
            let set = Resdiff.amend(try Resdiff.compare(old, new))
            let text = String(
                decoding: Formats.amendments[0].render(set, options: RenderOptions()).bytes, as: UTF8.self)
            XCTAssertGreaterThan(set.instructions.count, 10, code)
            let source = SourceText(name: "base", text: try String(contentsOfFile: oldPath, encoding: .utf8))
            let applied = try Resdiff.apply(text, to: source)
            let amended = try ResolutionParser.parse(SourceText(name: "amended", text: applied.text))
            for (x, y) in zip(amended.allParagraphs, new.allParagraphs) where x.comparableText != y.comparableText {
                XCTFail("\(code) \(y.label): \(x.comparableText) ≠ \(y.comparableText)")
            }
            XCTAssertEqual(amended.allParagraphs.count, new.allParagraphs.count, code)
            // Every footnote but the one listed to add by hand: a word replaced beside a
            // marker ("sesiones¹;" made "sesiones¹:") keeps its citation.
            XCTAssertEqual(
                amended.footnotes.map(\.text), new.footnotes.map(\.text).filter { $0 != "A/HRC/31/81." }, code)
            XCTAssertEqual(
                amended.allParagraphs.map(\.label.description), new.allParagraphs.map(\.label.description), code)
        }
    }

    /// French spacing survives an edit: a paragraph that sets a space before ";" keeps
    /// it where `apply` changed a word (a text written here, spaced as PDF extractions
    /// of French documents are, with plain spaces).
    func testFrenchSpacingSurvivesAnEdit() throws {
        let base =
            "L’Assemblée générale,\n\nRappelant ses résolutions,\n\n"
            + "1. Décide de poursuivre l’examen de la question en 2016 ;\n\n2. Prie le Secrétaire général de lui faire rapport ;\n"
        let applied = try Resdiff.apply(
            "1. Au paragraphe 1 du dispositif, remplacer le mot « 2016 » par le mot « 2017 ».",
            to: SourceText(name: "base.fr.txt", text: base))
        XCTAssertTrue(applied.text.contains("la question en 2017 ;"), applied.text)
    }

    /// Instructions written by hand in the UN's French and Spanish phrasing, read as the
    /// same instructions as their English.
    func testHandWrittenFrenchAndSpanishInstructions() throws {
        let op5 = ParagraphReference(part: .operative, number: "5")
        let op9 = ParagraphReference(part: .operative, number: "9")
        let pp21 = ParagraphReference(part: .preambular, number: "21")
        let cases: [(String, AmendmentInstruction)] = [
            (
                "Au vingt et unième alinéa du préambule, après le mot «\u{A0}paix\u{A0}», insérer les mots «\u{A0}et la sécurité\u{A0}».",
                .insertWords(pp21, anchor: "paix", before: false, words: "et la sécurité")
            ),
            (
                "Placer le paragraphe 5 du dispositif avant le paragraphe 9 du dispositif.",
                .moveParagraph(op5, to: op9, before: true)
            ),
            (
                "À l’alinéa b) du paragraphe 5 du dispositif, supprimer le mot «\u{A0}durable\u{A0}».",
                .deleteWords(
                    ParagraphReference(part: .operative, number: "5", subparagraphs: ["b"]), words: "durable",
                    after: nil)
            ),
            (
                "Trasládese el párrafo 5 de la parte dispositiva para que figure después del párrafo 9 de la parte dispositiva y renumérense los párrafos siguientes.",
                .moveParagraph(op5, to: op9, before: false)
            ),
            (
                "En el párrafo 5 de la parte dispositiva, sustitúyanse las palabras “a más tardar” por la palabra “antes”.",
                .replaceWords(op5, old: "a más tardar", new: "antes")
            ),
            ("Suprímase la nota 2.", .deleteParagraph(ParagraphReference(part: .footnote, number: "2"))),
            // Guillemets typed with ordinary spaces; ordinals in words, in both languages.
            (
                "Au paragraphe 5 du dispositif, remplacer le mot « États » par le mot « Membres ».",
                .replaceWords(op5, old: "États", new: "Membres")
            ),
            (
                "Placer le troisième alinéa du préambule avant le premier alinéa du préambule.",
                .moveParagraph(
                    ParagraphReference(part: .preambular, number: "3"),
                    to: ParagraphReference(part: .preambular, number: "1"),
                    before: true)
            ),
            (
                "Suprímase el quinto párrafo del preámbulo.",
                .deleteParagraph(ParagraphReference(part: .preambular, number: "5"))
            ),
        ]
        for (sentence, expected) in cases {
            XCTAssertEqual(try AmendmentText.parse("1. " + sentence), [expected], sentence)
        }
    }

    /// French ordinal words for preambular paragraphs, written and read back for every
    /// position a resolution has.
    func testFrenchOrdinalsRoundTrip() {
        XCTAssertEqual(
            [1, 3, 5, 9, 21, 71, 80, 99].map { FrenchOrdinals.word($0)! },
            [
                "premier", "troisième", "cinquième", "neuvième", "vingt et unième", "soixante et onzième",
                "quatre-vingtième",
                "quatre-vingt-dix-neuvième",
            ])
        for n in 2...99 { XCTAssertEqual(FrenchOrdinals.value(FrenchOrdinals.word(n)!), n, FrenchOrdinals.word(n)!) }
    }
}
