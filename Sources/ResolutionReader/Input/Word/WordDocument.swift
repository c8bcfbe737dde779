import Foundation
import ResolutionLanguage
import ResolutionModel

#if canImport(Glibc)
    import Glibc
#endif

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Which text of a Word file with tracked changes to read.
public enum TrackedChanges: String, Sendable, Equatable, CaseIterable {
    /// As if every change were accepted.
    case accepted
    /// As if every change were rejected: the text before the changes.
    case original
}

/// Reads a Word file (.docx) into the plain text the parser reads: one paragraph a line
/// with a blank line between, list numbers written out as Word shows them, footnote
/// markers as superscript digits and the footnotes at the end, tracked changes
/// resolved one way or the other. Formatting, comments and hidden text are left out.
struct WordDocument {
    struct Failure: Error, Equatable {
        var message: String
    }

    static func isOLECompound(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    static func text(of bytes: [UInt8], tracked: TrackedChanges) throws(Failure) -> String {
        var zip: ZipArchive
        do {
            zip = try ZipArchive(bytes)
        } catch {
            throw Failure(message: error.message)
        }
        let document: [UInt8]
        let footnotesXML: [UInt8]?
        let numberingXML: [UInt8]?
        do {
            guard let d = try zip.data("word/document.xml") else {
                throw Failure(message: "not a Word document (the package has no word/document.xml)")
            }
            document = d
            footnotesXML = try zip.data("word/footnotes.xml")
            numberingXML = try zip.data("word/numbering.xml")
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: (error as? ZipArchive.Failure)?.message ?? "cannot read the package")
        }
        for (name, xml) in [
            ("word/document.xml", document), ("word/footnotes.xml", footnotesXML ?? []),
            ("word/numbering.xml", numberingXML ?? []),
        ] {
            try WordXML.check(xml, name: name)
        }
        // Footnotes first: their numbers follow the order of their references.
        let footnotes = WordBody(tracked: tracked, numbering: try WordNumbering(xml: nil))
        if let footnotesXML {
            // A footnote part that does not parse would lose footnotes without a word.
            try footnotes.parse(footnotesXML, name: "word/footnotes.xml")
        }
        let body = WordBody(tracked: tracked, numbering: try WordNumbering(xml: numberingXML))
        try body.parse(document, name: "word/document.xml")
        var out = body.paragraphs.joined(separator: "\n\n")
        for (id, number) in body.footnoteOrder {
            if let text = footnotes.footnoteTexts[id], !text.isEmpty {
                out += "\n\n" + Typography.superscript(number) + " " + text
            }
        }
        return out + "\n"
    }
}

/// What every XML part of a package goes through before and while it is parsed.
enum WordXML {
    /// Refuses what Word never writes and the parser would half-read: a DOCTYPE or
    /// entity declaration anywhere in the part (an entity the parser does not expand
    /// silently cuts the text after it: "Decides &x; now;" read as "Decides"), parts in
    /// UTF-16 (where a byte search for declarations sees nothing), NUL bytes and
    /// invalid UTF-8 (damage that Foundation's XML parser does not survive).
    static func check(_ xml: [UInt8], name: String) throws(WordDocument.Failure) {
        if xml.starts(with: [0xFF, 0xFE]) || xml.starts(with: [0xFE, 0xFF]) || xml.contains(0) {
            throw WordDocument.Failure(message: "\(name) is not in UTF-8, which Word always writes; refused")
        }
        if declaresDocumentType(xml) {
            throw WordDocument.Failure(
                message:
                    "\(name) declares a document type or entities, which Word never writes; refused rather than half-read"
            )
        }
        if String(validating: xml, as: UTF8.self) == nil {
            throw WordDocument.Failure(message: "\(name) is not valid UTF-8 (a damaged Word file)")
        }
    }

    /// Whether the part holds `<!DOCTYPE` or `<!ENTITY` anywhere. In XML text a `<` is
    /// always escaped, so the bytes can only be markup (or sit in a comment, which Word
    /// does not write either); the whole part is searched, since padding can push a
    /// declaration past any prefix.
    static func declaresDocumentType(_ xml: [UInt8]) -> Bool {
        contains(xml, "<!DOCTYPE") || contains(xml, "<!ENTITY")
    }

    /// A scan from one "<" to the next (memchr), so that a 256 MB part is searched in
    /// a blink even in a debug build.
    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        return haystack.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress else { return false }
            var i = 0
            while i + needle.count <= h.count {
                guard let hit = memchr(base + i, Int32(needle[0]), h.count - i) else { return false }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i + needle.count <= h.count && memcmp(base + i, needle, needle.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }

    /// Runs `reader` over the part `name`. The parser is fed from a stream, a chunk at
    /// a time: given the whole part at once, libxml2 refuses anything past ten million
    /// bytes ("huge input lookup") as not well-formed, and a long resolution's
    /// document.xml can be that large. Foundation's parser reports success on a part cut
    /// short, so the elements are counted here: every one opened must close.
    static func read(_ xml: [UInt8], name: String, into reader: some WordPartReader) throws(WordDocument.Failure) {
        let driver = Driver(reader)
        let parser = XMLParser(stream: InputStream(data: Data(xml)))
        parser.shouldResolveExternalEntities = false
        parser.delegate = driver
        let parsed = parser.parse()
        if let refusal = driver.refusal { throw refusal }
        guard parsed, driver.depth == 0, driver.sawElement else {
            throw WordDocument.Failure(
                message: parsed ? "\(name) is cut short (an element is never closed)" : "\(name) is not well-formed XML"
            )
        }
    }

    private final class Driver<Reader: WordPartReader>: NSObject, XMLParserDelegate {
        let reader: Reader
        var depth = 0
        var sawElement = false
        var refusal: WordDocument.Failure?

        init(_ reader: Reader) { self.reader = reader }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            sawElement = true
            do { try reader.start(name, attributes) } catch { stop(parser, error) }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            do { try reader.end(name) } catch { stop(parser, error) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { reader.characters(string) }

        private func stop(_ parser: XMLParser, _ failure: WordDocument.Failure) {
            if refusal == nil { refusal = failure }
            parser.abortParsing()
        }
    }
}

/// One part's reader: the SAX events of its elements, which may refuse the part.
protocol WordPartReader: AnyObject {
    func start(_ name: String, _ attributes: [String: String]) throws(WordDocument.Failure)
    func end(_ name: String) throws(WordDocument.Failure)
    func characters(_ string: String)
}

extension WordPartReader {
    func characters(_ string: String) {}
}

/// The SAX pass over `document.xml` or `footnotes.xml`.
final class WordBody: WordPartReader {
    let tracked: TrackedChanges
    let numbering: WordNumbering
    private(set) var paragraphs: [String] = []
    /// Footnote ids in order of first reference, with the number shown.
    private(set) var footnoteOrder: [(String, Int)] = []
    private var footnoteNumbers: [String: Int] = [:]
    /// For footnotes.xml: each footnote's text.
    private(set) var footnoteTexts: [String: String] = [:]

    private var text = ""
    private var inText = false
    private var skipDepth = 0  // inside deleted (or inserted, for original) or hidden content
    private var numId: String?
    private var level = 0
    private var hiddenRun = false
    private var runText = ""
    private var footnoteID: String?
    private var footnoteParagraphs: [String] = []
    /// Inside a paragraph's properties: a `w:del` or `w:ins` there marks the paragraph
    /// mark itself as deleted or inserted, which joins this paragraph to the next one
    /// in the view that leaves the mark out.
    private var inParagraphProperties = false
    private var markLeftOut = false
    /// Text of a paragraph whose mark is left out, waiting for the next paragraph.
    private var carried = ""

    init(tracked: TrackedChanges, numbering: WordNumbering) {
        self.tracked = tracked
        self.numbering = numbering
    }

    func parse(_ xml: [UInt8], name: String) throws(WordDocument.Failure) {
        try WordXML.read(xml, name: name, into: self)
    }

    /// Elements whose content the chosen view leaves out.
    private func isSkipped(_ name: String) -> Bool {
        switch name {
        case "w:del", "w:moveFrom": return tracked == .accepted
        case "w:ins", "w:moveTo": return tracked == .original
        default: return false
        }
    }

    func start(_ name: String, _ attributes: [String: String]) {
        if inParagraphProperties {
            if name == "w:pPr" { return }
            if isSkipped(name) { markLeftOut = true }
            if name == "w:numId" { numId = attributes["w:val"] }
            if name == "w:ilvl" { level = WordNumbering.level(attributes["w:val"]) ?? 0 }
            return
        }
        if name == "w:pPr" { inParagraphProperties = true; return }
        if isSkipped(name) { skipDepth += 1; return }
        switch name {
        case "w:footnote":
            let type = attributes["w:type"]
            footnoteID = type == nil || type == "normal" ? attributes["w:id"] : nil
            footnoteParagraphs = []
        case "w:p":
            text = carried
            carried = ""
            markLeftOut = false
            if text.isEmpty {
                numId = nil
                level = 0
            }
        case "w:numId": numId = attributes["w:val"]
        case "w:ilvl": level = attributes["w:val"].flatMap { Int($0) } ?? 0
        case "w:r":
            hiddenRun = false
            runText = ""
        case "w:vanish", "w:webHidden": hiddenRun = true
        case "w:t", "w:delText": inText = skipDepth == 0
        case "w:tab", "w:br", "w:cr": if skipDepth == 0 { runText += " " }
        case "w:noBreakHyphen": if skipDepth == 0 { runText += "\u{2011}" }
        case "w:footnoteReference":
            guard skipDepth == 0, let id = attributes["w:id"] else { return }
            // Numbered by first reference; looked up by id (a linear search per reference
            // made 100,000 references take minutes).
            if footnoteNumbers[id] == nil {
                footnoteNumbers[id] = footnoteOrder.count + 1
                footnoteOrder.append((id, footnoteOrder.count + 1))
            }
            let number = footnoteNumbers[id]!
            runText += Typography.superscript(number)
        default: break
        }
    }

    func characters(_ string: String) {
        if inText && skipDepth == 0 { runText += string }
    }

    func end(_ name: String) throws(WordDocument.Failure) {
        if name == "w:pPr" { inParagraphProperties = false; return }
        if inParagraphProperties { return }
        if isSkipped(name) { skipDepth -= 1; return }
        switch name {
        case "w:t", "w:delText": inText = false
        case "w:r":
            if !hiddenRun { text += runText }
            runText = ""
        case "w:p":
            if markLeftOut {
                // No paragraph mark in this view: the text runs on into the next paragraph.
                carried = text
                return
            }
            var paragraph = Typography.collapseSpaces(text)
            // A paragraph left empty (its text deleted, or hidden) takes no number.
            if !paragraph.isEmpty, let id = numId, let label = try numbering.next(numId: id, level: level) {
                paragraph = label + " " + paragraph
            }
            if footnoteID != nil {
                if !paragraph.isEmpty { footnoteParagraphs.append(paragraph) }
            } else if !paragraph.isEmpty {
                paragraphs.append(paragraph)
            }
        case "w:footnote":
            if let id = footnoteID { footnoteTexts[id] = footnoteParagraphs.joined(separator: " ") }
            footnoteID = nil
        default: break
        }
    }
}
