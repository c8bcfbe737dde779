/// The metadata fields, written once: every output, the comparison and the reader's
/// tests iterate this table instead of listing fields of their own.
public struct MetadataField: Sendable {
    /// The JSON key and the report's field name: "adoptionDate".
    public let key: String
    /// As `resdiff parse` prints it ("adopted"); nil for a field it leaves out.
    public let parseLabel: String?
    /// As a heading or table row names it: "Adopted".
    public let title: String
    /// Whether a difference is a change of the document (the file name, the symbol's
    /// origin and the original language are facts about the copy, not the text).
    public let isCompared: Bool
    /// Whether the diff report's description of each document carries it.
    public let describesDocument: Bool
    /// A number in JSON (the session's number), else a string.
    public let isNumber: Bool
    public let value: @Sendable (Metadata) -> String?

    init(
        _ key: String, parse: String?, title: String, compared: Bool = true, describes: Bool = false,
        number: Bool = false, _ value: @escaping @Sendable (Metadata) -> String?
    ) {
        self.key = key
        self.parseLabel = parse
        self.title = title
        self.isCompared = compared
        self.describesDocument = describes
        self.isNumber = number
        self.value = value
    }
}

extension Metadata {
    /// Every field, in the order the outputs print them.
    public static let fields: [MetadataField] = [
        MetadataField("symbol", parse: "symbol", title: "Symbol", describes: true) { $0.symbol },
        MetadataField("symbolSource", parse: nil, title: "Symbol from", compared: false) { $0.symbolSource?.rawValue },
        MetadataField("body", parse: "body", title: "Body", describes: true) { $0.body?.rawValue },
        MetadataField("session", parse: "session", title: "Session", describes: true) { $0.session },
        MetadataField("sessionNumber", parse: nil, title: "Session number", compared: false, number: true) {
            $0.sessionNumber.map(String.init)
        },
        MetadataField("agendaItem", parse: "agenda item", title: "Agenda item") { $0.agendaItem },
        MetadataField("agendaTitle", parse: nil, title: "Agenda title") { $0.agendaTitle },
        MetadataField("resolutionNumber", parse: "resolution", title: "Resolution") { $0.resolutionNumber },
        MetadataField("title", parse: "title", title: "Title", describes: true) { $0.title },
        MetadataField("subtitle", parse: "subtitle", title: "Subtitle") { $0.subtitle },
        MetadataField("distributionDate", parse: "distributed", title: "Distributed", describes: true) {
            $0.distributionDate
        },
        MetadataField("adoptionDate", parse: "adopted", title: "Adopted", describes: true) { $0.adoptionDate },
        MetadataField("originalLanguage", parse: nil, title: "Original language", compared: false) {
            $0.originalLanguage
        },
        MetadataField("meeting", parse: "meeting", title: "Meeting", describes: true) { $0.meeting },
        MetadataField("vote", parse: "vote", title: "Vote", describes: true) { $0.vote },
        MetadataField("sponsors", parse: "sponsors", title: "Sponsors") {
            $0.sponsors.isEmpty ? nil : $0.sponsors.joined(separator: ", ")
        },
    ]

    /// The field with `key`; nil for an unknown key.
    public static func field(_ key: String) -> MetadataField? { fields.first { $0.key == key } }
}
