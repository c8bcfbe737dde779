import ResolutionDiff
import TestSupport
import XCTest

@testable import ResolutionCheck

/// Every rule of `resdiff check`, on the corpus and on drafts derived from it by the
/// edits a drafter makes by mistake.
final class CheckRuleTests: XCTestCase {
    func corpus(_ name: String) throws -> Document { try Corpus.parse(name) }

    /// A draft made from a corpus text by replacing `target` with `replacement`.
    func draft(_ name: String, _ edits: [(String, String)]) throws -> Document {
        var text = try Corpus.text(name)
        for (target, replacement) in edits {
            let range = try XCTUnwrap(text.range(of: target), "\(target) not in \(name)")
            text.replaceSubrange(range, with: replacement)
        }
        return try ResolutionParser.parse(text: text, name: "draft.txt")
    }

    func check(_ base: Document, _ draft: Document, allow: String? = nil, rules: [String] = []) throws -> [Finding] {
        var configuration = CheckConfiguration()
        if let allow { try configuration.allow(allow) }
        for r in rules { try configuration.set(r) }
        return Checker.check(Comparison.compare(base, draft), configuration: configuration)
    }

    func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.level.rawValue) \($0.rule.rawValue) \($0.paragraph.map { "\($0)" } ?? "-")" }
    }

    func testEveryCorpusTextPassesAgainstItselfWithoutErrors() throws {
        for name in Corpus.names {
            let doc = try corpus(name)
            let findings = try check(doc, doc)
            XCTAssertFalse(findings.contains { $0.level == .error }, "\(name): \(findings.map(\.message))")
        }
        // 32/6 has a real slip: OP14 ends with a colon.
        let findings = try check(try corpus("A-HRC-RES-32-6"), try corpus("A-HRC-RES-32-6"))
        XCTAssertEqual(summary(findings), ["warning punctuation OP14"])
        XCTAssertEqual(findings[0].line, 85)
        XCTAssertTrue(
            findings[0].message.contains("ends with ':' but introduces no sub-paragraphs"), findings[0].message)
    }

    func testScope() throws {
        let base = try corpus("A-HRC-RES-32-6")
        let edited = try draft(
            "A-HRC-RES-32-6",
            [
                ("- 5. Reaffirms that dialogue", "- 5. Reaffirms strongly that dialogue"),
                ("- 7. Resolves to promote", "- 7. Resolves to protect"),
            ])
        func scope(_ draft: Document, _ allow: String?) throws -> [String] {
            summary(try check(base, draft, allow: allow).filter { $0.rule == .scope })
        }
        XCTAssertEqual(try scope(edited, "OP7"), ["error scope OP5"])
        XCTAssertEqual(try scope(edited, "OP5,OP7"), [])
        XCTAssertEqual(try scope(edited, "OP4-OP8"), [])
        let message = try XCTUnwrap(try check(base, edited, allow: "OP7").first?.message)
        XCTAssertTrue(message.contains("{+strongly+}"), "the change is shown: \(message)")
        XCTAssertEqual(try scope(edited, nil), [], "no --allow: any paragraph may change")
        // A new paragraph needs `new`; the renumbering it causes is never out of scope.
        let added = try draft(
            "A-HRC-RES-32-6",
            (6...27).reversed().map { ("- \($0). ", "- \($0 + 1). ") } + [
                ("- 7. Urges all actors", "- 6. Decides to hold a seminar on the matter;\n\n- 7. Urges all actors")
            ])
        XCTAssertEqual(try scope(added, "OP5"), ["error scope OP6"])
        XCTAssertEqual(try scope(added, "new"), [])
        XCTAssertEqual(try check(base, added).filter { $0.rule == .numbering }, [], "the draft is numbered right")
    }

    func testNumbering() throws {
        let base = try corpus("A-HRC-RES-32-6")
        let gap = try draft("A-HRC-RES-32-6", (6...27).reversed().map { ("- \($0). ", "- \($0 + 1). ") })
        let findings = try check(base, gap)
        XCTAssertEqual(summary(findings.filter { $0.rule == .numbering }), ["error numbering OP7"])
        XCTAssertTrue(findings.first { $0.rule == .numbering }!.message.contains("6 is missing"))
        let repeated = try draft("A-HRC-RES-32-6", [("- 9. Considers", "- 8. Considers")])
        XCTAssertEqual(summary(try check(base, repeated).filter { $0.rule == .numbering }), ["error numbering OP8#2"])
        let letters = try ResolutionParser.parse(
            text: """
                The Human Rights Council,

                Recalling its resolutions,

                1. Decides:

                (a) To do one thing;

                (c) To do another;

                2. Decides to remain seized of the matter.
                """)
        XCTAssertEqual(summary(try check(letters, letters)), ["error numbering OP1(c)"])
    }

    /// A French or Spanish draft gets its messages in its language: the written 32/6
    /// (Tests/Fixtures/written, not a real text) with operative paragraph 4 renumbered
    /// 5 and operative paragraph 3 ending in a full stop.
    func testMessagesInTheDraftsLanguage() throws {
        let expected = [
            (
                "fr",
                [
                    "le paragraphe 5 vient après le paragraphe 3\u{A0}: il manque le 4",
                    "OP3 se termine par «\u{A0}.\u{A0}»\u{A0}; un paragraphe du dispositif se termine par un point-virgule",
                ]
            ),
            (
                "es",
                [
                    "el párrafo 5 viene después del párrafo 3: falta el 4",
                    "OP3 termina con «.»; un párrafo de la parte dispositiva termina con un punto y coma",
                ]
            ),
        ]
        for (code, messages) in expected {
            let path = Corpus.root.appendingPathComponent("Tests/Fixtures/written/A-HRC-RES-32-6.\(code).txt").path
            let base = try Resdiff.read(path)
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            let three = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("- 3. ") })
            XCTAssertTrue(lines[three].hasSuffix(";"), lines[three])
            lines[three] = String(lines[three].dropLast()) + "."
            let four = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("- 4. ") })
            lines[four] = "- 5. " + lines[four].dropFirst(5)
            let draft = try ResolutionParser.parse(text: lines.joined(separator: "\n"), name: "draft.\(code).txt")
            let found = try check(base, draft).map(\.message)
            for message in messages {
                XCTAssertTrue(found.contains(message), "\(code): \(message) not in \(found)")
            }
        }
    }

    func testPunctuation() throws {
        let base = try corpus("A-HRC-RES-32-6")
        let stop = try draft(
            "A-HRC-RES-32-6",
            [
                (
                    "the elimination of all forms of racial discrimination and all forms of religious intolerance;",
                    "the elimination of all forms of racial discrimination and all forms of religious intolerance."
                )
            ])
        XCTAssertEqual(summary(try check(base, stop)), ["warning punctuation OP3", "warning punctuation OP14"])
        XCTAssertEqual(summary(try check(base, stop, rules: ["punctuation=error"])).first, "error punctuation OP3")
        XCTAssertEqual(try check(base, stop, rules: ["punctuation=off"]), [])
        let comma = try draft(
            "A-HRC-RES-32-6",
            [
                (
                    "in the field of human rights,\n\nRecalling General Assembly resolution 70/1",
                    "in the field of human rights;\n\nRecalling General Assembly resolution 70/1"
                )
            ])
        XCTAssertEqual(summary(try check(base, comma)), ["warning punctuation PP1", "warning punctuation OP14"])
    }

    func testOpeners() throws {
        let base = try corpus("A-HRC-RES-28-2")
        let wrong = try draft(
            "A-HRC-RES-28-2",
            [
                ("Stressing the importance of international cooperation", "Importance of international cooperation"),
                ("18. *Urges* States to continue", "18. States are urged to continue"),
            ])
        let findings = try check(base, wrong).filter { $0.rule == .openers }
        XCTAssertEqual(summary(findings), ["warning openers PP7", "warning openers OP18"])
        XCTAssertTrue(findings.last?.message.contains("'States'") == true, "\(findings.map(\.message))")
    }

    func testReferences() throws {
        let base = try corpus("A-HRC-RES-32-6")
        let broken = try draft(
            "A-HRC-RES-32-6",
            [
                (
                    "- 18. *Urges* States to continue to support both funds;",
                    "- 18. *Urges* States to continue to support both funds referred to in paragraph 40 above;"
                )
            ])
        XCTAssertEqual(summary(try check(base, broken).filter { $0.rule == .references }), ["error references OP18"])
        // References to other instruments are left alone: 32/6 PP1 cites "Article 1, paragraph 3".
        XCTAssertTrue(try check(base, base).filter { $0.rule == .references }.isEmpty)

        // A reference carried over into a draft that renumbered its target.
        let withReference = try draft(
            "A-HRC-RES-32-6",
            [
                (
                    "- 18. *Urges* States to continue to support both funds;",
                    "- 18. *Urges* States to continue to support both funds mentioned in paragraph 16 above;"
                )
            ])
        var renumbering: [(String, String)] = (3...27).reversed().map { ("- \($0). ", "- \($0 + 1). ") }
        renumbering.append(("- 4. Reaffirms the duty", "- 3. Decides to hold a seminar;\n\n- 4. Reaffirms the duty"))
        let text = try Corpus.text("A-HRC-RES-32-6").replacingOccurrences(
            of: "- 18. *Urges* States to continue to support both funds;",
            with: "- 18. *Urges* States to continue to support both funds mentioned in paragraph 16 above;")
        var shifted = text
        for (target, replacement) in renumbering {
            shifted = shifted.replacingOccurrences(of: target, with: replacement)
        }
        let renumbered = try ResolutionParser.parse(text: shifted, name: "draft.txt")
        let findings = try check(withReference, renumbered).filter { $0.rule == .references }
        XCTAssertEqual(summary(findings), ["error references OP19"])
        XCTAssertTrue(findings[0].message.contains("renumbered that paragraph to 17"), findings[0].message)
    }

    func testFootnotes() throws {
        let base = try corpus("A-HRC-RES-28-2")
        let missing = try draft("A-HRC-RES-28-2", [("¹ A/HRC/24/56.", "")])
        XCTAssertEqual(summary(try check(base, missing).filter { $0.rule == .footnotes }), ["error footnotes OP14"])
        let uncited = try draft("A-HRC-RES-28-2", [("in the field of human rights;³", "in the field of human rights;")])
        let findings = try check(base, uncited).filter { $0.rule == .footnotes }
        XCTAssertEqual(summary(findings), ["error footnotes -"])
        XCTAssertTrue(findings[0].message.contains("footnote 3 is cited by no paragraph"))
    }

    /// Next year's draft made from 32/6 (2016) that updated the session but forgot OP27's
    /// "in 2017".
    func testTechnical() throws {
        let base = try corpus("A-HRC-RES-32-6")
        let nextYear = try draft(
            "A-HRC-RES-32-6",
            [
                ("United Nations A/HRC/RES/32/6", "United Nations A/HRC/35/L.5"),
                ("Thirty-second session", "Thirty-fifth session"),
                ("32/6. Enhancement", "Enhancement"),
            ])
        let findings = try check(base, nextYear).filter { $0.rule == .technical }
        XCTAssertEqual(summary(findings), ["warning technical OP27"])
        XCTAssertTrue(findings[0].message.contains("'2017'"), findings[0].message)
        XCTAssertEqual(try check(base, base).filter { $0.rule == .technical }, [], "not within one session")
        // In the draft's language: the written French and Spanish 32/6 a session later.
        for (code, session, expected) in [
            (
                "fr", ("Trente-deuxième session", "Trente-cinquième session"),
                "OP27 est inchangé depuis A/HRC/RES/32/6 et cite encore «\u{A0}2017\u{A0}»"
            ),
            (
                "es", ("32º período de sesiones", "35º período de sesiones"),
                "OP27 no ha cambiado desde A/HRC/RES/32/6 y sigue mencionando «2017»"
            ),
        ] {
            let path = Corpus.root.appendingPathComponent("Tests/Fixtures/written/A-HRC-RES-32-6.\(code).txt").path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let later = text.replacingOccurrences(of: "A/HRC/RES/32/6", with: "A/HRC/35/L.5")
                .replacingOccurrences(of: session.0, with: session.1).replacingOccurrences(of: "32/6. ", with: "")
            let found = try check(
                try Resdiff.read(path), try ResolutionParser.parse(text: later, name: "draft.\(code).txt")
            ).filter { $0.rule == .technical }
            XCTAssertEqual(
                found.map(\.message.description).first.map { $0.hasPrefix(expected) }, true, "\(code): \(found)")
        }
    }

    func testPolicyFile() throws {
        let policy = try Policy.parse(
            """
            # kept beside the draft
            allow = OP5, OP7-OP9, new
            punctuation = error
            rule.technical = off
            format = github
            """, file: "policy.txt")
        XCTAssertEqual(policy.format, "github")
        XCTAssertEqual(policy.configuration.settings[.punctuation], .error)
        XCTAssertEqual(policy.configuration.settings[.technical], .off)
        XCTAssertTrue(
            policy.configuration.allows(ParagraphLabel("OP8")!)
                && policy.configuration.allows(ParagraphLabel("OP5(a)")!))
        XCTAssertFalse(policy.configuration.allows(ParagraphLabel("OP6")!))
        XCTAssertTrue(policy.configuration.allowNew)
        XCTAssertThrowsError(try Policy.parse("punctuation = loud", file: "p.txt")) { error in
            XCTAssertTrue((error as! CheckConfigurationError).message.hasPrefix("p.txt:1: "))
        }
    }

    func testOutputFormats() throws {
        let findings = [
            Finding(
                rule: .scope, level: .error, line: 12, paragraph: ParagraphLabel("OP5"),
                message: "OP5 changed: 50%, a,b"),
            Finding(rule: .openers, level: .warning, line: 3, paragraph: ParagraphLabel("PP1"), message: "odd\nopener"),
        ]
        XCTAssertEqual(
            FindingsRender.text(findings, file: "d.txt"),
            "d.txt:12: error: OP5 changed: 50%, a,b [scope]\nd.txt:3: warning: odd\nopener [openers]\n")
        XCTAssertEqual(
            FindingsRender.github(findings, file: "drafts/a,b.txt"),
            "::error file=drafts/a%2Cb.txt,line=12,title=resdiff scope::OP5 changed: 50%25, a,b\n"
                + "::warning file=drafts/a%2Cb.txt,line=3,title=resdiff openers::odd%0Aopener\n")
        let json =
            try JSONSerialization.jsonObject(with: Data(FindingsRender.json(findings, file: "d.txt").utf8))
            as? [String: Any]
        XCTAssertEqual(json?["errors"] as? Int, 1)
        XCTAssertEqual((json?["findings"] as? [[String: Any]])?.first?["rule"] as? String, "scope")
    }
}
