import ResolutionModel

/// Everything the pipeline needs to know about one official language, in one value:
/// the opening formulas, how preambular paragraphs open, the operative verbs, months,
/// the header's and the adoption block's words. Each stage asks the document's
/// language instead of spelling English; Docs/languages.md says how to add one.
///
/// All six are read: English, French and Spanish with their headers, dates and
/// adoption blocks; Russian, Arabic and Chinese with their formulas, openers,
/// numbering and punctuation (their headers' fields in part).
public struct Language: Sendable {
    public let code: LanguageCode
    /// Month names, the adoption block's words.
    public let lexicon: Lexicon
    /// How paragraphs open: formulas, preambular openers, operative verbs.
    public let openers: Openers
    /// Header phrases: body names, agenda item, session, "adopted by".
    public let header: HeaderWords
    /// The adoption block's words.
    public let adoption: AdoptionWords
    /// Words that may stand between a date's day, month and year ("1 de julio de 2016").
    public let dateConnectors: Set<String>
    /// Spoken ordinals that name sessions ("Twenty-eighth", "trente-deuxième").
    let ordinal: @Sendable (String) -> Int?
    /// Numbers written in words where other languages use digits, as `Concordance`
    /// compares them: "article premier" is article 1.
    package var numberPhrases: [String: String] = [:]

    /// The facts of `code`.
    public static func of(_ code: LanguageCode) -> Language {
        switch code {
        case .en: english
        case .fr: french
        case .es: spanish
        case .ru: russian
        case .ar: arabic
        case .zh: chinese
        }
    }

    /// A session's number from its ordinal word, in this language.
    public func ordinalValue(_ word: some StringProtocol) -> Int? { ordinal(String(word)) }

    public static let english = Language(
        code: .en, lexicon: .english,
        openers: Openers(
            formulas: [:], englishFormulaRule: true,
            adjectives: [
                "mindful", "aware", "conscious", "cognizant", "cognisant", "desirous", "keen", "whereas", "bearing",
                "convinced", "determined", "alarmed", "concerned", "guided", "further", "also", "noting", "acting",
                "taking", "having", "emphasising", "fully", "resolved", "appreciative", "grateful", "confident",
                "sensible", "anxious", "wishing",
            ],
            endings: ["ing", "ed", "ly"],
            notOpeners: [
                "united", "beijing", "reading", "washington", "kingdom", "wedding", "pudding", "sterling", "ling",
                "bed", "red", "shed", "fed", "wed", "led", "sled", "ted",
            ],
            reflexives: [],
            operativeVerbs: [
                "takes", "decides", "requests", "welcomes", "urges", "calls", "invites", "encourages", "reaffirms",
                "affirms", "notes", "stresses", "emphasizes", "expresses", "acknowledges", "endorses", "adopts",
                "approves", "condemns", "deplores", "recommends", "underlines", "reiterates", "appeals", "authorizes",
                "demands", "commends", "proclaims", "declares", "recognizes",
            ]),
        header: HeaderWords(
            bodies: [
                (.humanRightsCouncil, "Human Rights Council"),
                (.economicAndSocialCouncil, "Economic and Social Council"),
                (.securityCouncil, "Security Council"), (.generalAssembly, "General Assembly"),
            ],
            agendaItem: "Agenda item", sessionWord: "session", sessionSuffix: " session", adoptedBy: "dopted by the ",
            fields: ["Distr.", "Original:", "Agenda item", "Resolution adopted", "Decision adopted", "["]),
        adoption: AdoptionWords(
            ordinalSuffixes: ["st", "nd", "rd", "th"], meeting: "meeting", plenary: "plenary", plenaryAfter: "",
            votes: ["Adopted without a vote", "Adopted by ", "Adopted at "], dayOrdinal: ""),
        dateConnectors: [], ordinal: { Ordinals.value($0) })

    public static let french = Language(
        code: .fr, lexicon: .french,
        openers: Openers(
            formulas: [
                "l'assemblée générale": .generalAssembly, "le conseil des droits de l'homme": .humanRightsCouncil,
                "le conseil de sécurité": .securityCouncil,
                "le conseil économique et social": .economicAndSocialCouncil,
            ],
            englishFormulaRule: false,
            adjectives: [
                "conscient", "consciente", "conscients", "consciences", "convaincu", "convaincue", "convaincus",
                "préoccupé", "préoccupée", "préoccupés", "alarmé", "alarmée", "résolu", "résolue", "résolus",
                "déterminé", "déterminée", "déterminés", "guidé", "guidée", "guidés", "désireux", "désireuse",
                "persuadé", "persuadée", "inquiet", "inquiète", "constatant", "notant", "ayant", "étant",
                "considérant", "attaché", "attachée", "sachant", "encouragé", "encouragée", "satisfait", "satisfaite",
                "fermement", "profondément", "vivement", "gravement", "sérieusement", "également", "rappelant",
            ],
            endings: ["ant", "ment"],
            notOpeners: [
                "pendant", "durant", "cependant", "maintenant", "constant", "important", "suivant", "avant", "enfant",
                "néanmoins", "comment", "notamment", "seulement", "gouvernement", "développement", "environnement",
                "parlement", "règlement", "document", "traitement", "financement", "instrument", "élément",
                "événement", "engagement", "département", "désarmement", "établissement", "fonctionnement",
            ],
            reflexives: ["se", "s'"],
            operativeVerbs: [
                "décide", "prie", "demande", "invite", "encourage", "engage", "exhorte", "réaffirme", "affirme",
                "souligne", "note", "prend", "félicite", "salue", "condamne", "déplore", "recommande", "exprime",
                "reconnaît", "reconnait", "accueille", "approuve", "adopte", "souscrit", "proclame", "déclare",
                "insiste", "rappelle", "considère", "estime", "constate", "lance", "appelle", "autorise", "exige",
                "remercie", "charge", "soutient", "réitère", "confirme", "entérine", "invite", "est", "sait",
            ]),
        header: HeaderWords(
            bodies: [
                (.humanRightsCouncil, "Conseil des droits de l'homme"),
                (.economicAndSocialCouncil, "Conseil économique et social"), (.securityCouncil, "Conseil de sécurité"),
                (.generalAssembly, "Assemblée générale"),
            ],
            agendaItem: "Point ", sessionWord: "session", sessionSuffix: " session", adoptedBy: "dopté",
            fields: ["Distr.", "Original", "Point ", "Résolution adoptée", "Décision adoptée", "["]),
        adoption: AdoptionWords(
            ordinalSuffixes: ["e", "re", "er"].reversed(), meeting: "séance", plenary: "\u{0}",
            plenaryAfter: "plénière",
            votes: ["Adoptée sans vote", "Adopté sans vote", "Adoptée à ", "Adoptée par ", "Adopté à ", "Adopté par "],
            dayOrdinal: "er"),
        dateConnectors: [], ordinal: { FrenchOrdinals.value($0) }, numberPhrases: ["article premier": "1"])

    public static let spanish = Language(
        code: .es, lexicon: .spanish,
        openers: Openers(
            formulas: [
                "la asamblea general": .generalAssembly, "el consejo de derechos humanos": .humanRightsCouncil,
                "el consejo de seguridad": .securityCouncil, "el consejo económico y social": .economicAndSocialCouncil,
            ],
            englishFormulaRule: false,
            adjectives: [
                "consciente", "conscientes", "convencido", "convencida", "convencidos", "preocupado", "preocupada",
                "preocupados", "alarmado", "alarmada", "decidido", "decidida", "decididos", "resuelto", "resuelta",
                "guiado", "guiada", "deseoso", "deseosa", "persuadido", "persuadida", "observando", "teniendo",
                "habiendo", "reconociendo", "acogiendo", "poniendo", "subrayando", "recordando", "reafirmando",
                "inquieto", "inquieta", "satisfecho", "satisfecha", "alentado", "alentada", "firmemente",
                "profundamente", "gravemente", "seriamente", "igualmente", "sumamente",
            ],
            endings: ["ando", "iendo", "yendo", "mente"],
            notOpeners: [
                "fernando", "orlando", "rolando", "armando", "hernando", "cuando", "mando", "comando", "clemente",
                "demente", "mediante", "simplemente", "solamente", "únicamente", "especialmente", "actualmente",
                "fundamentalmente", "particularmente", "principalmente", "posteriormente", "anteriormente",
            ],
            reflexives: ["se"],
            operativeVerbs: [
                "decide", "solicita", "pide", "exhorta", "insta", "invita", "alienta", "reafirma", "afirma", "subraya",
                "destaca", "observa", "toma", "acoge", "celebra", "condena", "deplora", "recomienda", "expresa",
                "reconoce", "aprueba", "hace", "proclama", "declara", "encomia", "exige", "autoriza", "pone",
                "reitera", "recuerda", "considera", "agradece", "encarga", "apoya", "felicita", "alienta", "señala",
                "resalta", "acepta", "encomienda", "está",
            ]),
        header: HeaderWords(
            bodies: [
                (.humanRightsCouncil, "Consejo de Derechos Humanos"),
                (.economicAndSocialCouncil, "Consejo Económico y Social"), (.securityCouncil, "Consejo de Seguridad"),
                (.generalAssembly, "Asamblea General"),
            ],
            agendaItem: "Tema ", sessionWord: "período", sessionSuffix: " de sesiones", adoptedBy: "probad",
            fields: ["Distr.", "Original", "Tema ", "Resolución aprobada", "Decisión aprobada", "["]),
        adoption: AdoptionWords(
            ordinalSuffixes: ["ª", "º", "a"], meeting: "sesión", plenary: "\u{0}", plenaryAfter: "plenaria",
            votes: ["Aprobada sin votación", "Aprobado sin votación", "Aprobada en ", "Aprobada por ", "Aprobado en "],
            dayOrdinal: "º"),
        dateConnectors: ["de", "del"], ordinal: { _ in nil })
    public static let russian = Language(
        code: .ru, lexicon: .russian,
        openers: Openers(
            formulas: [
                "генеральная ассамблея": .generalAssembly, "совет по правам человека": .humanRightsCouncil,
                "совет безопасности": .securityCouncil, "экономический и социальный совет": .economicAndSocialCouncil,
            ],
            englishFormulaRule: false,
            adjectives: [
                "будучи", "вновь", "глубоко", "серьезно", "особо", "памятуя", "рассмотрев", "получив", "исполненная",
                "преисполненная", "убежденная", "с",
            ],
            endings: ["ая", "яя", "уя", "ясь"],
            notOpeners: [
                "генеральная", "международная", "всеобщая", "объединенная", "экономическая", "социальная",
                "специальная", "национальная", "глобальная", "новая", "первая", "другая", "такая", "каждая",
            ],
            reflexives: [],
            operativeVerbs: [
                "постановляет", "просит", "призывает", "вновь", "подтверждает", "предлагает", "рекомендует",
                "приветствует", "признает", "принимает", "настоятельно", "выражает", "подчеркивает", "отмечает",
                "одобряет", "осуждает", "заявляет", "поручает", "также", "особо", "с", "самым", "решительно",
            ],
            capitalized: false),
        header: HeaderWords(
            bodies: [
                (.humanRightsCouncil, "Совет по правам человека"),
                (.economicAndSocialCouncil, "Экономический и Социальный Совет"),
                (.securityCouncil, "Совет Безопасности"), (.generalAssembly, "Генеральная Ассамблея"),
            ],
            agendaItem: "Пункт ", sessionWord: "сессия", sessionSuffix: " сессия", adoptedBy: "ринят",
            fields: ["Distr.", "Original", "Пункт ", "Резолюция, принятая", "Решение, принятое", "["]),
        adoption: AdoptionWords(
            ordinalSuffixes: ["-е", "-м"], meeting: "заседание", plenary: "пленарное", plenaryAfter: "",
            votes: ["Принята без голосования", "Принята заносимым", "Принята путем"], dayOrdinal: ""),
        dateConnectors: [], ordinal: { _ in nil })

    public static let arabic = Language(
        code: .ar, lexicon: .arabic,
        openers: Openers(
            formulas: [
                "إن الجمعية العامة": .generalAssembly, "إن مجلس حقوق الإنسان": .humanRightsCouncil,
                "إن مجلس الأمن": .securityCouncil, "إن المجلس الاقتصادي والاجتماعي": .economicAndSocialCouncil,
            ],
            englishFormulaRule: false,
            // "إذ تؤكد", "وإذ تشير": the preamble's "Whereas", with and without "and".
            adjectives: ["إذ", "وإذ"], endings: [], notOpeners: [], reflexives: [],
            operativeVerbs: [
                "تقرر", "تطلب", "تهيب", "تؤكد", "ترحب", "تدعو", "تحث", "تشجع", "تلاحظ", "تعرب", "تعيد", "تشدد", "توصي",
                "تدين", "تعترف", "تحيط", "تقر", "يقرر", "يطلب", "يهيب", "يؤكد", "يرحب", "يدعو", "يحث",
            ],
            capitalized: false),
        header: HeaderWords(
            bodies: [
                (.humanRightsCouncil, "مجلس حقوق الإنسان"), (.economicAndSocialCouncil, "المجلس الاقتصادي والاجتماعي"),
                (.securityCouncil, "مجلس الأمن"), (.generalAssembly, "الجمعية العامة"),
            ],
            agendaItem: "البند ", sessionWord: "الدورة", sessionSuffix: "\u{0}", adoptedBy: "اتخذ",
            fields: ["Distr.", "Original", "البند ", "قرار اتخذه", "مقرر اتخذه", "["]),
        adoption: AdoptionWords(
            ordinalSuffixes: ["\u{0}"], meeting: "الجلسة", plenary: "\u{0}", plenaryAfter: "العامة",
            votes: ["اعتُمد دون تصويت", "اعتمد دون تصويت"], dayOrdinal: ""),
        // "17 كانون الأول/ديسمبر 1999": the Levantine month name stands before the one read.
        dateConnectors: [
            "كانون", "الأول", "الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        ],
        ordinal: { _ in nil })

    public static let chinese = Language(
        code: .zh, lexicon: .none,
        openers: Openers(
            formulas: [
                "大会": .generalAssembly, "人权理事会": .humanRightsCouncil, "安全理事会": .securityCouncil,
                "经济及社会理事会": .economicAndSocialCouncil,
            ],
            englishFormulaRule: false,
            adjectives: [
                "重申", "回顾", "又回顾", "还回顾", "强调", "确认", "认识到", "注意到", "铭记", "深信", "关切", "深为关切",
                "欢迎", "考虑到", "申明", "表示", "意识到", "决心", "承认", "赞赏", "审议了", "收到", "满意地", "关注",
            ],
            endings: [], notOpeners: [], reflexives: [],
            operativeVerbs: [
                "决定", "请", "吁请", "呼吁", "重申", "欢迎", "鼓励", "敦促", "促请", "强调", "注意到", "表示", "邀请", "建议",
                "核准", "通过", "谴责", "又", "还", "再次",
            ],
            capitalized: false, byPrefix: true),
        header: HeaderWords(
            bodies: [
                (.humanRightsCouncil, "人权理事会"), (.economicAndSocialCouncil, "经济及社会理事会"), (.securityCouncil, "安全理事会"),
                (.generalAssembly, "大会"),
            ],
            agendaItem: "议程项目", sessionWord: "届会议", sessionSuffix: "届会议", adoptedBy: "通过",
            fields: ["Distr.", "Original", "议程项目", "决议", "决定", "["]),
        adoption: AdoptionWords(
            ordinalSuffixes: ["\u{0}"], meeting: "会议", plenary: "\u{0}", plenaryAfter: "", votes: ["未经表决"],
            dayOrdinal: ""),
        dateConnectors: [], ordinal: { _ in nil })

}

/// The adoption block's words in one language.
public struct AdoptionWords: Sendable {
    /// After a meeting's number: "55th", "35e", "35ª".
    public let ordinalSuffixes: [String]
    /// "meeting", "séance", "sesión".
    public let meeting: String
    /// "plenary" before the noun (English), or "plénière", "plenaria" after it.
    public let plenary: String
    public let plenaryAfter: String
    /// How the adoption line starts: "Adopted without a vote", "Adoptée sans vote".
    public let votes: [String]
    /// The mark of a first day: "1er juillet 2016", "1º de julio".
    public let dayOrdinal: String
}

/// Header phrases of one language.
public struct HeaderWords: Sendable {
    /// The bodies as the header names them, the more specific first (the Council's
    /// documents are in the Assembly's series and name both).
    public let bodies: [(Body, String)]
    /// "Agenda item 3", "Point 3 de l'ordre du jour", "Tema 3 de la agenda".
    public let agendaItem: String
    /// The word a session's number or ordinal goes with: "Twenty-eighth session",
    /// "Trente-deuxième session", "32º período de sesiones".
    public let sessionWord: String
    /// How a session line ends.
    public let sessionSuffix: String
    /// The words before the body and date in "Resolution adopted by the Human Rights
    /// Council on 1 July 2016" (first letter left off: either case).
    public let adoptedBy: String
    /// How header field lines start: distribution, original language, agenda item,
    /// "Resolution adopted by" (fourth), "Decision adopted by", a bracketed note.
    public let fields: [String]
    /// "Resolution adopted by …": where a header's agenda title ends.
    public var resolutionAdopted: String { fields[3] }
}
