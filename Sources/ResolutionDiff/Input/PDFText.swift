import Foundation

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
        return restoreDisplacedMarkers(String(decoding: data, as: UTF8.self))
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
