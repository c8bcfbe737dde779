import TestSupport
import XCTest

@testable import ResolutionLanguage
@testable import ResolutionReader

/// A text's language is told from its words and script; one resdiff does not read yet
/// is refused with its language named, never half-read. The non-English texts below were written here from the official
/// phrasing (they are not real documents); the English ones are the corpus.
final class LanguageGuessTests: XCTestCase {
    static let french = """
        Assemblée générale
        Distr. générale
        Point 72 b) de l'ordre du jour
        Résolution adoptée par l'Assemblée générale le 16 décembre 2020
        75/180. Renforcement de la coopération internationale dans le domaine des droits de l'homme
        L'Assemblée générale,
        Réaffirmant son attachement à la promotion de la coopération internationale, telle qu'elle est énoncée \
        dans la Charte des Nations Unies, en particulier au paragraphe 3 de l'Article premier, et dans les \
        dispositions pertinentes de la Déclaration et du Programme d'action de Vienne,
        1. Réaffirme que l'un des buts de l'Organisation des Nations Unies et la responsabilité de tous les \
        États Membres est de promouvoir et d'encourager le respect des droits de l'homme;
        """
    static let spanish = """
        Asamblea General
        Resolución aprobada por la Asamblea General el 16 de diciembre de 2020
        75/180. Fortalecimiento de la cooperación internacional en la esfera de los derechos humanos
        La Asamblea General,
        Reafirmando su compromiso de promover la cooperación internacional, según lo establecido en la Carta de \
        las Naciones Unidas, en particular en el Artículo 1, párrafo 3, y en las disposiciones pertinentes de la \
        Declaración y el Programa de Acción de Viena,
        1. Reafirma que uno de los propósitos de las Naciones Unidas y una responsabilidad de todos los Estados \
        Miembros es promover y alentar el respeto de los derechos humanos;
        """
    static let russian = String(
        repeating:
            "Генеральная Ассамблея, вновь подтверждая свою приверженность делу поощрения международного сотрудничества, ",
        count: 4)

    func testOtherLanguagesAreNamed() {
        XCTAssertEqual(LanguageGuess.detect(Self.french), .fr)
        XCTAssertEqual(LanguageGuess.detect(Self.spanish), .es)
        XCTAssertEqual(LanguageGuess.detect(Self.russian), .ru)
    }

    /// An English resolution that quotes long French titles is English: its opening
    /// formula decides (the French words once outnumbered the English ones and the
    /// text lost its preamble in silence).
    func testTheOpeningFormulaDecides() {
        let quoting = """
            Human Rights Council

            The Human Rights Council,

            Taking note of the following publications: « Les droits de l'homme et la liberté des peuples dans \
            le monde », « La protection des défenseurs des droits de l'homme dans le monde et la liberté des \
            peuples », « Les droits de la femme et de la famille dans les pays de la région », « La liberté de \
            la presse et des médias dans le monde et dans les pays de la région »,

            1. Welcomes the publications;
            """
        XCTAssertEqual(LanguageGuess.detect(quoting), .en)
        XCTAssertEqual(
            LanguageGuess.detect(quoting.replacingOccurrences(of: "The Human Rights Council,", with: "")), .fr)
    }

    func testEveryEnglishCorpusTextIsEnglish() throws {
        for name in Corpus.names { XCTAssertEqual(LanguageGuess.detect(try Corpus.text(name)), .en, name) }
    }

    /// Forced to a language its words are not in, a text is not half-read as a
    /// resolution: English read as French finds no formula.
    func testAForcedLanguageDoesNotHalfRead() throws {
        let english = try Corpus.text("A-HRC-RES-28-2")
        XCTAssertEqual(
            try ResolutionParser.parse(SourceText(name: "x.txt", text: english), language: .fr).kind, .report)
    }
}
