import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// The words the reports speak in, in the documents' language: a French delegation
/// reads "modification (93 % conservé)" and circulates "Texte de A/HRC/RES/32/6, avec
/// les modifications". One value per language, read by the text and HTML reports, the
/// Word redline's summary and the list of changes left out of amendments.
///
/// English, French and Spanish are written; Russian, Arabic and Chinese reports keep
/// English words around the documents' own text (Docs/languages.md).
struct ReportWords {
    /// The language of the report's own words.
    var code: LanguageCode
    /// The `lang` of the report's own words.
    var tag: String { code.rawValue }
    /// Names of the kinds of change as the summary counts them ("ajouts : 5") ...
    var kinds: [ChangeReport.ChangeKind: String]
    /// (A paragraph's header names its own kind in the singular, "ajout":
    /// `ChangeKind.name`.)
    var technical: String
    var technicalOne: String
    /// What stands between the summary's parts (a no-break space before it in French).
    var semicolon: String
    /// How a count is said: "5 added" in English, "ajouts : 5" in French.
    var countFirst: Bool
    var colon: String
    var otherCitations: String
    var technicalHidden: String
    /// "93% kept", "93 % conservé".
    var kept: String
    /// "93%", "93 %".
    var percent: String
    var shownReplaced: String
    var parts: [ParagraphKind: String]
    var newSide: String, oldSide: String
    var adopted: String
    /// Field titles by metadata key; nil in English, whose titles are the model's own.
    var fields: [String: String]?
    var months: [String]
    /// "{d} {m} {y}".
    var date: String

    // HTML
    var changesFrom: String
    var changesTitle: String
    var oldVersion: String, newVersion: String
    var details: String
    var versionsCompared: String
    var metadataChanged: String
    var field: String
    var file: String
    var summary: String
    var change: String
    var paragraphs: String
    var otherParts: String
    var whereColumn: String
    var technicalRow: String
    var unchanged: String
    /// The Word redline's summary: the changed paragraphs' row, and a removed one.
    var changedParagraphs: String
    var removedParagraph: String
    var amendments: String
    var amendment: String
    var textOf: String
    var paragraphAgainstParagraph: String
    var paragraph: String
    var footer: String
    var legend: String
    /// HTML written here, not text of a document: the terms carry their own marks.
    var legendItems: [(term: String, meaning: String)]
    var filters: [String: String]
    var toolbar: String
    var previous: String, next: String
    var keysHint: String

    // Badges
    var badgeNew: String, badgeRemoved: String, badgeTechnical: String
    var wordsChanged: String, oneWordChanged: String, punctuationChanged: String
    var rewritten: String
    var movedFrom: String, renumberedFrom: String, splitFrom: String, mergedInto: String
    var citationsChanged: String
    var split: String, merged: String

    /// The words of a report: its texts' language (the new one's, unless it has no text).
    static func of(_ report: ChangeReport) -> ReportWords {
        of(report.new.paragraphs.isEmpty ? report.old.language : report.new.language)
    }

    static func of(_ language: LanguageCode) -> ReportWords {
        switch language {
        case .fr: french
        case .es: spanish
        case .en, .ru, .ar, .zh: english
        }
    }

    /// `template` with each `{}` replaced by the next value (`String.filling`).
    static func fill(_ template: String, _ values: String...) -> String { template.filling(values) }

    /// A count with its kind: "5 added", "ajouts : 5".
    func count(_ n: Int, _ kind: String) -> String { countFirst ? "\(n) \(kind)" : "\(kind)\(colon) \(n)" }

    /// A body's name: the model's own (English) name, or the language's.
    func body(_ body: Body?) -> String? {
        guard let body else { return nil }
        guard code != .en else { return body.rawValue }
        return Language.of(code).header.bodies.first { $0.0 == body }?.1 ?? body.rawValue
    }

    /// A metadata field's value as the report shows it: a body by its name in the
    /// report's language, a date as the language writes dates, the rest as read.
    func value(_ key: String, _ value: String) -> String {
        if key == "body", let body = Body(rawValue: value) { return self.body(body) ?? value }
        return Presentation.shown(value, self)
    }

    /// A metadata field's title.
    func title(_ key: String) -> String {
        if let fields { return fields[key] ?? key }
        return key == "file" ? "File" : Metadata.field(key)?.title ?? Presentation.fieldName(key)
    }

    /// A metadata change's field name ("Adoption date").
    func changedField(_ key: String) -> String { fields?[key] ?? Presentation.fieldName(key) }

    static let english = ReportWords(
        code: .en,
        kinds: Dictionary(uniqueKeysWithValues: ChangeReport.ChangeKind.allCases.map { ($0, $0.rawValue) }),
        technical: "technical", technicalOne: "technical", semicolon: ";", countFirst: true, colon: ":",
        otherCitations: "with other footnote citations",
        technicalHidden: "technical hidden", kept: "{} kept", percent: "{}%", shownReplaced: "shown replaced",
        parts: [
            .heading: "headings", .footnote: "footnotes", .note: "notes", .header: "header",
            .adoption: "adoption block",
        ],
        newSide: "new", oldSide: "old", adopted: "adopted", fields: nil, months: Lexicon.english.months,
        date: "{} {} {}",
        changesFrom: "Changes from {} to {}", changesTitle: "{} → {}: changes", oldVersion: "Old", newVersion: "New",
        details: "The two versions in detail", versionsCompared: "The two versions compared",
        metadataChanged: "Metadata that changed", field: "Field", file: "File", summary: "Summary", change: "Change",
        paragraphs: "Paragraphs", otherParts: "Other parts", whereColumn: "Where",
        technicalRow: "Technical (yearly updates)", unchanged: "Unchanged",
        changedParagraphs: "Paragraphs changed", removedParagraph: "{} (removed)", amendments: "Amendments",
        amendment: "AMENDMENT {}", textOf: "Text of {}, with changes",
        paragraphAgainstParagraph: "{} and {}, paragraph against paragraph", paragraph: "Paragraph",
        footer:
            "Compared by resdiff {}. Typography (quotes, dashes, spaces) is not compared: where only it differs, nothing changed.",
        legend: "Legend",
        legendItems: [
            ("<del>struck through</del>", "words deleted from the old version"),
            ("<ins>underlined</ins>", "words inserted in the new version"),
            ("<span class=\"badge added\">NEW</span>", "a paragraph added in the new version"),
            ("<span class=\"badge removed\">REMOVED</span>", "a paragraph of the old version, no longer in the new"),
            (
                "<span class=\"badge\">REWORDED · 3 WORDS CHANGED</span>",
                "words changed inside the paragraph: in each place, the words taken out or put in, whichever are more"
            ),
            (
                "<span class=\"badge\">REWRITTEN · 21% OF THE TEXT KEPT</span>",
                "so little kept that the old text is shown struck through, then the new one"
            ),
            (
                "<span class=\"badge technical\">TECHNICAL</span>",
                "only numbers, dates, symbols or session numbers changed: a yearly update"
            ),
            ("<span class=\"badge\">MOVED from OP18</span>", "the paragraph stands elsewhere in the text"),
            ("<span class=\"badge\">RENUMBERED from OP14</span>", "the paragraph's number or letter changed"),
            (
                "<span class=\"badge\">SPLIT</span> <span class=\"badge\">MERGED</span>",
                "one paragraph became several, or several became one"
            ),
        ],
        filters: [
            "all": "All", "substantive": "Substantive", "technical": "Technical", "added": "Added",
            "removed": "Removed", "moved": "Moved",
        ],
        toolbar: "Show and move between changes", previous: "Previous change", next: "Next change",
        keysHint: "keys n / p or j / k",
        badgeNew: "NEW", badgeRemoved: "REMOVED", badgeTechnical: "TECHNICAL",
        wordsChanged: "REWORDED · {} WORDS CHANGED", oneWordChanged: "REWORDED · 1 WORD CHANGED",
        punctuationChanged: "REWORDED · PUNCTUATION CHANGED", rewritten: "REWRITTEN · {} OF THE TEXT KEPT",
        movedFrom: "MOVED from {}", renumberedFrom: "RENUMBERED from {}", splitFrom: "SPLIT from {}",
        mergedInto: "MERGED into {}", citationsChanged: "FOOTNOTE CITATIONS CHANGED", split: "SPLIT",
        merged: "MERGED")

    static let french = ReportWords(
        code: .fr,
        kinds: [
            .added: "ajouts", .removed: "suppressions", .reworded: "modifications", .renumbered: "renumérotations",
            .moved: "déplacements", .split: "divisions", .merged: "fusions", .citations: "renvois",
        ],
        technical: "techniques", technicalOne: "technique", semicolon: "\u{A0};", countFirst: false, colon: "\u{A0}:",
        otherCitations: "autres renvois aux notes", technicalHidden: "techniques masquées",
        kept: "{} du texte conservé", percent: "{}\u{A0}%", shownReplaced: "montré remplacé",
        parts: [
            .heading: "intertitres", .footnote: "notes", .note: "notes liminaires", .header: "en-tête",
            .adoption: "bloc d’adoption",
        ],
        newSide: "nouveau", oldSide: "ancien", adopted: "adoptée le",
        fields: [
            "symbol": "Cote", "title": "Titre", "body": "Organe", "session": "Session",
            "agendaItem": "Point de l’ordre du jour", "agendaTitle": "Intitulé du point",
            "resolutionNumber": "Résolution", "subtitle": "Sous-titre", "distributionDate": "Distribution",
            "adoptionDate": "Adoption", "meeting": "Séance", "vote": "Vote", "sponsors": "Auteurs",
            "openingFormula": "Formule d’ouverture", "file": "Fichier",
        ],
        months: Lexicon.french.months, date: "{} {} {}",
        changesFrom: "Modifications de {} à {}", changesTitle: "{} → {}\u{A0}: modifications",
        oldVersion: "Ancien", newVersion: "Nouveau", details: "Les deux versions en détail",
        versionsCompared: "Les deux versions comparées", metadataChanged: "Métadonnées modifiées", field: "Champ",
        file: "Fichier", summary: "Résumé", change: "Modification", paragraphs: "Paragraphes",
        otherParts: "Autres parties", whereColumn: "Où", technicalRow: "Techniques (mises à jour annuelles)",
        unchanged: "Inchangés", changedParagraphs: "Paragraphes modifiés", removedParagraph: "{} (supprimé)",
        amendments: "Amendements", amendment: "AMENDEMENT {}",
        textOf: "Texte de {}, avec les modifications",
        paragraphAgainstParagraph: "{} et {}, paragraphe par paragraphe", paragraph: "Paragraphe",
        footer:
            "Comparé par resdiff {}. La typographie (guillemets, tirets, espaces) n’est pas comparée\u{A0}: là où elle seule diffère, rien n’a changé.",
        legend: "Légende",
        legendItems: [
            ("<del>barré</del>", "mots supprimés de l’ancienne version"),
            ("<ins>souligné</ins>", "mots insérés dans la nouvelle version"),
            ("<span class=\"badge added\">NOUVEAU</span>", "paragraphe ajouté dans la nouvelle version"),
            (
                "<span class=\"badge removed\">SUPPRIMÉ</span>",
                "paragraphe de l’ancienne version qui n’est plus dans la nouvelle"
            ),
            (
                "<span class=\"badge\">MODIFIÉ · 3 MOTS CHANGÉS</span>",
                "mots changés dans le paragraphe\u{A0}: à chaque endroit, les mots retirés ou ajoutés, selon le plus grand nombre"
            ),
            (
                "<span class=\"badge\">RÉÉCRIT · 21\u{A0}% DU TEXTE CONSERVÉ</span>",
                "si peu conservé que l’ancien texte est montré barré, puis le nouveau"
            ),
            (
                "<span class=\"badge technical\">TECHNIQUE</span>",
                "seuls des nombres, dates, cotes ou numéros de session ont changé\u{A0}: une mise à jour annuelle"
            ),
            ("<span class=\"badge\">DÉPLACÉ (ancien OP18)</span>", "le paragraphe se trouve ailleurs dans le texte"),
            ("<span class=\"badge\">RENUMÉROTÉ (ancien OP14)</span>", "le numéro ou la lettre du paragraphe a changé"),
            (
                "<span class=\"badge\">DIVISÉ</span> <span class=\"badge\">FUSIONNÉ</span>",
                "un paragraphe en est devenu plusieurs, ou plusieurs n’en font plus qu’un"
            ),
        ],
        filters: [
            "all": "Tout", "substantive": "De fond", "technical": "Techniques", "added": "Ajouts",
            "removed": "Suppressions", "moved": "Déplacements",
        ],
        toolbar: "Afficher les modifications et passer de l’une à l’autre", previous: "Modification précédente",
        next: "Modification suivante", keysHint: "touches n / p ou j / k",
        badgeNew: "NOUVEAU", badgeRemoved: "SUPPRIMÉ", badgeTechnical: "TECHNIQUE",
        wordsChanged: "MODIFIÉ · {} MOTS CHANGÉS", oneWordChanged: "MODIFIÉ · 1 MOT CHANGÉ",
        punctuationChanged: "MODIFIÉ · PONCTUATION CHANGÉE", rewritten: "RÉÉCRIT · {} DU TEXTE CONSERVÉ",
        movedFrom: "DÉPLACÉ (ancien {})", renumberedFrom: "RENUMÉROTÉ (ancien {})", splitFrom: "DIVISÉ (ancien {})",
        mergedInto: "FUSIONNÉ dans {}", citationsChanged: "RENVOIS AUX NOTES MODIFIÉS", split: "DIVISÉ",
        merged: "FUSIONNÉ")

    static let spanish = ReportWords(
        code: .es,
        kinds: [
            .added: "adiciones", .removed: "supresiones", .reworded: "modificaciones", .renumbered: "renumeraciones",
            .moved: "traslados", .split: "divisiones", .merged: "fusiones", .citations: "remisiones",
        ],
        technical: "técnicas", technicalOne: "técnica", semicolon: ";", countFirst: false, colon: ":",
        otherCitations: "otras remisiones a notas",
        technicalHidden: "técnicas ocultas", kept: "{} del texto conservado", percent: "{}\u{A0}%",
        shownReplaced: "mostrado sustituido",
        parts: [
            .heading: "subtítulos", .footnote: "notas", .note: "notas preliminares", .header: "encabezamiento",
            .adoption: "bloque de aprobación",
        ],
        newSide: "nuevo", oldSide: "antiguo", adopted: "aprobada el",
        fields: [
            "symbol": "Signatura", "title": "Título", "body": "Órgano", "session": "Período de sesiones",
            "agendaItem": "Tema del programa", "agendaTitle": "Título del tema", "resolutionNumber": "Resolución",
            "subtitle": "Subtítulo", "distributionDate": "Distribución", "adoptionDate": "Aprobación",
            "meeting": "Sesión", "vote": "Votación", "sponsors": "Patrocinadores",
            "openingFormula": "Fórmula de apertura", "file": "Archivo",
        ],
        months: Lexicon.spanish.months, date: "{} de {} de {}",
        changesFrom: "Cambios de {} a {}", changesTitle: "{} → {}: cambios", oldVersion: "Antigua",
        newVersion: "Nueva", details: "Las dos versiones en detalle", versionsCompared: "Las dos versiones comparadas",
        metadataChanged: "Metadatos modificados", field: "Campo", file: "Archivo", summary: "Resumen", change: "Cambio",
        paragraphs: "Párrafos", otherParts: "Otras partes", whereColumn: "Dónde",
        technicalRow: "Técnicas (actualizaciones anuales)", unchanged: "Sin cambios",
        changedParagraphs: "Párrafos modificados", removedParagraph: "{} (suprimido)", amendments: "Enmiendas",
        amendment: "ENMIENDA {}", textOf: "Texto de {}, con los cambios",
        paragraphAgainstParagraph: "{} y {}, párrafo por párrafo", paragraph: "Párrafo",
        footer:
            "Comparado por resdiff {}. La tipografía (comillas, guiones, espacios) no se compara: donde solo ella difiere, nada cambió.",
        legend: "Leyenda",
        legendItems: [
            ("<del>tachado</del>", "palabras suprimidas de la versión antigua"),
            ("<ins>subrayado</ins>", "palabras insertadas en la versión nueva"),
            ("<span class=\"badge added\">NUEVO</span>", "párrafo añadido en la versión nueva"),
            (
                "<span class=\"badge removed\">SUPRIMIDO</span>",
                "párrafo de la versión antigua que ya no está en la nueva"
            ),
            (
                "<span class=\"badge\">MODIFICADO · 3 PALABRAS CAMBIADAS</span>",
                "palabras cambiadas en el párrafo: en cada lugar, las palabras quitadas o añadidas, las que sean más"
            ),
            (
                "<span class=\"badge\">REESCRITO · 21 % DEL TEXTO CONSERVADO</span>",
                "tan poco conservado que el texto antiguo se muestra tachado y luego el nuevo"
            ),
            (
                "<span class=\"badge technical\">TÉCNICO</span>",
                "solo cambiaron números, fechas, signaturas o números de período de sesiones: una actualización anual"
            ),
            ("<span class=\"badge\">TRASLADADO (antes OP18)</span>", "el párrafo está en otro lugar del texto"),
            ("<span class=\"badge\">RENUMERADO (antes OP14)</span>", "cambió el número o la letra del párrafo"),
            (
                "<span class=\"badge\">DIVIDIDO</span> <span class=\"badge\">FUSIONADO</span>",
                "un párrafo pasó a ser varios, o varios pasaron a ser uno"
            ),
        ],
        filters: [
            "all": "Todo", "substantive": "De fondo", "technical": "Técnicos", "added": "Adiciones",
            "removed": "Supresiones", "moved": "Traslados",
        ],
        toolbar: "Mostrar los cambios y pasar de uno a otro", previous: "Cambio anterior", next: "Cambio siguiente",
        keysHint: "teclas n / p o j / k",
        badgeNew: "NUEVO", badgeRemoved: "SUPRIMIDO", badgeTechnical: "TÉCNICO",
        wordsChanged: "MODIFICADO · {} PALABRAS CAMBIADAS", oneWordChanged: "MODIFICADO · 1 PALABRA CAMBIADA",
        punctuationChanged: "MODIFICADO · PUNTUACIÓN CAMBIADA", rewritten: "REESCRITO · {} DEL TEXTO CONSERVADO",
        movedFrom: "TRASLADADO (antes {})", renumberedFrom: "RENUMERADO (antes {})", splitFrom: "DIVIDIDO (antes {})",
        mergedInto: "FUSIONADO en {}", citationsChanged: "REMISIONES A NOTAS MODIFICADAS", split: "DIVIDIDO",
        merged: "FUSIONADO")
}
