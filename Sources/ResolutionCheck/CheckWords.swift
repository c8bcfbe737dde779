import ResolutionLanguage
import ResolutionModel

/// The words of the check messages, in the draft's language: a French delegation reads
/// "OP3 se termine par « , » ; un paragraphe du dispositif se termine par un
/// point-virgule". Templates take their values in order for each `{}`. English, French
/// and Spanish are written; the other languages' drafts get English messages (the
/// rules that run on them are the structural ones).
struct CheckWords {
    var citesMissingFootnote: String
    var footnoteNotCited: String
    var bisOutOfPlace: String
    var after: String
    var repeated: String
    var missingOne: String
    var missingRange: String
    var comesAfter: String
    var subparagraphLetter: String
    var endsWith: String
    var noPunctuation: String
    var quoted: String
    var introducesNothing: String
    var introducesSubparagraphs: String
    var lastSubparagraph: String
    var preambularSubparagraph: String
    var subparagraph: String
    var preambular: String
    var lastOperative: String
    var operative: String
    var newNotAllowed: String
    var outsideAllowed: String
    var removed: String
    var staleYear: String
    var theBase: String
    let language: LanguageCode

    static func of(_ language: LanguageCode) -> CheckWords {
        switch language {
        case .fr: french
        case .es: spanish
        case .en, .ru, .ar, .zh: english
        }
    }

    /// `template` with each `{}` replaced by the next value (`String.filling`).
    static func fill(_ template: String, _ values: String...) -> String { template.filling(values) }

    static let english = CheckWords(
        citesMissingFootnote: "{} cites footnote {}, which is not in the text",
        footnoteNotCited: "footnote {} is cited by no paragraph",
        bisOutOfPlace: "paragraph {} {} does not follow paragraph {}", after: " after paragraph {}",
        repeated: "number {} is repeated or out of order (expected {})", missingOne: "{} is missing",
        missingRange: "{} to {} are missing", comesAfter: "paragraph {} comes{}: {}",
        subparagraphLetter: "sub-paragraph ({}) of {} should be ({})", endsWith: "{} ends with {}{}; {}",
        noPunctuation: "no punctuation", quoted: "'{}'", introducesNothing: " but introduces no sub-paragraphs",
        introducesSubparagraphs: "a paragraph that introduces sub-paragraphs ends with a colon",
        lastSubparagraph: "the last sub-paragraph of the last operative paragraph ends with a full stop",
        preambularSubparagraph: "a preambular sub-paragraph ends with a comma or semicolon",
        subparagraph: "a sub-paragraph ends with a semicolon", preambular: "a preambular paragraph ends with a comma",
        lastOperative: "the last operative paragraph ends with a full stop",
        operative: "an operative paragraph ends with a semicolon",
        newNotAllowed: "{} is a new paragraph, and new paragraphs are not allowed: {}",
        outsideAllowed: "{} of the base is {}, outside the allowed paragraphs: {}", removed: "removed",
        staleYear: "{} is unchanged from {} and still names {}; a yearly update may be missing", theBase: "the base",
        language: .en)

    static let french = CheckWords(
        citesMissingFootnote: "{} renvoie à la note {}, qui ne figure pas dans le texte",
        footnoteNotCited: "la note {} n’est citée par aucun paragraphe",
        bisOutOfPlace: "le paragraphe {} {} ne suit pas le paragraphe {}", after: " après le paragraphe {}",
        repeated: "le numéro {} est répété ou hors de l’ordre (attendu\u{A0}: {})", missingOne: "il manque le {}",
        missingRange: "il manque les {} à {}", comesAfter: "le paragraphe {} vient{}\u{A0}: {}",
        subparagraphLetter: "l’alinéa ({}) de {} devrait être ({})", endsWith: "{} se termine par {}{}\u{A0}; {}",
        noPunctuation: "aucune ponctuation", quoted: "«\u{A0}{}\u{A0}»",
        introducesNothing: " mais n’introduit aucun alinéa",
        introducesSubparagraphs: "un paragraphe qui introduit des alinéas se termine par un deux-points",
        lastSubparagraph: "le dernier alinéa du dernier paragraphe du dispositif se termine par un point",
        preambularSubparagraph: "un alinéa du préambule se termine par une virgule ou un point-virgule",
        subparagraph: "un alinéa se termine par un point-virgule",
        preambular: "un alinéa du préambule se termine par une virgule",
        lastOperative: "le dernier paragraphe du dispositif se termine par un point",
        operative: "un paragraphe du dispositif se termine par un point-virgule",
        newNotAllowed: "{} est un nouveau paragraphe, et les nouveaux paragraphes ne sont pas autorisés\u{A0}: {}",
        outsideAllowed: "{} du texte de base a changé ({}), hors des paragraphes autorisés\u{A0}: {}",
        removed: "suppression",
        staleYear: "{} est inchangé depuis {} et cite encore {}\u{A0}; une mise à jour annuelle manque peut-être",
        theBase: "le texte de base", language: .fr)

    static let spanish = CheckWords(
        citesMissingFootnote: "{} remite a la nota {}, que no figura en el texto",
        footnoteNotCited: "la nota {} no se cita en ningún párrafo",
        bisOutOfPlace: "el párrafo {} {} no sigue al párrafo {}", after: " después del párrafo {}",
        repeated: "el número {} está repetido o fuera de orden (se esperaba el {})", missingOne: "falta el {}",
        missingRange: "faltan del {} al {}", comesAfter: "el párrafo {} viene{}: {}",
        subparagraphLetter: "el apartado ({}) de {} debería ser ({})", endsWith: "{} termina con {}{}; {}",
        noPunctuation: "ningún signo de puntuación", quoted: "«{}»",
        introducesNothing: " pero no introduce ningún apartado",
        introducesSubparagraphs: "un párrafo que introduce apartados termina con dos puntos",
        lastSubparagraph: "el último apartado del último párrafo de la parte dispositiva termina con un punto",
        preambularSubparagraph: "un apartado del preámbulo termina con una coma o un punto y coma",
        subparagraph: "un apartado termina con un punto y coma",
        preambular: "un párrafo del preámbulo termina con una coma",
        lastOperative: "el último párrafo de la parte dispositiva termina con un punto",
        operative: "un párrafo de la parte dispositiva termina con un punto y coma",
        newNotAllowed: "{} es un párrafo nuevo, y no se permiten párrafos nuevos: {}",
        outsideAllowed: "{} del texto de base ha cambiado ({}), fuera de los párrafos permitidos: {}",
        removed: "supresión",
        staleYear: "{} no ha cambiado desde {} y sigue mencionando {}; quizá falte una actualización anual",
        theBase: "el texto de base", language: .es)
}
