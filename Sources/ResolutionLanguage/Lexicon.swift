/// The words of a language that the pipeline needs, written once and read everywhere:
/// month names (dates, torn words, technical changes) and the words of the adoption
/// block. One value per language, held by its `Language`.
public struct Lexicon: Sendable {
    /// Month names as printed, January first.
    public let months: [String]
    /// Words of the adoption block, which a torn line may contain and the rest of a
    /// document may never spell out.
    public let adoptionWords: [String]

    public static let english = Lexicon(
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        adoptionWords: ["meeting", "plenary", "adopted", "without", "vote", "recorded", "session", "resolution"])

    public static let french = Lexicon(
        months: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre",
        ],
        adoptionWords: ["séance", "plénière", "adoptée", "sans", "vote", "enregistré", "session", "résolution"])

    public static let spanish = Lexicon(
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
        ],
        adoptionWords: ["sesión", "plenaria", "aprobada", "sin", "votación", "registrada", "período", "resolución"])

    public static let russian = Lexicon(
        months: [
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
            "декабря",
        ],
        adoptionWords: ["заседание", "пленарное", "принята", "без", "голосования", "сессия", "резолюция"])

    /// The months as the United Nations' Arabic prints them after their Levantine names
    /// ("كانون الأول/ديسمبر"): the Levantine words are date connectors (`Language.arabic`).
    public static let arabic = Lexicon(
        months: [
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر",
        ],
        adoptionWords: ["الجلسة", "العامة", "اعتمد", "تصويت", "الدورة", "القرار"])

    /// For a language whose dates are not read yet (Arabic "كانون الأول/ديسمبر", Chinese
    /// "2000年12月4日"): no month names, so no date is guessed.
    public static let none = Lexicon(months: [], adoptionWords: [])

    /// The month's number (1...12) of `word`, in any case; nil for any other word.
    public func month(_ word: some StringProtocol) -> Int? {
        monthNumbers[word.lowercased()]
    }

    private let monthNumbers: [String: Int]

    init(months: [String], adoptionWords: [String]) {
        self.months = months
        self.adoptionWords = adoptionWords
        monthNumbers = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1.lowercased(), $0 + 1) })
    }
}
