import Foundation
import ResolutionLanguage
import ResolutionModel

/// Text out of a PDF, through poppler's `pdftotext` run as a subprocess. The page
/// furniture it brings along (running heads, page numbers, job numbers, barcodes) is
/// removed by the parser like any other text's.
enum PDFText {
    /// A long report converts in a second or two; a converter that hangs on a damaged
    /// file must not hang a CI job.
    static let timeLimit: TimeInterval = 60

    static func isPDF(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("%PDF-".utf8)) }

    static func text(of bytes: [UInt8], name: String) throws(InputError) -> String {
        guard let tool = executable("pdftotext") else {
            throw InputError(
                file: name,
                problem: .unreadable(
                    "reading PDF needs pdftotext: install Debian's poppler-utils (apt-get install poppler-utils)"))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resdiff-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf"), output = directory.appendingPathComponent("out.txt")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: input)
        } catch {
            throw InputError(file: name, problem: .unreadable("cannot write a temporary copy for pdftotext"))
        }
        let raw = try run(tool, ["-raw", "-enc", "UTF-8", "-eol", "unix", input.path, output.path], output, name: name)
        // The reading-order mode keeps the word spaces that some PDFs set by position
        // alone, which -raw loses ("humanrights"); its words repair the raw text's.
        let spaced = try? run(tool, ["-enc", "UTF-8", "-eol", "unix", input.path, output.path], output, name: name)
        var text = String(decoding: raw, as: UTF8.self)
        text =
            text.unicodeScalars.contains(where: Typography.isSuperscriptDigit)
            ? restoreDisplacedMarkers(text) : raiseFootnoteMarkers(text)
        // After the markers are raised: "first2" is a marker glued to its word, not two
        // words, and as "first²" it is no longer taken for one.
        if let spaced { text = respace(text, like: String(decoding: spaced, as: UTF8.self)) }
        return text
    }

    /// Runs pdftotext with `arguments`, within the time limit, and returns what it wrote
    /// to `output`.
    private static func run(_ tool: String, _ arguments: [String], _ output: URL, name: String) throws(InputError)
        -> Data
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        // -raw gives text in the order it was written, footnotes with their numbers. The
        // reading-order mode can join a word hyphenated at a line end and drop the hyphen
        // ("North-" / "South"), so it only lends its word spaces (`respace`).
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw InputError(file: name, problem: .unreadable("pdftotext could not be started"))
        }
        if done.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            throw InputError(file: name, problem: .unreadable("pdftotext took longer than \(Int(timeLimit)) seconds"))
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
            let reason =
                message.split(separator: "\n").first.map { String($0) } ?? "exit status \(process.terminationStatus)"
            throw InputError(file: name, problem: .unreadable("pdftotext: \(reason)"))
        }
        return data
    }

    /// Words that -raw glued together ("humanrights", "havebeen") where the reading-order
    /// text has them apart ("human rights") are split as that text has them. Only a word
    /// the spaced text never has whole, and has as two neighbours, is touched.
    static func respace(_ raw: String, like spaced: String) -> String {
        var whole = Set<Substring>(), pairs: [String: String] = [:]
        var previous: Substring?
        for word in spaced.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            whole.insert(word)
            if let p = previous { pairs[String(p) + String(word)] = String(p) + " " + String(word) }
            previous = word
        }
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var word = ""
        func flush() {
            if !word.isEmpty, !whole.contains(Substring(word)), let split = pairs[word] { out += split } else { out += word }
            word = ""
        }
        for c in raw {
            if c.isLetter || c.isNumber { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    /// Footnote markers printed as raised digits come out of pdftotext as plain ones
    /// ("session;1", and "1 A/HRC/24/56." at the foot of the page). Footnotes are
    /// numbered 1, 2, 3 in order, so a line "N text" is a footnote when N is the next
    /// number and an "N" glued to the end of a word or punctuation mark stands before it;
    /// both become superscripts. A glued digit followed by anything but a space or the
    /// line's end ("Corr.1)") is not a marker.
    static func raiseFootnoteMarkers(_ text: String) -> String {
        var lines = joinFootnoteNumbers(text.components(separatedBy: "\n")).map { Array($0) }
        var expected = 1
        var searchFrom = 0  // line where the next marker may stand
        var scanned = (number: 0, upTo: 0)  // lines before `upTo` hold no marker `number`
        for i in lines.indices {
            let number = Array(String(expected))
            guard lines[i].count > number.count + 1, Array(lines[i].prefix(number.count)) == number,
                lines[i][number.count] == " ", lines[i].dropFirst(number.count + 1).first?.isWhitespace == false
            else { continue }
            // The marker: the first glued occurrence since the previous one. Lines already
            // searched in vain for this number are not searched again (that made lines
            // that merely start with the number quadratic).
            var found: (line: Int, at: Int)?
            let from = scanned.number == expected ? max(searchFrom, scanned.upTo) : searchFrom
            defer { if found == nil { scanned = (expected, i) } }
            search: for l in from..<max(from, i) {
                let chars = lines[l]
                var k = 1
                while k + number.count <= chars.count {
                    let previous = chars[k - 1]
                    let after = k + number.count < chars.count ? chars[k + number.count] : " "
                    if Array(chars[k..<(k + number.count)]) == number, after.isWhitespace,
                        previous.isLetter || ";,.:)”\"’".contains(previous) || Self.endsAYear(chars, before: k),
                        k + number.count >= chars.count || !chars[k + number.count].isNumber,
                        !Self.endsAReference(chars, before: k, glued: true)
                    {
                        found = (l, k)
                        break search
                    }
                    // "Effects, 1" at a line's end, or "Effects, 1 and" within it (as
                    // layout extraction sets a raised marker): set apart by a space. After
                    // a word, only at the line's end and not after a word that numbers
                    // things ("paragraph 2"): "Countries 2" / "and the Vienna ...".
                    if k >= 2, previous == " ", Array(chars[k..<(k + number.count)]) == number, after == " ",
                        ";,.:".contains(chars[k - 2]) && !Self.endsAReference(chars, before: k - 1, glued: false)
                            || chars[k - 2].isLetter && k + number.count == chars.count
                                && !Self.numberingWords.contains(
                                    String(chars[..<(k - 1)]).split(separator: " ").last.map { $0.lowercased() } ?? "")
                    {
                        lines[l].remove(at: k - 1)
                        found = (l, k - 1)
                        break search
                    }
                    k += 1
                }
            }
            guard let marker = found else { continue }
            let raised = Array(Typography.superscript(expected))
            lines[marker.line].replaceSubrange(marker.at..<(marker.at + number.count), with: raised)
            lines[i].replaceSubrange(0..<number.count, with: raised)
            searchFrom = marker.line
            expected += 1
        }
        return lines.map { String($0) }.joined(separator: "\n")
    }

    /// "2014–20243": a marker glued to a year. True when the four characters before `k`
    /// are a year of this or the last century and no digit stands before them.
    static func endsAYear(_ chars: [Character], before k: Int) -> Bool {
        guard k >= 4, (k - 4..<k).allSatisfy({ chars[$0].isASCIIDigit }), k == 4 || !chars[k - 5].isNumber,
            let year = Int(String(chars[(k - 4)..<k]))
        else { return false }
        return (1900...2099).contains(year)
    }

    /// Whether the word before `k` is one a number completes rather than cites: a
    /// document symbol ("A/80/L.1"), an abbreviation ("Corr.1", "No. 3"), a numbering
    /// word set apart ("Supplement No. 53", "annex 2"). Its digit is no footnote marker.
    static func endsAReference(_ chars: [Character], before k: Int, glued: Bool) -> Bool {
        var start = k
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        let word = String(chars[start..<k])
        let bare = word.trimmingCharacters(in: .punctuationCharacters)
        if glued { return word.hasSuffix(".") && (word.contains("/") || LineShapes.abbreviations.contains(bare)) }
        if word.contains("/") { return true }
        return LineShapes.abbreviations.contains(bare) || numberingWords.contains(bare.lowercased())
    }

    /// Words a number follows as a reference, not as a footnote marker.
    static let numberingWords: Set<String> = [
        "paragraph", "paragraphs", "para", "paras", "resolution", "resolutions", "article", "articles", "chapter",
        "section", "annex", "no", "goal", "target", "item", "rule", "principle", "volume", "vol", "part", "page",
        "decision", "recommendation", "protocol", "session", "table", "figure", "phase", "level", "step",
    ]

    /// A job number ("25-16680 (E)", "25-16680") or a page number ("2/5") ending a
    /// page's footnotes.
    static func isPageFoot(_ line: String) -> Bool {
        line.firstMatch(of: /^\d{2}-\d{5}/) != nil || line.wholeMatch(of: /\d{1,3}\/\d{1,3}/) != nil
    }

    /// Whether a line of the text is a footnote rule, as PDF extractions keep it.
    static func hasFootnoteRule(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: true).contains { line in
            let t = line.trimming(" ")
            return t.count >= 10 && t.allSatisfy { $0 == "_" }
        }
    }

    /// Under a footnote rule (`__________`), pdftotext -raw puts each footnote's number
    /// on a line of its own and its text on the next: "1" / "United Nations, Treaty
    /// Series ...". Joined, they read as any footnote does: "1 United Nations, ...". The
    /// block ends at the first line that is not a number or a footnote's text (the next
    /// page's running head, a job or page number, which all start with a symbol or a
    /// digit group).
    static func joinFootnoteNumbers(_ lines: [String]) -> [String] {
        var out: [String] = []
        var inBlock = false
        var k = 0
        while k < lines.count {
            let line = lines[k]
            let trimmed = line.trimming(" ")
            // (Layout extraction indents; the rule, numbers and texts are read trimmed.)
            if trimmed.count >= 5, trimmed.allSatisfy({ $0 == "_" }) {
                inBlock = true
            } else if inBlock, !trimmed.isEmpty, trimmed.count <= 3, trimmed.allSatisfy(\.isASCIIDigit),
                k + 1 < lines.count, let next = lines[k + 1].trimming(" ").first, !next.isNumber
            {
                out.append(trimmed + " " + lines[k + 1].trimming(" "))
                k += 2
                continue
            } else if inBlock, trimmed.isEmpty || Self.isPageFoot(trimmed) {
                inBlock = false
            }
            out.append(line)
            k += 1
        }
        return out
    }

    /// A footnote marker set in a fallback font (`⁴` is missing from many text fonts)
    /// comes out of raw order after the line it begins, alone on its line: it goes back
    /// in front of that line.
    static func restoreDisplacedMarkers(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var k = 1
        while k < lines.count {
            let line = lines[k].trimming(" ")
            if !line.isEmpty, line.unicodeScalars.allSatisfy(Typography.isSuperscriptDigit), !lines[k - 1].isEmpty,
                !lines[k - 1].unicodeScalars.first.map(Typography.isSuperscriptDigit)!
            {
                lines[k - 1] = line + " " + lines[k - 1]
                lines.remove(at: k)
                continue
            }
            k += 1
        }
        return lines.joined(separator: "\n")
    }

    static func executable(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
