/// The encodings (and formats) resolution texts arrive in.
///
/// UN texts come out of Word, PDF extractors and old mail systems: UTF-8 (with or
/// without a byte order mark), UTF-16 with a mark, and Windows-1252 from older tools.
/// The decoder records which it used so `--verbose` can say so.
public enum TextEncoding: String, Sendable, Equatable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
    /// Not text at all: a Word file read through its XML.
    case wordDocument = "Word document"
    /// A PDF read through pdftotext.
    case pdf = "PDF"
}
