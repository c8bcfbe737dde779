import ResolutionCompare
import ResolutionModel

/// `--format docx`: the new text as a Word document whose differences from the old one
/// are Word's own tracked changes, so that a delegate can read them, accept or reject
/// them, and paste paragraphs into the next draft.
///
/// Spells a `Redline` as WordprocessingML, written by hand and escaped, in a zip
/// package of fixed parts: the same report always gives the same bytes.
public enum DocxWriter {
    public struct Options: Sendable, Equatable {
        /// Moves as `w:moveFrom`/`w:moveTo` pairs; off, as a deletion and an insertion.
        public var moveMarkup = true
        /// A table of the changes on the first page, before the text.
        public var summary = false

        public init(moveMarkup: Bool = true, summary: Bool = false) {
            self.moveMarkup = moveMarkup
            self.summary = summary
        }
    }

    /// The .docx package of `report`.
    public static func render(_ report: ChangeReport, options: Options = Options()) -> [UInt8] {
        var xml = XMLSpeller(report: report)
        // Word's move ranges must carry a date; without one, moves are written as a
        // deletion and an insertion.
        let redline = Redline(report, moveMarkup: options.moveMarkup && xml.date != nil)
        let document = xml.document(redline, summary: options.summary ? SummaryTable(report) : nil)
        let footnotes = xml.footnotes(redline)
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(Parts.contentTypes.utf8))
        zip.add("_rels/.rels", Array(Parts.packageRelationships.utf8))
        zip.add("docProps/core.xml", Array(Parts.core(report).utf8))
        zip.add("word/_rels/document.xml.rels", Array(Parts.documentRelationships.utf8))
        zip.add("word/document.xml", Array(document.utf8))
        zip.add("word/styles.xml", Array(Parts.styles(report.new.language).utf8))
        zip.add("word/settings.xml", Array(Parts.settings.utf8))
        zip.add("word/footnotes.xml", Array(footnotes.utf8))
        return zip.finish()
    }
}

/// The change counts and the changed paragraphs, as `--summary` puts them first.
struct SummaryTable {
    var title: String
    var rows: [(String, String)]

    init(_ report: ChangeReport) {
        let w = ReportWords.of(report)
        title = ReportWords.fill(w.changesFrom, Presentation.name(report.old), Presentation.name(report.new))
        let s = report.summary
        let counts: [(ChangeReport.ChangeKind, Int)] = [
            (.added, s.added), (.removed, s.removed), (.reworded, s.reworded), (.renumbered, s.renumbered),
            (.moved, s.moved), (.split, s.split), (.merged, s.merged), (.citations, s.citations),
        ]
        rows = counts.filter { $0.1 > 0 }.map { kind, n in
            let name = w.kinds[kind] ?? kind.rawValue
            return (name.prefix(1).uppercased() + name.dropFirst(), String(n))
        }
        rows.append((w.unchanged, String(s.unchanged)))
        let changed = report.entries.filter { !$0.isUnchanged && ($0.new ?? $0.old)?.kind.isParagraph == true }
        if !changed.isEmpty {
            let labels = changed.map { e in
                switch (e.old, e.new) {
                case (let o?, let n?) where o.label != n.label: "\(o.label) → \(n.label)"
                case (_, let n?): "\(n.label)"
                case (let o?, nil): ReportWords.fill(w.removedParagraph, "\(o.label)")
                default: ""
                }
            }
            rows.append((w.changedParagraphs, labels.joined(separator: ", ")))
        }
    }
}

/// Writes the XML of the parts that carry text, numbering revisions as it goes (Word
/// wants every revision's id unique in the package).
private struct XMLSpeller {
    let author = "resdiff"
    /// One date for every revision: the new version's, so that the bytes do not
    /// depend on the day the report was written.
    let date: String?
    let rightToLeft: Bool
    private var nextID = 1

    init(report: ChangeReport) {
        let day = report.new.metadata.adoptionDate ?? report.new.metadata.distributionDate
        date = day.flatMap { $0.count == 10 ? "\($0)T00:00:00Z" : nil }
        rightToLeft = report.new.language == .ar
    }

    private mutating func id() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    private func stamp(_ id: Int) -> String {
        "w:id=\"\(id)\" w:author=\"\(author)\"" + (date.map { " w:date=\"\($0)\"" } ?? "")
    }

    mutating func document(_ redline: Redline, summary: SummaryTable?) -> String {
        var out = Parts.header("w:document") + "<w:body>"
        if let summary { out += table(summary) }
        // A move's range opens before the first paragraph of one of its ends and closes
        // after the last, so that it holds the paragraph marks too.
        var open: [String: Int] = [:]
        for (k, p) in redline.body.enumerated() {
            let previous = k > 0 ? moveNames(redline.body[k - 1]) : []
            for name in moveNames(p) where !previous.contains(name) {
                let range = id()
                open[name] = range
                let kind = name.hasPrefix("from") ? "moveFromRangeStart" : "moveToRangeStart"
                out += "<w:\(kind) \(stamp(range)) w:name=\"move\(name.drop { !$0.isNumber })\"/>"
            }
            out += paragraph(p)
            let next = k + 1 < redline.body.count ? moveNames(redline.body[k + 1]) : []
            for name in moveNames(p) where !next.contains(name) {
                if let range = open.removeValue(forKey: name) {
                    let kind = name.hasPrefix("from") ? "moveFromRangeEnd" : "moveToRangeEnd"
                    out += "<w:\(kind) w:id=\"\(range)\"/>"
                }
            }
        }
        // Word wants a paragraph after a table: a body of no text still has one.
        if redline.body.isEmpty { out += "<w:p/>" }
        out +=
            "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1247\""
            + " w:bottom=\"1440\" w:left=\"1247\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
        return out + "</w:body></w:document>"
    }

    mutating func footnotes(_ redline: Redline) -> String {
        var out = Parts.header("w:footnotes")
        out +=
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
            + "<w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
            + "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        for f in redline.footnotes {
            out += "<w:footnote w:id=\"\(f.id)\">" + paragraph(f.paragraph) + "</w:footnote>"
        }
        return out + "</w:footnotes>"
    }

    private mutating func paragraph(_ p: Redline.Paragraph) -> String {
        var out = "<w:p><w:pPr><w:pStyle w:val=\"\(p.style.rawValue)\"/>"
        if rightToLeft { out += "<w:bidi/>" }
        if let mark = markElement(p.mark) { out += "<w:rPr>\(mark)</w:rPr>" }
        out += "</w:pPr>"
        var k = 0
        while k < p.runs.count {
            // Consecutive runs of one revision share one revision element.
            let revision = p.runs[k].revision
            var runs = ""
            while k < p.runs.count, p.runs[k].revision == revision {
                runs += run(p.runs[k].content, deleted: revision == .deleted)
                k += 1
            }
            switch revision {
            case .none: out += runs
            case .inserted: out += "<w:ins \(stamp(id()))>\(runs)</w:ins>"
            case .deleted: out += "<w:del \(stamp(id()))>\(runs)</w:del>"
            case .movedFrom: out += "<w:moveFrom \(stamp(id()))>\(runs)</w:moveFrom>"
            case .movedTo: out += "<w:moveTo \(stamp(id()))>\(runs)</w:moveTo>"
            }
        }
        return out + "</w:p>"
    }

    /// The moves a paragraph belongs to: "from3", "to3".
    private func moveNames(_ p: Redline.Paragraph) -> [String] {
        var names: [String] = []
        for r in p.runs.map(\.revision) + [p.mark] {
            let name: String
            switch r {
            case .movedFrom(let n): name = "from\(n)"
            case .movedTo(let n): name = "to\(n)"
            default: continue
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    private mutating func markElement(_ revision: Redline.Revision) -> String? {
        switch revision {
        case .none: nil
        case .inserted: "<w:ins \(stamp(id()))/>"
        case .deleted: "<w:del \(stamp(id()))/>"
        case .movedFrom: "<w:moveFrom \(stamp(id()))/>"
        case .movedTo: "<w:moveTo \(stamp(id()))/>"
        }
    }

    private func run(_ content: Redline.Content, deleted: Bool) -> String {
        switch content {
        case .footnoteReference(let id):
            return
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
        case .footnoteMark:
            return "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
        case .text(let text):
            let element = deleted ? "w:delText" : "w:t"
            var out = "<w:r>"
            for (k, part) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { out += "<w:tab/>" }
                if !part.isEmpty { out += "<\(element) xml:space=\"preserve\">\(Parts.escape(part))</\(element)>" }
            }
            return out + "</w:r>"
        }
    }

    private func table(_ s: SummaryTable) -> String {
        func cell(_ text: String, width: Int, bold: Bool = false) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
                + "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(Parts.escape(text))</w:t></w:r></w:p></w:tc>"
        }
        var out =
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"ResdiffSummary\"/><w:tblW w:w=\"9412\" w:type=\"dxa\"/></w:tblPr>"
            + "<w:tblGrid><w:gridCol w:w=\"2600\"/><w:gridCol w:w=\"6812\"/></w:tblGrid>"
        out +=
            "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"9412\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/></w:tcPr><w:p>"
            + "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(Parts.escape(s.title))</w:t></w:r></w:p></w:tc></w:tr>"
        for (name, value) in s.rows {
            out += "<w:tr>" + cell(name, width: 2600, bold: true) + cell(value, width: 6812) + "</w:tr>"
        }
        return out + "</w:tbl>"
    }
}

/// The package's fixed parts, and the escaping every part's text goes through.
enum Parts {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func header(_ root: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<\(root) xmlns:w=\"\(w)\" xmlns:r=\"\(r)\">"
    }

    /// Text as XML character data: markup escaped as for HTML, and the characters XML
    /// 1.0 cannot carry (controls other than tab and line feed) left out, as Word would
    /// refuse the file.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        let allowed = text.unicodeScalars.filter { s in
            s == "\t" || s == "\n" || (s.value >= 0x20 && s.value != 0xFFFE && s.value != 0xFFFF)
        }
        return HTMLEscape.text(String(String.UnicodeScalarView(allowed)))
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footnotes.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\
        <Override PartName="/docProps/core.xml" \
        ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" \
        Target="settings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" \
        Target="footnotes.xml"/>\
        </Relationships>
        """

    /// Tracking stays on, so a colleague's own edits are tracked too; footnotes are
    /// numbered by Word in the order the text cites them.
    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:trackRevisions/><w:defaultTabStop w:val="567"/>\
        <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" \
        w:val="15"/></w:compat></w:settings>
        """

    /// The title and the versions compared: what Word shows as the file's properties.
    static func core(_ report: ChangeReport) -> String {
        let title = "\(Presentation.name(report.old)) → \(Presentation.name(report.new))"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escape(title))</dc:title>\
            <dc:creator>resdiff</dc:creator></cp:coreProperties>
            """
    }

    /// The styles of a UN resolution: Times New Roman 10 pt, paragraphs indented from
    /// the left margin, operative numbers at the first-line indent, sub-paragraphs
    /// hanging; each language with its own language tag (Arabic right to left).
    static func styles(_ language: LanguageCode) -> String {
        let tag: String
        switch language {
        case .en: tag = "en-GB"
        case .fr: tag = "fr-FR"
        case .es: tag = "es-ES"
        case .ru: tag = "ru-RU"
        case .ar: tag = "ar-SA"
        case .zh: tag = "zh-CN"
        }
        func style(_ id: String, _ name: String, pPr: String = "", rPr: String = "", type: String = "paragraph")
            -> String
        {
            "<w:style w:type=\"\(type)\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + (type == "paragraph" ? "<w:basedOn w:val=\"Normal\"/><w:qFormat/>" : "")
                + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
                + "</w:style>"
        }
        let indent = "<w:ind w:left=\"1247\" w:firstLine=\"624\"/>"
        return Parts.header("w:styles")
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
            + " w:cs=\"Times New Roman\" w:eastAsia=\"SimSun\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"
            + "<w:lang w:val=\"\(tag)\" w:eastAsia=\"\(language == .zh ? tag : "zh-CN")\" w:bidi=\"\(language == .ar ? tag : "ar-SA")\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + style(
                "ResdiffHeader", "Resolution header", pPr: "<w:spacing w:after=\"0\"/>", rPr: "<w:sz w:val=\"18\"/>")
            + style(
                "ResdiffTitle", "Resolution title",
                pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:ind w:left=\"1247\"/>",
                rPr: "<w:b/><w:sz w:val=\"26\"/>")
            + style("ResdiffNote", "Resolution note", pPr: "<w:ind w:left=\"1247\"/>", rPr: "<w:i/>")
            + style("ResdiffFormula", "Opening formula", pPr: indent)
            + style("ResdiffPreambular", "Preambular paragraph", pPr: indent + "<w:jc w:val=\"both\"/>")
            + style(
                "ResdiffOperative", "Operative paragraph",
                pPr: "<w:tabs><w:tab w:val=\"left\" w:pos=\"2381\"/></w:tabs>" + indent + "<w:jc w:val=\"both\"/>")
            + style(
                "ResdiffSubparagraph", "Sub-paragraph",
                pPr: "<w:ind w:left=\"2381\" w:hanging=\"510\"/><w:jc w:val=\"both\"/>")
            + style(
                "ResdiffSubsubparagraph", "Sub-sub-paragraph",
                pPr: "<w:ind w:left=\"2892\" w:hanging=\"510\"/><w:jc w:val=\"both\"/>")
            + style(
                "ResdiffHeading", "Resolution heading",
                pPr: "<w:keepNext/><w:spacing w:before=\"240\"/><w:ind w:left=\"1247\"/>", rPr: "<w:b/>")
            + style("ResdiffAdoption", "Adoption block", pPr: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>")
            + style(
                "FootnoteText", "footnote text", pPr: "<w:spacing w:after=\"0\"/><w:ind w:left=\"1247\"/>",
                rPr: "<w:sz w:val=\"17\"/>")
            + style(
                "FootnoteReference", "footnote reference", rPr: "<w:vertAlign w:val=\"superscript\"/>",
                type: "character")
            + "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"ResdiffSummary\"><w:name w:val=\"Change summary\"/>"
            + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:bottom w:val=\"single\" w:sz=\"4\""
            + " w:space=\"0\" w:color=\"808080\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:insideV w:val=\"single\" w:sz=\"4\""
            + " w:space=\"0\" w:color=\"808080\"/></w:tblBorders><w:tblCellMar><w:left w:w=\"100\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"100\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }
}
