import ResolutionLanguage
import ResolutionModel

/// Amendments as the United Nations writes them in French and Spanish: "Au paragraphe 5
/// du dispositif, après les mots « … », insérer les mots « … »"; "En el párrafo 5 de la
/// parte dispositiva, después de las palabras “…”, insértense las palabras “…”". The
/// instructions are the same values as in English; only their sentences differ.
/// (English is `AmendmentText.sentence`; the other languages are written in English
/// until their phrasing is added here.)
enum AmendmentPhrases {
    /// The sentence of `i` in `language`, or nil for a language with no phrasing yet.
    static func sentence(_ i: AmendmentInstruction, in language: LanguageCode) -> String? {
        switch language {
        case .fr: french(i)
        case .es: spanish(i)
        case .en, .ru, .ar, .zh: nil
        }
    }

    /// "Amendements à …" / "Enmiendas a …".
    static func title(_ base: String, target: String?, in language: LanguageCode) -> String? {
        switch language {
        case .fr: "Amendements à \(base)" + (target.map { " (donnant \($0))" } ?? "")
        case .es: "Enmiendas a \(base)" + (target.map { " (que dan \($0))" } ?? "")
        case .en, .ru, .ar, .zh: nil
        }
    }

    /// 2 to 10 in words (`words` starting at two), larger counts in digits.
    private static func count(_ n: Int, _ words: [String]) -> String { (2...10).contains(n) ? words[n - 2] : "\(n)" }

    // MARK: French

    static func french(_ i: AmendmentInstruction) -> String {
        func q(_ words: String) -> String {
            (words.contains(" ") ? "les mots " : "le mot ") + "«\u{A0}\(words)\u{A0}»"
        }
        let marks = [",": "une virgule", ";": "un point-virgule", ":": "deux-points", ".": "un point"]
        let renumber = " et renuméroter les paragraphes suivants en conséquence"
        switch i {
        case .insertWords(let r, let anchor, let before, let words):
            return "\(at(r)), \(before ? "avant" : "après") \(q(anchor)), insérer \(marks[words] ?? q(words))."
        case .deleteWords(let r, let words, let after):
            return "\(at(r)), " + (after.map { "après \(q($0)), " } ?? "") + "supprimer \(q(words))."
        case .replaceWords(let r, let old, let new):
            return "\(at(r)), remplacer \(q(old)) par \(q(new))."
        case .deleteParagraph(let r):
            return "Supprimer \(the(r))" + (r.part == .operative ? renumber : "") + "."
        case .insertParagraph(let r, let before, let text):
            let paragraphs = text.split(separator: "\n")
            // Preambular paragraphs are "alinéas" in French.
            let (one, many) =
                r.part == .preambular
                ? ("un nouvel alinéa ainsi libellé", "nouveaux alinéas ainsi libellés")
                : ("un nouveau paragraphe ainsi libellé", "nouveaux paragraphes ainsi libellés")
            let what =
                paragraphs.count == 1
                ? "insérer \(one)"
                : "insérer \(count(paragraphs.count, ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"])) \(many)"
            return "\(before ? "Avant" : "Après") \(the(r)), \(what)\u{A0}:"
                + paragraphs.map { "\n   «\u{A0}\($0)\u{A0}»" }.joined() + (r.part == .operative ? renumber : "")
        case .moveParagraph(let r, let to, let before):
            return "Placer \(the(r)) \(before ? "avant" : "après") \(the(to))" + (r.part == .operative ? renumber : "")
                + "."
        case .replaceParagraph(let r, let text):
            return "Remplacer \(the(r)) par le texte suivant\u{A0}:\n   «\u{A0}\(text)\u{A0}»"
        case .insertFootnote(let r, let anchor, let text):
            return
                "\(at(r)), après \(q(anchor)), insérer une note de bas de page ainsi libellée\u{A0}:\n   «\u{A0}\(text)\u{A0}»"
        }
    }

    /// "le paragraphe 5 du dispositif", "le troisième alinéa du préambule", "l'alinéa b)
    /// du paragraphe 5 du dispositif", "la note 2".
    private static func the(_ r: ParagraphReference) -> String {
        let sub = r.subparagraphs.map { "\($0))" }.joined(separator: " ")
        switch r.part {
        case .preambular:
            let base =
                Int(r.number).flatMap { FrenchOrdinals.word($0) }.map { "\($0) alinéa du préambule" }
                ?? "alinéa \(r.number) du préambule"
            return sub.isEmpty ? "le \(base)" : "l’alinéa \(sub) du \(base)"
        case .operative:
            let base = "paragraphe \(r.number) du dispositif"
            return sub.isEmpty ? "le \(base)" : "l’alinéa \(sub) du \(base)"
        case .footnote:
            return "la note \(r.number)"
        }
    }

    /// "Au paragraphe 5 du dispositif", "Au troisième alinéa du préambule", "À la note 2".
    private static func at(_ r: ParagraphReference) -> String {
        let the = the(r)
        if the.hasPrefix("le ") { return "Au " + the.dropFirst(3) }
        if the.hasPrefix("la ") { return "À la " + the.dropFirst(3) }
        return "À " + the
    }

    // MARK: Spanish

    static func spanish(_ i: AmendmentInstruction) -> String {
        func q(_ words: String) -> String {
            (words.contains(" ") ? "las palabras " : "la palabra ") + "“\(words)”"
        }
        /// The passive verb agrees with what it governs: "suprímase la palabra",
        /// "suprímanse las palabras".
        func verb(_ singular: String, _ words: String) -> String {
            words.contains(" ") ? singular.dropLast(2) + "nse" : singular
        }
        let marks = [",": "una coma", ";": "un punto y coma", ":": "dos puntos", ".": "un punto"]
        let renumber = " y renumérense los párrafos siguientes"
        switch i {
        case .insertWords(let r, let anchor, let before, let words):
            let what = marks[words].map { "insértese " + $0 } ?? "\(verb("insértese", words)) \(q(words))"
            return "\(atES(r)), \(before ? "antes" : "después") \(of(theES(r), anchor: q(anchor))), \(what)."
        case .deleteWords(let r, let words, let after):
            return "\(atES(r)), " + (after.map { "después de \(q($0)), " } ?? "")
                + "\(verb("suprímase", words)) \(q(words))."
        case .replaceWords(let r, let old, let new):
            return "\(atES(r)), \(verb("sustitúyase", old)) \(q(old)) por \(q(new))."
        case .deleteParagraph(let r):
            return "Suprímase \(theES(r))" + (r.part == .operative ? renumber : "") + "."
        case .insertParagraph(let r, let before, let text):
            let paragraphs = text.split(separator: "\n")
            let what =
                paragraphs.count == 1
                ? "insértese un nuevo párrafo que diga"
                : "insértense \(count(paragraphs.count, ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"])) nuevos párrafos que digan"
            return "\(before ? "Antes" : "Después") \(of(theES(r))), \(what):"
                + paragraphs.map { "\n   “\($0)”" }.joined() + (r.part == .operative ? renumber : "")
        case .moveParagraph(let r, let to, let before):
            return "Trasládese \(theES(r)) para que figure \(before ? "antes" : "después") \(of(theES(to)))"
                + (r.part == .operative ? renumber : "") + "."
        case .replaceParagraph(let r, let text):
            return "Sustitúyase \(theES(r)) por el texto siguiente:\n   “\(text)”"
        case .insertFootnote(let r, let anchor, let text):
            return "\(atES(r)), después de \(q(anchor)), insértese una nota a pie de página que diga:\n   “\(text)”"
        }
    }

    /// "de" before a reference, contracted with its article: "del párrafo 5", "de la
    /// nota 2"; or before quoted words ("de las palabras").
    private static func of(_ the: String, anchor: String? = nil) -> String {
        let object = anchor ?? the
        return object.hasPrefix("el ") ? "del " + object.dropFirst(3) : "de " + object
    }

    /// "el párrafo 5 de la parte dispositiva", "el párrafo 3 del preámbulo", "el apartado
    /// b) del párrafo 5 de la parte dispositiva", "la nota 2".
    private static func theES(_ r: ParagraphReference) -> String {
        let sub = r.subparagraphs.map { "\($0))" }.joined(separator: " ")
        let base: String
        switch r.part {
        case .preambular: base = "párrafo \(r.number) del preámbulo"
        case .operative: base = "párrafo \(r.number) de la parte dispositiva"
        case .footnote: return "la nota \(r.number)"
        }
        return sub.isEmpty ? "el \(base)" : "el apartado \(sub) del \(base)"
    }

    /// "En el párrafo 5 de la parte dispositiva", "En la nota 2".
    private static func atES(_ r: ParagraphReference) -> String { "En " + theES(r) }
}
