import Foundation
import XCTest

/// Where output goes: never over an input, never a trap on a closed or full output, a
/// regular file replaced atomically with its mode, a FIFO or device written as a stream.
final class OutputSafetyTests: BinaryTestCase {
    let old = "Corpus/A-HRC-RES-28-2.txt", new = "Corpus/A-HRC-RES-32-6.txt"

    func temporary(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "resdiff-output-\(name)"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    func testOutputNamingAnInputIsRefusedAndTheInputKept() throws {
        let copy = temporary("input.txt")
        try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent(old).path, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        assertTrouble(try run([copy, new, "-o", copy]), mentions: "is the input")
        let link = temporary("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: copy)
        assertTrouble(try run([copy, new, "-o", link]), mentions: "is the input")
        assertTrouble(try run(["amend", copy, new, "-o", copy]), mentions: "is the input")
        // Standard input redirected from the output file: `- -o b.txt < b.txt`, and the
        // same through /dev/stdin.
        for script in [
            "\"$0\" \"$1\" - -o \"$2\" < \"$2\"", "\"$0\" \"$1\" - -o /dev/stdin < \"$2\"",
            "\"$0\" apply \"$1\" - -o \"$2\" < \"$2\"",
        ] {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/bash")
            shell.arguments = ["-c", script, Self.binary.path, Self.root.appendingPathComponent(new).path, copy]
            let errors = Pipe()
            shell.standardError = errors
            try shell.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            shell.waitUntilExit()
            XCTAssertEqual(shell.terminationStatus, 2, script)
            XCTAssertTrue(
                message.hasPrefix("resdiff: ") && message.contains("is standard input; writing there would destroy it"),
                message)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: copy)), before, "the input is intact")
    }

    func testAFullOrClosedOutputIsTroubleNotACrash() throws {
        assertTrouble(try run([old, new, "-o", "/dev/full"]), mentions: "/dev/full: cannot write")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [old, new]
        process.currentDirectoryURL = Self.root
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(message.hasPrefix("resdiff: cannot write to standard output"), message)
    }

    func testARegularFileIsReplacedWithItsModeAndALinkFollowed() throws {
        let target = temporary("report.txt")
        try "old report".write(toFile: target, atomically: true, encoding: .utf8)
        chmod(target, 0o640)
        let link = temporary("report-link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        XCTAssertEqual(try run([old, new, "-o", link]).status, 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o640)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("--- A/HRC/RES/28/2"))
        let linkAttributes = try FileManager.default.attributesOfItem(atPath: link)
        XCTAssertEqual(linkAttributes[.type] as? FileAttributeType, .typeSymbolicLink, "the link stays a link")
        assertTrouble(try run([old, new, "-o", NSTemporaryDirectory()]), mentions: "is a directory")
        // A link to a file not there yet is written through, as `>` does; a name with a
        // trailing slash is no file name.
        let missing = temporary("report-missing.txt")
        let dangling = temporary("report-dangling.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: missing)
        XCTAssertEqual(try run([old, new, "-o", dangling]).status, 1)
        XCTAssertTrue(try String(contentsOfFile: missing, encoding: .utf8).hasPrefix("--- A/HRC/RES/28/2"))
        XCTAssertEqual(
            try FileManager.default.attributesOfItem(atPath: dangling)[.type] as? FileAttributeType, .typeSymbolicLink)
        let slashed = temporary("report-slashed.txt")
        assertTrouble(try run([old, new, "-o", slashed + "/"]), mentions: "is a directory name")
        XCTAssertFalse(FileManager.default.fileExists(atPath: slashed))
    }

    func testAFIFOIsWrittenAsAStream() throws {
        let fifo = temporary("fifo")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // A reader on the FIFO, as a pipeline would have one.
        let cat = Process()
        cat.executableURL = URL(fileURLWithPath: "/bin/cat")
        cat.arguments = [fifo]
        let pipe = Pipe()
        cat.standardOutput = pipe
        try cat.run()
        XCTAssertEqual(try run([old, new, "-o", fifo]).status, 1)
        let received = pipe.fileHandleForReading.readDataToEndOfFile()
        cat.waitUntilExit()
        XCTAssertTrue(String(decoding: received, as: UTF8.self).hasPrefix("--- A/HRC/RES/28/2"))
        var st = stat()
        XCTAssertEqual(stat(fifo, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "the FIFO is not replaced by a file")
    }

    /// Twenty superscript digits after a paragraph (once an integer overflow and a trap).
    func testLongSuperscriptRunsAreNoMarkers() throws {
        let path = temporary("superscripts.txt")
        try "The General Assembly,\n1. Decides to stay.²²²²²²²²²²²²²²²²²²²²\n²²²²²²²²²²²²²²²²²²²²² note\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["parse", path]).status, 0)
        XCTAssertEqual(try run([path, path]).status, 0)
    }

    /// Escape sequences in a document, an amendment or a file name reach the terminal
    /// shown, never raw: text output and errors hold no control character but line
    /// ends and tabs.
    func testControlCharactersAreShownNotSent() throws {
        let text = try String(contentsOfFile: Self.root.appendingPathComponent(new).path, encoding: .utf8)
        let hostile = temporary("evil\u{1B}[2J.txt")
        try text.replacingOccurrences(of: "Urges* States", with: "Urges* \u{1B}]0;owned\u{07}\u{1B}[31mStates\u{9B}")
            .write(toFile: hostile, atomically: true, encoding: .utf8)
        func assertClean(_ s: String, _ context: String) {
            let raw = s.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
            }
            XCTAssertTrue(raw.isEmpty, "\(context): raw control characters \(raw.map { $0.value })")
        }
        let diff = try run([new, hostile])
        XCTAssertEqual(diff.status, 1)
        XCTAssertTrue(diff.stdout.contains("␛[31mStates"), diff.stdout)
        assertClean(diff.stdout, "diff")
        for args in [
            ["parse", hostile], ["amend", new, hostile], ["check", new, hostile],
            ["git-diff", "x.txt", new, "a", "100644", hostile, "b", "100644"],
        ] {
            let r = try run(args)
            assertClean(r.stdout, args[0])
            assertClean(r.stderr, args[0])
        }
        let missing = try run([new, temporary("gone\u{1B}[2J.txt")])
        XCTAssertEqual(missing.status, 2)
        assertClean(missing.stderr, "error")
        XCTAssertTrue(missing.stderr.contains("gone␛[2J.txt"), missing.stderr)
        // git's driver names the path in the repository and says the problem in words.
        let binary = temporary("binary.txt")
        try Data([0x68, 0x69, 0, 1, 2]).write(to: URL(fileURLWithPath: binary))
        let driver = try run(["git-diff", "drafts/evil\u{1B}.txt", new, "a", "100644", binary, "b", "100644"])
        XCTAssertEqual(driver.status, 2)
        XCTAssertEqual(driver.stderr, "resdiff: drafts/evil␛.txt: is a binary file, not text\n")
    }

    /// Bidirectional overrides in a text ("Trojan source") are shown as <U+202E> on a
    /// terminal, where they would reorder the report's lines, and kept as they are in a
    /// pipe or a file. The terminal is a pseudo-terminal from util-linux's `script`.
    func testBidiOverridesAreShownOnATerminalOnly() throws {
        let text = try String(contentsOfFile: Self.root.appendingPathComponent(new).path, encoding: .utf8)
        let hostile = temporary("bidi.txt")
        try text.replacingOccurrences(of: "Urges* States", with: "Urges* \u{202E}setatS\u{202C} States")
            .write(toFile: hostile, atomically: true, encoding: .utf8)
        let piped = try run([new, hostile])
        XCTAssertTrue(piped.stdout.contains("\u{202E}setatS\u{202C}"), "a pipe gets the text as it is")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("util-linux's script is not installed: no pseudo-terminal to test with")
        }
        let command = [Self.binary.path, new, hostile].map { "'\($0)'" }.joined(separator: " ")
        let terminal = try run(
            ["/usr/bin/script", "-qec", command + " --color never", "/dev/null"], executable: "/usr/bin/script")
        XCTAssertTrue(terminal.stdout.contains("<U+202E>setatS<U+202C>"), terminal.stdout)
        XCTAssertFalse(terminal.stdout.unicodeScalars.contains { $0.value == 0x202E }, "no raw override on a terminal")
    }

    /// Inputs that are streams: standard input by name, a FIFO, process substitution
    /// (a /dev/fd path); /dev/null is empty, not a "permission" problem; UTF-16 saved
    /// without a byte order mark is text.
    func testStreamsAndUnmarkedUTF16AreRead() throws {
        let text = try Data(contentsOf: Self.root.appendingPathComponent(new))
        let viaStdin = try run([old, "/dev/stdin", "--stat"], stdin: text)
        XCTAssertEqual(viaStdin.status, 1, viaStdin.stderr)
        let fifo = temporary("input-fifo")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let writer = Thread { try? text.write(to: URL(fileURLWithPath: fifo)) }
        writer.start()
        let viaFIFO = try run(["parse", fifo])
        XCTAssertEqual(viaFIFO.status, 0, viaFIFO.stderr)
        XCTAssertTrue(viaFIFO.stdout.contains("A/HRC/RES/32/6"))
        let substitution = Process()
        substitution.executableURL = URL(fileURLWithPath: "/bin/bash")
        substitution.arguments = [
            "-c", "\"$0\" parse <(cat \"$1\") >/dev/null", Self.binary.path, Self.root.appendingPathComponent(new).path,
        ]
        try substitution.run()
        substitution.waitUntilExit()
        XCTAssertEqual(substitution.terminationStatus, 0)
        assertTrouble(try run([old, "/dev/null"]), mentions: "/dev/null: is empty")
        let utf16 = temporary("utf16.txt")
        var bytes: [UInt8] = []
        for unit in String(decoding: text, as: UTF8.self).utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: utf16))
        let unmarked = try run([new, utf16])
        XCTAssertEqual(unmarked.status, 0, unmarked.stderr + unmarked.stdout)
    }

    /// A run killed while it writes `-o` leaves the old file whole (or the new one whole)
    /// and no temporary file beside it, at whatever moment the kill comes.
    func testAKilledWriteLeavesTheOldFileAndNoTemporary() throws {
        let directory = temporary("kill-dir")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.root.appendingPathComponent(new).path, encoding: .utf8)
        // A long pair, so that the report takes a while to compute and to write.
        let body = (1...2_000).map {
            "\($0). Decides to hold consultations on matter \($0) with all relevant stakeholders;"
        }
        let big = text + "\n" + body.joined(separator: "\n")
        try big.write(toFile: directory + "/old.txt", atomically: true, encoding: .utf8)
        try big.replacingOccurrences(of: "relevant", with: "interested").write(
            toFile: directory + "/new.txt", atomically: true, encoding: .utf8)
        let target = directory + "/report.json"
        let previous = "the previous report\n"
        let expected = Set(["old.txt", "new.txt", "report.json"])
        // Killed the moment anything else shows in the directory (a named temporary
        // while the report is written), or at a few fixed moments.
        for delay in [nil, 0.05, 0.3] as [Double?] {
            try previous.write(toFile: target, atomically: false, encoding: .utf8)
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = [
                directory + "/old.txt", directory + "/new.txt", "--format", "json", "--all", "-o", target,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if let delay {
                Thread.sleep(forTimeInterval: delay)
            } else {
                while process.isRunning,
                    Set(try FileManager.default.contentsOfDirectory(atPath: directory)).isSubset(of: expected)
                {
                    usleep(200)
                }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let moment = delay.map { "\($0) s" } ?? "the write"
            let now = try String(contentsOfFile: target, encoding: .utf8)
            XCTAssertTrue(now == previous || now.hasSuffix("}\n"), "killed at \(moment): a partial report")
            let left: Set<String> = Set(try FileManager.default.contentsOfDirectory(atPath: directory)).subtracting(
                expected)
            XCTAssertEqual(left, Set<String>(), "killed at \(moment)")
        }
    }
}
