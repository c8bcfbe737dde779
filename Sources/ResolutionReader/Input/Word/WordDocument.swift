import Foundation
import ResolutionLanguage
import ResolutionModel

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
        let zip: ZipArchive
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
        for (name, xml) in [("word/document.xml", document), ("word/footnotes.xml", footnotesXML ?? []), ("word/numbering.xml", numberingXML ?? [])] {
            if declaresDocumentType(xml) {
                throw Failure(
                    message: "\(name) declares a document type or entities, which Word never writes; refused rather than half-read")
            }
            // Word writes its parts in UTF-8; other bytes are damage, and Foundation's XML
            // parser does not survive every kind of it.
            let utf16 = xml.starts(with: [0xFF, 0xFE]) || xml.starts(with: [0xFE, 0xFF])
            if !utf16 && String(validating: xml, as: UTF8.self) == nil {
                throw Failure(message: "\(name) is not valid UTF-8 (a damaged Word file)")
            }
        }
        // Footnotes first: their numbers follow the order of their references.
        let footnotes = WordBody(tracked: tracked, numbering: WordNumbering(xml: nil))
        footnotes.parse(footnotesXML ?? [])
        let body = WordBody(tracked: tracked, numbering: WordNumbering(xml: numberingXML))
        guard body.parse(document) else { throw Failure(message: "word/document.xml is not well-formed XML") }
        var out = body.paragraphs.joined(separator: "\n\n")
        for (id, number) in body.footnoteOrder {
            if let text = footnotes.footnoteTexts[id], !text.isEmpty {
                out += "\n\n" + Typography.superscript(number) + " " + text
            }
        }
        return out + "\n"
    }

    /// Whether XML declares a DOCTYPE (and with it, entities): an entity the parser
    /// does not expand would silently cut the text after it ("Decides &x; now;").
    static func declaresDocumentType(_ xml: [UInt8]) -> Bool {
        let marker = Array("<!DOCTYPE".utf8), entity = Array("<!ENTITY".utf8)
        // Declarations stand before the root element: the first few kilobytes hold them.
        let head = xml.prefix(64 * 1024)
        return contains(head, marker) || contains(head, entity)
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        while i <= haystack.endIndex - needle.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

/// The SAX pass over `document.xml` or `footnotes.xml`.
final class WordBody: NSObject, XMLParserDelegate {
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

    @discardableResult
    func parse(_ xml: [UInt8]) -> Bool {
        guard !xml.isEmpty else { return true }
        let parser = XMLParser(data: Data(xml))
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        return parser.parse()
    }

    /// Elements whose content the chosen view leaves out.
    private func isSkipped(_ name: String) -> Bool {
        switch name {
        case "w:del", "w:moveFrom": return tracked == .accepted
        case "w:ins", "w:moveTo": return tracked == .original
        default: return false
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
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

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && skipDepth == 0 { runText += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
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
            if !paragraph.isEmpty, let id = numId, let label = numbering.next(numId: id, level: level) {
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
