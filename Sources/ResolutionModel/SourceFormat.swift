/// What a document was read from. Kept on the model so that `parse --verbose` and the
/// JSON can say how a text was read, and so that commands can tell a Word draft (whose
/// tracked changes can be compared) from plain text.
public enum SourceFormat: Sendable, Equatable {
    /// A text file, decoded from `TextEncoding`.
    case text(TextEncoding)
    /// An HTML page (saved from a browser), decoded from `TextEncoding`.
    case html(TextEncoding)
    /// A Word file read through its XML.
    case wordDocument
    /// A PDF read through pdftotext.
    case pdf

    /// As `parse --verbose` and the JSON name it: "UTF-8", "Windows-1252", "Word document".
    public var name: String {
        switch self {
        case .text(let encoding): return encoding.rawValue
        case .html(let encoding): return "HTML (\(encoding.rawValue))"
        case .wordDocument: return "Word document"
        case .pdf: return "PDF"
        }
    }
}

/// The encodings resolution texts arrive in. UN texts come out of Word, PDF extractors
/// and old mail systems: UTF-8 (with or without a byte order mark), UTF-16 with a mark,
/// and Windows-1252 from older tools.
public enum TextEncoding: String, Sendable, Equatable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
}
