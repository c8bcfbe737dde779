import ResolutionLanguage
import ResolutionModel

/// Amendments as the United Nations writes them in French and Spanish: "Au paragraphe 5
/// du dispositif, après les mots « … », insérer les mots « … »"; "En el párrafo 5 de la
/// parte dispositiva, después de las palabras “…”, insértense las palabras “…”". The
/// instructions are the same values as in English; only their sentences differ.
/// (English is `AmendmentText.sentence`; the other languages are written in English
/// until their phrasing is added here.)
package enum AmendmentPhrases {
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

// MARK: Reading French and Spanish

extension AmendmentPhrases {
    /// Where the list of changes to make by hand starts, in each language: reading
    /// stops there (its lines are no instructions).
    package static let unexpressedHeadings = [
        "Non rédigé sous forme d’amendements (à modifier à la main)\u{A0}:",
        "No redactado como enmiendas (modifíquese a mano):",
    ]

    /// A French or Spanish instruction said in English words, for the one reader of
    /// instructions: "Au paragraphe 5 du dispositif, après les mots « a », insérer le mot
    /// « b »." → "in operative paragraph 5, after the words “a”, insert the words “b”".
    /// The quoted words are kept as written; nil when the sentence reads as neither
    /// language's phrasing.
    static func english(_ block: String) -> String? {
        // "and renumber the following paragraphs" says what follows anyway; it may end a
        // quoted new paragraph.
        var text = block.replacingOccurrences(
            of: #",? (?:et renuméroter les paragraphes suivants en conséquence|y renumérense los párrafos siguientes)"#,
            with: "", options: [.regularExpression, .caseInsensitive])
        // A paragraph's new text follows its colon as written (it may quote in turn, with
        // its own spacing): only the sentence before it is said in English, and only the
        // guillemets around each new paragraph lose their no-break spaces.
        var body = ""
        if let colon = text.range(
            of: "(?:ainsi libellée?s?|texte suivant|que digan?|texto siguiente)[ \u{A0}]?:",
            options: [.regularExpression, .caseInsensitive])
        {
            var rest = text[colon.upperBound...].trimming(" ")
            rest = rest.replacingOccurrences(of: "\u{A0}» «\u{A0}", with: "» «")
            if rest.hasPrefix("«\u{A0}") { rest = "«" + rest.dropFirst(2) }
            if rest.hasSuffix("\u{A0}»") { rest = rest.dropLast(2) + "»" }
            body = " " + rest
            text = String(text[..<colon.upperBound])
        }
        // French quotation marks hold their words apart with no-break spaces.
        text = text.replacingOccurrences(of: "«\u{A0}", with: "«").replacingOccurrences(of: "\u{A0}»", with: "»")
        text = text.replacingOccurrences(of: "\u{A0}", with: " ")
        guard let (shape, quotes) = try? AmendmentText.extractQuotes(text) else { return nil }
        var s = " " + shape.lowercased().split(separator: " ").joined(separator: " ") + " "
        let before = s
        for (pattern, replacement) in readingRules {
            s = s.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        // "the troisième preambular paragraph" by its number; "b) c)" as "(b) (c)".
        while let r = s.range(
            of: #"the (?:[a-zéèá]+[- ])*?[a-zéèá]+ preambular paragraph"#, options: .regularExpression),
            case let word = String(s[r].dropFirst(4).dropLast(" preambular paragraph".count)),
            let n = FrenchOrdinals.value(word) ?? spanishOrdinals[word]
        {
            s.replaceSubrange(r, with: "preambular paragraph \(n)")
        }
        while let r = s.range(of: #"(?<= |\()([a-z]+)\)(?= |of )"#, options: .regularExpression),
            s[..<r.lowerBound].hasSuffix(" ") || s[..<r.lowerBound].hasSuffix(") ")
        {
            s.replaceSubrange(r, with: "(" + s[r].dropLast() + ")")
        }
        s = s.replacingOccurrences(
            of: #"^ (?:au |à |en )?(operative paragraph|preambular paragraph|subparagraph|footnote)"#, with: " in $1",
            options: .regularExpression)
        guard s != before else { return nil }
        // Each quotation back in its place, in the reader's own quotation marks.
        var out = s.trimming(" ")
        for (k, quote) in quotes.enumerated().reversed() {
            out = out.replacingOccurrences(of: "§\(k)§", with: "“\(quote.trimming(" "))”")
        }
        return out + body
    }

    /// Spanish ordinals as the UN's Spanish names preambular paragraphs ("el quinto
    /// párrafo del preámbulo"), first to twentieth.
    static let spanishOrdinals: [String: Int] = {
        let words = [
            ["primer", "primero"], ["segundo"], ["tercer", "tercero"], ["cuarto"], ["quinto"], ["sexto"],
            ["séptimo", "septimo"], ["octavo"], ["noveno"], ["décimo", "decimo"], ["undécimo", "decimoprimero"],
            ["duodécimo", "decimosegundo"], ["decimotercer", "decimotercero"], ["decimocuarto"], ["decimoquinto"],
            ["decimosexto"], ["decimoséptimo"], ["decimoctavo"], ["decimonoveno"], ["vigésimo"],
        ]
        var out: [String: Int] = [:]
        for (k, forms) in words.enumerated() { for form in forms { out[form] = k + 1 } }
        return out
    }()

    /// Patterns over a lowered sentence with its quotations as §n§, in order: the
    /// references first ("paragraphe 5 du dispositif" → "operative paragraph 5"), then
    /// the verbs. Sub-paragraph letters are written "b)" in both languages.
    private static let readingRules: [(String, String)] = {
        let sub = #"((?:[a-z]+\) ?)+)"#
        // An ordinal in words, as short as it can be: "troisième", "vingt et unième".
        let ordinal = #"((?:[a-zéèá]+[- ])*?[a-zéèá]+)"#
        let rules: [(String, String)] = [
            // French references.
            (
                #" (?:à l’|à l'|l’|l')alinéa \#(sub)du paragraphe (\S+) du dispositif"#,
                " subparagraph $1of operative paragraph $2"
            ),
            (#" (?:au |le )?paragraphe (\S+) du dispositif"#, " operative paragraph $1"),
            (#" (?:au |le )\#(ordinal) alinéa du préambule"#, " the $1 preambular paragraph"),
            (#" (?:au |le )?alinéa (\d+) du préambule"#, " preambular paragraph $1"),
            (#" (?:à la |la )note (\d+)"#, " footnote $1"),
            // Spanish references ("del" is "de el").
            (
                #" (?:en |de )?(?:el |del )apartado \#(sub)del párrafo (\S+) de la parte dispositiva"#,
                " subparagraph $1of operative paragraph $2"
            ),
            (#" (?:en |de )?(?:el |del )párrafo (\S+) de la parte dispositiva"#, " operative paragraph $1"),
            (#" (?:en |de )?(?:el |del )párrafo (\S+) del preámbulo"#, " preambular paragraph $1"),
            (#" (?:en |de )?(?:el |del )\#(ordinal) párrafo del preámbulo"#, " the $1 preambular paragraph"),
            (#" (?:en |de )?la nota (\d+)"#, " footnote $1"),
            // French verbs.
            (#" (?:les mots|le mot) "#, " the words "),
            (#" après "#, " after "), (#" avant "#, " before "),
            (#" insérer une note de bas de page ainsi libellée ?:"#, " insert a footnote reading:"),
            (
                #" insérer (?:un )?(?:deux |trois |quatre |cinq |six |sept |huit |neuf |dix |\d+ )?nouv(?:el|eau|eaux|elles?) (?:alinéas?|paragraphes?) ainsi libellés? ?:"#,
                " insert new paragraphs reading:"
            ),
            (#" insérer une virgule"#, " insert “,”"), (#" insérer un point-virgule"#, " insert “;”"),
            (#" insérer deux-points"#, " insert “:”"), (#" insérer un point"#, " insert “.”"),
            (#" insérer "#, " insert "), (#" supprimer "#, " delete "),
            (#" remplacer (.+) par le texte suivant ?:"#, " replace $1 with the following text:"),
            (#" remplacer (.+) par "#, " replace $1 with "),
            (#" placer (.+) after "#, " move $1 to follow "), (#" placer (.+) before "#, " move $1 to precede "),
            // Spanish verbs (singular and plural passives).
            (#" (?:las palabras|la palabra) "#, " the words "),
            (#" después de "#, " after "), (#" antes de "#, " before "), (#" después "#, " after "),
            (#" antes "#, " before "),
            (#" insértese una nota a pie de página que diga ?:"#, " insert a footnote reading:"),
            (
                #" insért(?:e|en)se (?:un |dos |tres |cuatro |cinco |seis |siete |ocho |nueve |diez |\d+ )?nuevos? párrafos? que dig(?:a|an) ?:"#,
                " insert new paragraphs reading:"
            ),
            (#" insértese una coma"#, " insert “,”"), (#" insértese un punto y coma"#, " insert “;”"),
            (#" insértese dos puntos"#, " insert “:”"), (#" insértese un punto"#, " insert “.”"),
            (#" insért(?:e|en)se "#, " insert "), (#" suprím(?:a|a)n?se "#, " delete "),
            (#" sustitúya(?:n)?se (.+) por el texto siguiente ?:"#, " replace $1 with the following text:"),
            (#" sustitúya(?:n)?se (.+) por "#, " replace $1 with "),
            (#" trasládese (.+) para que figure after "#, " move $1 to follow "),
            (#" trasládese (.+) para que figure before "#, " move $1 to precede "),
        ]
        return rules
    }()
}
