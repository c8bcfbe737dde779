import CZlib
import TestSupport
import XCTest

@testable import ResolutionReader

/// Word files made to hurt: zip bombs, headers that lie, entity declarations, list
/// numbering at the edges of the integers. Each is built here, byte by byte, and must
/// end with one clear reason (or be read), never a trap and never gigabytes of memory.
final class HostileWordTests: XCTestCase {
    /// A zip package of `entries`, deflated unless `stored`; `claimedSize` replaces the
    /// uncompressed size the headers state.
    static func zip(_ entries: [(name: String, data: [UInt8])], stored: Bool = false, claimedSize: UInt32? = nil)
        -> [UInt8]
    {
        var out: [UInt8] = [], central: [UInt8] = []
        func u16(_ v: Int, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32, _ into: inout [UInt8]) {
            for k in 0..<4 { into.append(UInt8(v >> (8 * UInt32(k)) & 0xFF)) }
        }
        for (name, data) in entries {
            let body = stored ? data : deflate(data)
            let crc = data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
            let offset = UInt32(out.count)
            let size = claimedSize ?? UInt32(data.count)
            out += [0x50, 0x4B, 0x03, 0x04]
            u16(20, &out); u16(0, &out); u16(stored ? 0 : 8, &out); u16(0, &out); u16(0, &out)
            u32(crc, &out); u32(UInt32(body.count), &out); u32(size, &out)
            u16(name.utf8.count, &out); u16(0, &out)
            out += Array(name.utf8) + body
            central += [0x50, 0x4B, 0x01, 0x02]
            u16(20, &central); u16(20, &central); u16(0, &central); u16(stored ? 0 : 8, &central)
            u16(0, &central); u16(0, &central)
            u32(crc, &central); u32(UInt32(body.count), &central); u32(size, &central)
            u16(name.utf8.count, &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central)
            u32(0, &central); u32(offset, &central)
            central += Array(name.utf8)
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += [0x50, 0x4B, 0x05, 0x06]
        u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(UInt32(central.count), &out); u32(centralOffset, &out); u16(0, &out)
        return out
    }

    /// Raw deflate, as zip stores it.
    static func deflate(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        _ = deflateInit2_(
            &stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 64)
        var input = data
        let written: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(written))
    }

    static func document(_ body: String, numbering: String? = nil) -> [UInt8] {
        var entries: [(name: String, data: [UInt8])] = [
            (
                "word/document.xml",
                Array(
                    ("<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>" + body + "</w:body></w:document>").utf8
                )
            )
        ]
        if let numbering { entries.append(("word/numbering.xml", Array(numbering.utf8))) }
        return zip(entries)
    }

    static func paragraph(_ text: String, numId: String? = nil, level: String = "0") -> String {
        let numbering =
            numId.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" }
            ?? ""
        return "<w:p>\(numbering)<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    func problem(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SourceText.decode(bytes, name: "hostile.docx")
            return nil
        } catch {
            return error.description
        }
    }

    /// A part that inflates thousands of times its size is refused once it passes the
    /// limit, long before it would fill memory.
    func testAZipBombIsRefused() throws {
        let bomb = Self.zip([("word/document.xml", [UInt8](repeating: 0x20, count: 48 * 1024 * 1024))])
        XCTAssertLessThan(bomb.count, 200 * 1024, "a bomb: small, inflating to 48 MB")
        let message = try XCTUnwrap(problem(bomb))
        XCTAssertTrue(message.contains("word/document.xml inflates to more than 200 times"), message)
        XCTAssertTrue(message.hasPrefix("hostile.docx: "), message)
    }

    /// Headers that claim 4 GB for a few bytes allocate nothing of the sort; the part is
    /// read for what it is.
    func testAHeaderClaimingGigabytesIsNotBelieved() throws {
        let body =
            Self.paragraph("The General Assembly,") + Self.paragraph("1. Decides to remain seized of the matter.")
        let xml = Array(
            ("<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>" + body + "</w:body></w:document>").utf8)
        for stored in [false, true] {
            let lying = Self.zip([("word/document.xml", xml)], stored: stored, claimedSize: 0xFFFF_FFFF)
            let source = try SourceText.decode(lying, name: "lying.docx")
            XCTAssertTrue(source.text.contains("Decides to remain seized"), source.text)
        }
        // A central directory listing more entries than any package holds.
        var many = Self.zip([("word/document.xml", xml)])
        many[many.count - 12] = 0xFF; many[many.count - 11] = 0xFF
        XCTAssertTrue(problem(many)?.contains("entries") == true, problem(many) ?? "read")
    }

    /// An entity declaration is refused, never read with the text after the entity gone.
    func testDocumentTypeAndEntitiesAreRefused() throws {
        let xml =
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"w\"><w:body>"
            + Self.paragraph("The General Assembly,") + Self.paragraph("1. Decides &x; now;") + "</w:body></w:document>"
        let message = try XCTUnwrap(problem(Self.zip([("word/document.xml", Array(xml.utf8))])))
        XCTAssertTrue(message.contains("declares a document type or entities"), message)
    }

    /// Numbering starts and levels at the integers' edges: read, never a trap, never a
    /// gigabyte of letters.
    func testNumberingExtremesAreBounded() throws {
        for (format, start, level) in [
            ("decimal", "9223372036854775807", "0"), ("decimal", "-9223372036854775808", "0"),
            ("lowerLetter", "-5", "0"), ("lowerLetter", "100000000000", "0"), ("lowerRoman", "100000000000", "0"),
            ("decimal", "1", "-1"), ("decimal", "1", "99999999999999999999"),
        ] {
            let numbering = """
                <w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="\(level)"><w:start w:val="\(start)"/>\
                <w:numFmt w:val="\(format)"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
                <w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="\(level)"><w:startOverride w:val="\(start)"/></w:lvlOverride></w:num></w:numbering>
                """
            let body =
                Self.paragraph("The General Assembly,")
                + Self.paragraph("Decides to remain seized of the matter;", numId: "1", level: level)
                + Self.paragraph("Requests a report.", numId: "1", level: level)
            // Read, or refused for a number no reader would see (a roman numeral of
            // hundreds of letters); never a trap or a gigabyte.
            if let message = problem(Self.document(body, numbering: numbering)) {
                XCTAssertTrue(message.contains("list number in word/document.xml is longer than"), message)
                XCTAssertEqual(format, "lowerRoman")
                continue
            }
            let source = try SourceText.decode(Self.document(body, numbering: numbering), name: "n.docx")
            XCTAssertLessThan(source.text.utf8.count, 100_000, "\(format) \(start) \(level)")
            XCTAssertTrue(source.text.contains("Requests a report."), "\(format) \(start) \(level)")
        }
    }

    /// A list pattern of a thousand "%1" would repeat the number a thousand times for
    /// every paragraph: a kilobyte file once took 3.6 GB. Long patterns, and labels that
    /// would grow past any real number, are refused.
    func testListNumberPatternsCannotAmplify() throws {
        func numbering(_ pattern: String, start: Int = 1, format: String = "decimal") -> String {
            """
            <w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="\(start)"/>\
            <w:numFmt w:val="\(format)"/><w:lvlText w:val="\(pattern)"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>
            """
        }
        let body = Self.paragraph("The General Assembly,") + Self.paragraph("Decides;", numId: "1")
        let long = try XCTUnwrap(
            problem(Self.document(body, numbering: numbering(String(repeating: "%1", count: 1000)))))
        XCTAssertTrue(long.contains("word/numbering.xml has a list number pattern of 2000 characters"), long)
        let growing = try XCTUnwrap(
            problem(Self.document(body, numbering: numbering(String(repeating: "%1", count: 20), start: 5000))))
        XCTAssertTrue(growing.contains("a list number in word/document.xml is longer than 64 characters"), growing)
        // Patterns Word writes, at the same start, read as they show.
        let source = try SourceText.decode(
            Self.document(body, numbering: numbering("(%1)", start: 2, format: "lowerLetter")), name: "n.docx")
        XCTAssertTrue(source.text.contains("(b) Decides;"), source.text)
    }

    /// Declarations are found wherever they stand: behind 70 KB of padding, or in a part
    /// written in UTF-16 (with or without its byte order mark), where a byte search
    /// for "<!DOCTYPE" sees nothing.
    func testDeclarationsCannotHide() throws {
        let body = Self.paragraph("The General Assembly,") + Self.paragraph("1. Decides &x; now;")
        let declaration = "<!DOCTYPE d [<!ENTITY x \"to act\">]>"
        let padded =
            "<?xml version=\"1.0\"?><!--" + String(repeating: " ", count: 70_000) + "-->" + declaration
            + "<w:document xmlns:w=\"w\"><w:body>" + body + "</w:body></w:document>"
        let message = try XCTUnwrap(problem(Self.zip([("word/document.xml", Array(padded.utf8))])))
        XCTAssertTrue(message.contains("declares a document type or entities"), message)
        let xml =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + declaration + "<w:document xmlns:w=\"w\"><w:body>" + body
            + "</w:body></w:document>"
        let utf16 = xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for bytes in [[0xFF, 0xFE] + utf16, utf16] {
            let message = try XCTUnwrap(problem(Self.zip([("word/document.xml", bytes)])))
            XCTAssertTrue(message.contains("word/document.xml is not in UTF-8"), message)
        }
    }

    /// Parts that share their compressed bytes (or are simply many) are bounded
    /// together, not each on its own.
    func testPartsAreBoundedTogether() throws {
        // Text that deflates poorly, so that the ratio limit does not stop it first.
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<(3 * 1024 * 1024)).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
        var zip = try ZipArchive(
            Self.zip([("word/document.xml", noise), ("word/footnotes.xml", noise)]), budget: 5 * 1024 * 1024)
        XCTAssertEqual(try zip.data("word/document.xml")?.count, noise.count)
        XCTAssertThrowsError(try zip.data("word/footnotes.xml")) { error in
            XCTAssertEqual(
                (error as? ZipArchive.Failure)?.message, "the Word parts take more than 5 MB together; refused")
        }
        var stored = try ZipArchive(
            Self.zip([("word/document.xml", noise), ("word/footnotes.xml", noise)], stored: true),
            budget: 5 * 1024 * 1024)
        _ = try stored.data("word/document.xml")
        XCTAssertThrowsError(try stored.data("word/footnotes.xml"))
    }

    /// A part cut short is refused (Foundation's XML parser calls it a success), and so
    /// is one that does not parse: footnotes and list numbers are never silently lost.
    func testPartsCutShortAreRefused() throws {
        let body = Self.paragraph("The General Assembly,") + Self.paragraph("1. Decides;")
        let document = "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>" + body + "</w:body></w:document>"
        for (part, xml) in [
            ("word/document.xml", String(document.dropLast(20))),
            ("word/footnotes.xml", "<w:footnotes xmlns:w=\"w\"><w:footnote w:id=\"1\"><w:p><w:r><w:t>See"),
            ("word/footnotes.xml", "<w:footnotes xmlns:w=\"w\"><w:footnote></w:p></w:footnotes>"),
            ("word/numbering.xml", "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"1\">"),
        ] {
            var entries = [(name: "word/document.xml", data: Array(document.utf8))]
            if part == "word/document.xml" { entries = [] }
            entries.append((part, Array(xml.utf8)))
            let message = try XCTUnwrap(problem(Self.zip(entries)), part)
            XCTAssertTrue(message.hasPrefix("hostile.docx: \(part) is "), message)
        }
    }

    /// libxml2 refuses more than ten million bytes given at once; the parts are fed
    /// in chunks, so a long document.xml is read.
    func testALargeDocumentPartIsRead() throws {
        let filler = String(repeating: "and further decides to consider the matter ", count: 200)
        let paragraphs = (1...1_200).map { Self.paragraph("\($0). Decides \(filler)\($0);") }.joined()
        let xml = Array(
            ("<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>" + Self.paragraph("The General Assembly,")
                + paragraphs + "</w:body></w:document>").utf8)
        XCTAssertGreaterThan(xml.count, 10_000_000)
        // Stored: repeated filler deflates past the ratio limit.
        let text = try WordDocument.text(of: Self.zip([("word/document.xml", xml)], stored: true), tracked: .accepted)
        XCTAssertTrue(text.contains("1200. Decides"), String(text.suffix(200)))
    }

    /// A number past Int's range is still a very large start (Word's largest), not 1;
    /// a package naming one part twice is refused (readers would differ on which).
    func testHugeStartsAndTwiceNamedPartsAreBounded() throws {
        let numbering = """
            <w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="99999999999999999999"/>\
            <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>
            """
        let body = Self.paragraph("The General Assembly,") + Self.paragraph("Decides;", numId: "1")
        let source = try SourceText.decode(Self.document(body, numbering: numbering), name: "n.docx")
        XCTAssertTrue(source.text.contains("32767. Decides;"), source.text)
        let xml = Array(("<w:document xmlns:w=\"w\"><w:body>" + body + "</w:body></w:document>").utf8)
        let twice = try XCTUnwrap(problem(Self.zip([("word/document.xml", xml), ("word/document.xml", xml)])))
        XCTAssertTrue(twice.contains("the zip package holds word/document.xml twice"), twice)
    }

    /// Ten thousand footnote references are numbered by a lookup, not a search each.
    func testManyFootnoteReferencesAreRead() throws {
        let references = (1...10_000).map { "<w:r><w:footnoteReference w:id=\"\($0)\"/></w:r>" }.joined()
        let body = Self.paragraph("The General Assembly,") + "<w:p><w:r><w:t>1. Decides</w:t></w:r>\(references)</w:p>"
        let source = try SourceText.decode(Self.document(body), name: "f.docx")
        XCTAssertTrue(source.text.contains("Decides"))
    }
}
