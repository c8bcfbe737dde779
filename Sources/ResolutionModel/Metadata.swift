/// The bodies whose resolutions resdiff reads; each has its own symbol series and
/// opening formula ("The Human Rights Council,").
public enum Body: String, Sendable, Equatable, Codable, CaseIterable {
    case generalAssembly = "General Assembly"
    case humanRightsCouncil = "Human Rights Council"
    case economicAndSocialCouncil = "Economic and Social Council"
    case securityCouncil = "Security Council"
}

/// What the text says about itself, outside its paragraphs. Fields a text does not
/// state stay `nil`; nothing is guessed except the symbol, whose origin is recorded.
public struct Metadata: Sendable, Equatable {
    /// Where the symbol came from: printed in the text, inferred from the resolution
    /// number and body, or taken from a file named after it.
    public enum SymbolSource: String, Sendable, Equatable, Codable {
        case text, inferred, fileName
    }

    public var symbol: String?
    public var symbolSource: SymbolSource?
    public var body: Body?
    /// As printed: "Twenty-eighth session".
    public var session: String?
    /// The session's number: 28.
    public var sessionNumber: Int?
    /// As printed after "Agenda item": "3", "68 (b)", "2 and 3".
    public var agendaItem: String?
    /// The title of the agenda item, when the text prints it.
    public var agendaTitle: String?
    /// "28/2".
    public var resolutionNumber: String?
    public var title: String?
    /// A report's second title line: "Report of the Office of ...".
    public var subtitle: String?
    /// ISO 8601 (yyyy-mm-dd).
    public var distributionDate: String?
    public var adoptionDate: String?
    public var originalLanguage: String?
    /// "55th meeting", "71st plenary meeting".
    public var meeting: String?
    /// "Adopted without a vote", "Adopted by a recorded vote of 31 to 14, with 2 abstentions".
    public var vote: String?
    /// A draft's sponsors, as its heading lists them ("Algeria", "Angola", ...).
    public var sponsors: [String] = []
    /// Lines such as "[on the report of the Third Committee (A/65/456/Add.2 (Part II))]"
    /// or "* Reissued for technical reasons on 2 March 2016.".
    public var notes: [String] = []

    public init() {}
}
