import Foundation
import ResolutionLanguage
import ResolutionModel

/// A file's text, decoded, with the format and encoding it was found in.
///
/// Decoding is the first stage of the pipeline and the only one that sees bytes:
/// everything after it works on Swift strings. Text that is not valid UTF-8 and has no
/// byte order mark is read as Windows-1252, the usual encoding of such files, rather
/// than rejected; binary data (NUL bytes outside UTF-16) is refused.
public struct SourceText: Sendable, Equatable {
    public var name: String
    public var text: String
    public var format: SourceFormat
    /// The language decoding told from the text, and cut its run-together lines for:
    /// reading need neither tell it nor look for cuts again (a 20 MB one-line text
    /// took the relining stage twice).
    package var detectedLanguage: LanguageCode?

    public init(name: String, text: String, format: SourceFormat = .text(.utf8)) {
        self.name = name
        self.text = text
        self.format = format
    }

    /// Decodes `bytes`, naming `name` in any error. Word files and PDFs are recognised by
    /// their first bytes, whatever their name; `tracked` says which text of a Word file
    /// with tracked changes to read.
    public static func decode(_ bytes: [UInt8], name: String, tracked: TrackedChanges = .accepted) throws(InputError)
        -> SourceText
    {
        let lowered = name.lowercased()
        if ZipArchive.isZip(bytes) {
            do {
                return SourceText(
                    name: name, text: try WordDocument.text(of: bytes, tracked: tracked), format: .wordDocument)
            } catch {
                throw InputError(file: name, problem: .refused(error.message))
            }
        }
        if WordDocument.isOLECompound(bytes) {
            throw InputError(
                file: name,
                problem: .notADocument(
                    "an old binary Word file (.doc) or a password-protected document; save it as .docx without a password"
                ))
        }
        if PDFText.isPDF(bytes) {
            return SourceText(name: name, text: try PDFText.text(of: bytes, name: name), format: .pdf)
        }
        if lowered.hasSuffix(".docx") {
            throw InputError(
                file: name, problem: .notADocument("not a Word document (no zip signature): a renamed text file?"))
        }
        if lowered.hasSuffix(".pdf") {
            throw InputError(file: name, problem: .notADocument("not a PDF (no %PDF signature)"))
        }
        let (text, encoding) = try decodeBytes(bytes, name: name)
        if text.allSatisfy({ $0.isWhitespace }) {
            throw InputError(file: name, problem: .empty)
        }
        if HTMLText.isHTML(text) {
            return SourceText(name: name, text: HTMLText.text(of: text), format: .html(encoding))
        }
        // Text extracted from a PDF by another tool (pdftotext -layout, PyMuPDF) keeps the
        // footnote rule and plain-digit markers: the same repairs as a PDF's own text,
        // once a text whose line breaks were removed has its lines again.
        // Before the document's language is settled (`--lang` comes with parsing), the
        // text's own guess decides how paragraphs open; English where unsupported.
        let guessed = LanguageGuess.detect(text)
        let lined = Relining.reline(text: text, language: Language.of(guessed))
        if PDFText.hasFootnoteRule(lined), !lined.unicodeScalars.contains(where: Typography.isSuperscriptDigit) {
            var source = SourceText(name: name, text: PDFText.raiseFootnoteMarkers(lined), format: .text(encoding))
            source.detectedLanguage = guessed
            return source
        }
        var source = SourceText(name: name, text: lined, format: .text(encoding))
        source.detectedLanguage = guessed
        return source
    }

    /// Reads a file, or standard input when `path` is `-`.
    public static func read(path: String, tracked: TrackedChanges = .accepted) throws(InputError) -> SourceText {
        if path == "-" {
            return try decode(try readAll(descriptor: STDIN_FILENO, name: "<stdin>"), name: "<stdin>", tracked: tracked)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, problem: .missing)
        }
        if isDirectory.boolValue { throw InputError(file: path, problem: .isDirectory) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(file: path, problem: .unreadable(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        return try decode(try readAll(descriptor: descriptor, name: path), name: path, tracked: tracked)
    }

    /// The largest input read: a resolution is kilobytes, an omnibus text a few
    /// megabytes; past this it is no document anyone compares.
    public static let largestInput = 512 * 1024 * 1024

    /// Everything a descriptor yields, read as a stream with read(2): regular files,
    /// pipes, FIFOs, /dev/stdin and process substitution (`<(cmd)`) alike, whatever
    /// size they report (Foundation's whole-file read refused the last ones).
    static func readAll(descriptor: Int32, name: String) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(file: name, problem: .unreadable(String(cString: strerror(errno))))
            }
            guard bytes.count + count <= largestInput else {
                throw InputError(
                    file: name, problem: .unreadable("larger than \(largestInput / 1024 / 1024) MB; refused"))
            }
            bytes += chunk[..<count]
        }
    }

    private static func decodeBytes(_ b: [UInt8], name: String) throws(InputError) -> (String, TextEncoding) {
        if b.isEmpty { throw InputError(file: name, problem: .empty) }
        if b.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = String(validating: b.dropFirst(3), as: UTF8.self) else {
                throw InputError(file: name, problem: .notADocument("invalid UTF-8 after a UTF-8 byte order mark"))
            }
            return (s, .utf8WithBOM)
        }
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) {
            let little = b[0] == 0xFF
            return (
                try decodeUTF16(b.dropFirst(2), littleEndian: little, name: name),
                little ? .utf16LittleEndian : .utf16BigEndian
            )
        }
        if let little = utf16WithoutBOM(b) {
            return (
                try decodeUTF16(b[...], littleEndian: little, name: name), little ? .utf16LittleEndian : .utf16BigEndian
            )
        }
        if b.contains(0) { throw InputError(file: name, problem: .binary) }
        if let s = String(validating: b, as: UTF8.self) { return (s, .utf8) }
        if looksBinary(b) { throw InputError(file: name, problem: .binary) }
        if let (valid, invalidAt) = mixedUTF8(b), valid > 0 {
            // Curly quotes read as "â€œ" would all be changes: refuse, saying where.
            throw InputError(
                file: name,
                problem: .unreadable(
                    "mostly UTF-8, but byte \(invalidAt + 1) is not; save the file as UTF-8 (\(valid) characters already are)"
                ))
        }
        return (Windows1252.decode(b), .windows1252)
    }

    /// In bytes that are not valid UTF-8: how many well-formed multi-byte UTF-8
    /// characters they hold, and where the first byte that breaks UTF-8 stands. A
    /// Windows-1252 file holds next to none of the former; a UTF-8 file with a few bad
    /// bytes, many.
    static func mixedUTF8(_ b: [UInt8]) -> (valid: Int, invalidAt: Int)? {
        var valid = 0
        var firstInvalid: Int?
        var i = 0
        while i < b.count {
            let lead = b[i]
            let length =
                lead < 0x80
                ? 1
                : lead >= 0xC2 && lead < 0xE0
                    ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
            if length == 1 { i += 1; continue }
            if length > 1, i + length <= b.count, String(validating: b[i..<(i + length)], as: UTF8.self) != nil {
                valid += 1
                i += length
                continue
            }
            if firstInvalid == nil { firstInvalid = i }
            i += 1
        }
        return firstInvalid.map { (valid, $0) }
    }

    private static func decodeUTF16(_ b: ArraySlice<UInt8>, littleEndian: Bool, name: String) throws(InputError)
        -> String
    {
        guard b.count % 2 == 0 else {
            throw InputError(file: name, problem: .notADocument("UTF-16 text with an odd number of bytes"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = b.startIndex
        while i < b.endIndex {
            let lo = UInt16(b[i]), hi = UInt16(b[i + 1])
            units.append(littleEndian ? (hi << 8 | lo) : (lo << 8 | hi))
            i += 2
        }
        guard let s = String(validating: units, as: UTF16.self) else {
            throw InputError(file: name, problem: .notADocument("invalid UTF-16"))
        }
        if s.unicodeScalars.contains(where: { $0.value == 0 }) { throw InputError(file: name, problem: .binary) }
        return s
    }

    /// UTF-16 saved without a byte order mark (some Windows tools): text in Latin letters
    /// has a zero in every other byte, and nowhere else. True for little-endian, false
    /// for big-endian, nil for anything else.
    static func utf16WithoutBOM(_ b: [UInt8]) -> Bool? {
        guard b.count >= 4, b.count % 2 == 0 else { return nil }
        let sample = b.prefix(8192)
        var zerosAtEven = 0, zerosAtOdd = 0
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let pairs = sample.count / 2
        if zerosAtOdd * 10 >= pairs * 7 && zerosAtEven == 0 { return true }
        if zerosAtEven * 10 >= pairs * 7 && zerosAtOdd == 0 { return false }
        return nil
    }

    /// Control bytes other than tab, line feed, form feed and carriage return are rare in
    /// text of any 8-bit encoding, and common in binary formats.
    static let binaryControlShare = 0.05

    private static func looksBinary(_ b: [UInt8]) -> Bool {
        let sample = b.prefix(8192)
        let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
        return Double(controls) > Double(sample.count) * binaryControlShare
    }
}
