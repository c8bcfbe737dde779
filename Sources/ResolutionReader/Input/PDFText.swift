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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        // -raw: text in the order it was written. The default reading-order mode joins a
        // word hyphenated at a line end and drops the hyphen, so "North-" / "South" became
        // "NorthSouth"; UN documents are one column, where the orders agree.
        process.arguments = ["-raw", "-enc", "UTF-8", "-eol", "unix", input.path, output.path]
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
        let text = String(decoding: data, as: UTF8.self)
        return text.unicodeScalars.contains(where: Typography.isSuperscriptDigit)
            ? restoreDisplacedMarkers(text) : raiseFootnoteMarkers(text)
    }

    /// Footnote markers printed as raised digits come out of pdftotext as plain ones
    /// ("session;1", and "1 A/HRC/24/56." at the foot of the page). Footnotes are
    /// numbered 1, 2, 3 in order, so a line "N text" is a footnote when N is the next
    /// number and an "N" glued to the end of a word or punctuation mark stands before it;
    /// both become superscripts. A glued digit followed by anything but a space or the
    /// line's end ("Corr.1)") is not a marker.
    static func raiseFootnoteMarkers(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n").map { Array($0) }
        var expected = 1
        var searchFrom = 0  // line where the next marker may stand
        for i in lines.indices {
            let number = Array(String(expected))
            guard lines[i].count > number.count + 1, Array(lines[i].prefix(number.count)) == number,
                lines[i][number.count] == " ", lines[i].dropFirst(number.count + 1).first?.isWhitespace == false
            else { continue }
            // The marker: the first glued occurrence since the previous one.
            var found: (line: Int, at: Int)?
            search: for l in searchFrom..<i {
                let chars = lines[l]
                var k = 1
                while k + number.count <= chars.count {
                    let previous = chars[k - 1]
                    let after = k + number.count < chars.count ? chars[k + number.count] : " "
                    if Array(chars[k..<(k + number.count)]) == number, after.isWhitespace,
                        previous.isLetter || ";,.:)”\"’".contains(previous),
                        k + number.count >= chars.count || !chars[k + number.count].isNumber
                    {
                        found = (l, k)
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
