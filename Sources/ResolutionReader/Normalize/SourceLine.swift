import ResolutionLanguage
import ResolutionModel

/// One line of the source after normalization, with what it is: text, page furniture,
/// a footnote's definition, a note, or nothing.
///
/// The segmenter works on these, never on raw text: by the time a line reaches it,
/// encodings, torn words and Markdown are dealt with.
struct SourceLine: Equatable {
    enum Role: Equatable {
        case blank
        case furniture(FurnitureKind)
        /// `¹ A/HRC/24/56.`: the definition of footnote `number`.
        case footnote(number: Int, text: String)
        /// `* Reissued for technical reasons ...`: a note marked with an asterisk.
        case note(String)
        case content
    }

    /// 1-based line number in the source.
    var number: Int
    var markup: MarkupLine
    var role: Role

    var text: String { markup.text }
}

package enum LineClassifier {
    /// Splits the text into lines (LF, CRLF or CR; form feeds dropped) and classifies each.
    /// `relined`: the text's run-together lines were already cut for this language.
    static func classify(_ text: String, language: Language, relined: Bool = false) -> [SourceLine] {
        let rawLines = relined ? splitLines(text) : Relining.reline(splitLines(text), language: language)
        let mender = BrokenWords(lines: rawLines)
        var lines = rawLines.enumerated().map { index, raw in
            // Control characters are shown, never passed on raw to a terminal.
            let markup = Markup.strip(mender.mend(Typography.visibleControls(raw)))
            return SourceLine(number: index + 1, markup: markup, role: role(of: markup))
        }
        markWrappedRecycleNotices(&lines)
        markTitledRunningHeads(&lines, openers: language.openers)
        keepLoneNumbersInText(&lines)
        return lines
    }

    /// A page number or a symbol alone on its line is furniture only where a page
    /// breaks: next to a blank line, a rule or other furniture. Between two lines of text
    /// it is text that a hard wrap left alone ("paragraph" / "12" / "of resolution ...",
    /// "resolution" / "A/RES/70/1"), and setting it aside would hide a change to it.
    private static func keepLoneNumbersInText(_ lines: inout [SourceLine]) {
        func isText(_ k: Int) -> Bool { k >= 0 && k < lines.count && lines[k].role == .content }
        for i in lines.indices
        where lines[i].role == .furniture(.pageNumber) || lines[i].role == .furniture(.runningHead) {
            if !lines[i].text.contains(" ") && isText(i - 1) && isText(i + 1) { lines[i].role = .content }
        }
    }

    /// Running heads that carry the title beside the symbol, as official PDFs print them
    /// at the top of every page after the first: "A/RES/79/164 Universal realization of
    /// the right of peoples to self-determination", or the title first on even pages.
    /// A line is one when it is a document symbol and the start of the document's own
    /// title (from its "79/164. Universal ..." line), with nothing else.
    private static func markTitledRunningHeads(_ lines: inout [SourceLine], openers: Openers) {
        let content = lines.indices.filter { lines[$0].role == .content }
        guard let at = content.firstIndex(where: { HeaderParser.resolutionNumber(lines[$0].text) != nil }),
            var title = HeaderParser.resolutionNumber(lines[content[at]].text)?.1, title.count >= 10
        else { return }
        // A title wraps: its next two lines, up to the opening formula, may continue it.
        for k in content.dropFirst(at + 1).prefix(2) {
            let next = lines[k].text
            if openers.formulaBody(next) != nil { break }
            title += " " + next
        }
        for i in lines.indices where lines[i].role == .content && lines[i].text.utf8.count <= 200 {
            let words = lines[i].text.split(separator: " ")
            guard words.count >= 2 else { continue }
            let rest: String
            if DocumentSymbol.isSymbol(words[0]) {
                rest = words.dropFirst().joined(separator: " ")
            } else if DocumentSymbol.isSymbol(words[words.count - 1]) {
                rest = words.dropLast(1).joined(separator: " ")
            } else {
                continue
            }
            // The title may wrap in the running head too: its end then stands beside
            // the symbol ("for international peace and security A/RES/79/239").
            if rest.count >= 10, title.hasPrefix(rest) || rest.hasPrefix(title) || title.hasSuffix(rest) {
                lines[i].role = .furniture(.runningHead)
            }
        }
        // The title on lines of its own beside a symbol alone: "A/RES/79/239" /
        // "Artificial intelligence in the military domain and its implications" / "for
        // international peace and security".
        for i in lines.indices where lines[i].role == .furniture(.runningHead) {
            // Two lines away only across another line of the head, never across text.
            for k in [i + 1, i + 2, i - 1, i - 2] where k >= 0 && k < lines.count && lines[k].role == .content {
                if abs(k - i) == 2, lines[(k + i) / 2].role == .content { continue }
                let text = lines[k].text
                if text.count >= 10, title.contains(text), HeaderParser.resolutionNumber(text) == nil,
                    k > content[at]
                {
                    lines[k].role = .furniture(.runningHead)
                }
            }
        }
    }

    /// The recycling notice with its image's description, as converters write it.
    static let recycleNotice =
        "Please recycle The recycling symbol, consisting of three chasing arrows forming a triangle."

    /// A wrapped recycling notice goes on over the next lines; they are furniture too.
    private static func markWrappedRecycleNotices(_ lines: inout [SourceLine]) {
        var notice: String?
        for i in lines.indices {
            switch lines[i].role {
            case .furniture(.recycleNotice): notice = lines[i].text
            case .blank: continue
            case .content:
                if let n = notice, recycleNotice.hasPrefix(n + " " + lines[i].text) {
                    notice = n + " " + lines[i].text
                    lines[i].role = .furniture(.recycleNotice)
                } else {
                    notice = nil
                }
            default: notice = nil
            }
        }
    }

    /// Lines on LF, CRLF or CR (and the Unicode line and paragraph separators), split on
    /// UTF-8 bytes; form feeds and stray byte order marks are dropped.
    package static func splitLines(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var i = 0
            let n = bytes.count
            func emit(_ end: Int) {
                var line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if line.utf8.contains(0x0C) || line.utf8.contains(0xEF) && line.unicodeScalars.contains("\u{FEFF}") {
                    line.unicodeScalars.removeAll { $0 == "\u{0C}" || $0 == "\u{FEFF}" }
                }
                lines.append(line)
            }
            while i < n {
                let b = bytes[i]
                if b == 0x0A {
                    emit(i); i += 1; start = i
                } else if b == 0x0D {
                    emit(i); i += (i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1; start = i
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    emit(i); i += 3; start = i
                } else {
                    i += 1
                }
            }
            emit(n)
            return lines
        }
    }

    private static func role(of markup: MarkupLine) -> SourceLine.Role {
        if markup.isRule { return .furniture(.rule) }
        let text = markup.text
        if text.isEmpty { return .blank }
        if let kind = PageFurniture.classify(text) { return .furniture(kind) }
        if let (number, rest) = footnoteDefinition(text) { return .footnote(number: number, text: rest) }
        let stars = text.prefix(while: { $0 == "*" }).count
        if (1...3).contains(stars), text.dropFirst(stars).hasPrefix(" "), text.count > stars + 1 { return .note(text) }
        return .content
    }

    /// `¹ A/HRC/24/56.` → (1, "A/HRC/24/56.").
    static func footnoteDefinition(_ text: String) -> (Int, String)? {
        var value = 0
        var digits = 0
        var rest = Substring(text).unicodeScalars[...]
        while let s = rest.first, let d = Typography.superscriptDigits[s] {
            // Footnotes run to three digits; a longer run is no footnote number (and
            // must not overflow).
            guard digits < 3 else { return nil }
            value = value * 10 + d
            digits += 1
            rest = rest.dropFirst()
        }
        guard digits > 0, rest.first == " " else { return nil }
        let body = String(String.UnicodeScalarView(rest)).trimming(" ")
        return body.isEmpty ? nil : (value, body)
    }
}
