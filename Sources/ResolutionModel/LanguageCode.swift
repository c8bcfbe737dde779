/// The six official languages of the United Nations, by their ISO 639-1 codes. The
/// model records which one a document is written in; the facts of each language (its
/// openers, verbs, months) live in the language layer above.
public enum LanguageCode: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case en, fr, es, ru, ar, zh

    /// The language's English name, as messages use it.
    public var name: String {
        switch self {
        case .en: "English"
        case .fr: "French"
        case .es: "Spanish"
        case .ru: "Russian"
        case .ar: "Arabic"
        case .zh: "Chinese"
        }
    }

    /// Written right to left (HTML and Word outputs set the direction).
    public var isRightToLeft: Bool { self == .ar }
}
