import Foundation
import XCTest

/// End-to-end: runs the built `resdiff` binary and checks stdout, stderr and the exit
/// status together, as a user or a CI script sees them.
final class CommandLineTests: BinaryTestCase {
    /// `concord`: 0 when two language versions agree, 1 when they do not; `diff`
    /// refuses two languages; `parse` names the language; `--lang` takes the six codes.
    func testConcordAndLanguages() throws {
        let en = "Corpus/A-RES-55-100.excerpt.en.txt", fr = "Corpus/A-RES-55-100.excerpt.fr.txt"
        let agree = try run(["concord", en, fr])
        XCTAssertEqual(agree.status, 0, agree.stderr)
        XCTAssertTrue(agree.stdout.contains("8 paragraphs and footnotes paired, no disagreements"), agree.stdout)
        let json = try run(["concord", "--format", "json", en, "Corpus/A-RES-55-100.excerpt.zh.txt"])
        XCTAssertEqual(json.status, 1)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)))
        XCTAssertEqual(try run(["concord", "--help"]).status, 0)
        assertTrouble(try run(["concord", en]), mentions: "concord takes FIRST and SECOND")
        assertTrouble(try run([en, fr]), mentions: "is in English and Corpus/A-RES-55-100.excerpt.fr.txt in French")
        let parsed = try run(["parse", fr])
        XCTAssertTrue(parsed.stdout.contains("language: French"), parsed.stdout)
        assertTrouble(try run(["parse", "--lang", "de", fr]), mentions: "--lang must be one of en, fr, es, ru, ar, zh")
    }

    /// `apply --explain` prints how each instruction reads and where it lands, applies
    /// nothing, and exits 1 when one would fail.
    func testApplyExplain() throws {
        let amendments = NSTemporaryDirectory() + "resdiff-explain.txt"
        try "1. In operative paragraph 3, after the words \"human rights\" insert the word \"all\".\n"
            .write(toFile: amendments, atomically: true, encoding: .utf8)
        let good = try run(["apply", "--explain", "Corpus/A-HRC-RES-28-2.txt", amendments])
        XCTAssertEqual(good.status, 0, good.stderr)
        XCTAssertTrue(
            good.stdout.contains("→ OP3 (line 72 of Corpus/A-HRC-RES-28-2.txt): … and observance of «human rights»"),
            good.stdout)
        try "1. In operative paragraph 5, delete the word \"the\".\n".write(
            toFile: amendments, atomically: true, encoding: .utf8)
        let bad = try run(["apply", "Corpus/A-HRC-RES-28-2.txt", amendments, "--explain"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stdout.contains("✗ OP5"), bad.stdout)
        // An instruction that cannot be read is reported, and the next one explained.
        try
            "1. Frobnicate operative paragraph 4.\n2. Delete the fortieth preambular paragraph.\n3. Delete operative paragraph 2.\n"
            .write(toFile: amendments, atomically: true, encoding: .utf8)
        let mixed = try run(["apply", "--explain", "Corpus/A-HRC-RES-28-2.txt", amendments])
        XCTAssertEqual(mixed.status, 1)
        XCTAssertTrue(
            mixed.stdout.contains("1. (cannot be read)\n   ✗ nowhere: cannot read this instruction"), mixed.stdout)
        XCTAssertTrue(mixed.stdout.contains("✗ nowhere: the base has no fortieth preambular paragraph"), mixed.stdout)
        XCTAssertTrue(
            mixed.stdout.contains(
                "3. Delete operative paragraph 2, and renumber subsequent paragraphs accordingly.\n   → OP2"),
            mixed.stdout)
    }

    /// A report circulated out of the building names files by their own names: no
    /// absolute path and no directory, in any format of any report.
    func testNoReportCarriesADirectory() throws {
        let directory = NSTemporaryDirectory() + "resdiff-private-dir"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var files: [String] = []
        for name in ["A-HRC-RES-28-2", "A-HRC-RES-32-6", "A-RES-55-100.excerpt.en", "A-RES-55-100.excerpt.fr"] {
            let path = "\(directory)/\(name).txt"
            try FileManager.default.copyItem(
                atPath: Self.root.appendingPathComponent("Corpus/\(name).txt").path, toPath: path)
            files.append(path)
        }
        var outputs: [[String]] = []
        for format in ["text", "json", "html"] {
            outputs.append([files[0], files[1], "--format", format])
            outputs.append([files[0], files[1], "--format", format, "--layout", "side-by-side"])
            outputs.append(["amend", files[0], files[1], "--format", format])
            outputs.append(["concord", files[2], files[3], "--format", format])
        }
        outputs.append([files[0], files[1], "--stat"])
        for args in outputs {
            let r = try run(args)
            XCTAssertNotEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertFalse(r.stdout.isEmpty, "\(args)")
            for leak in ["resdiff-private-dir", NSTemporaryDirectory(), Self.root.path] {
                XCTAssertFalse(r.stdout.contains(leak), "\(args) shows \(leak)")
                XCTAssertFalse(
                    r.stdout.replacingOccurrences(of: "\\/", with: "/").contains(leak), "\(args) shows \(leak)")
            }
        }
    }

    func testParseTextShowsOneParagraphALine() throws {
        let r = try run(["parse", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertTrue(lines.contains("symbol: A/HRC/RES/32/6"))
        XCTAssertEqual(lines.filter { $0.hasPrefix("PP") }.count, 21)
        XCTAssertEqual(lines.filter { $0.hasPrefix("OP") }.count, 27)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("OP27  Decides to continue its consideration of the matter in 2017") })
    }

    func testParseJSONDecodesAndOptionsMayFollowOperands() throws {
        let before = try run(["parse", "--format", "json", "Corpus/A-RES-65-218.txt"])
        let after = try run(["parse", "Corpus/A-RES-65-218.txt", "--format=json"])
        XCTAssertEqual(before.status, 0)
        XCTAssertEqual(before.stdout, after.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(json?["symbol"] as? String, "A/RES/65/218")
        XCTAssertEqual((json?["paragraphs"] as? [[String: Any]])?.count, 21)
    }

    func testStandardInputAndDoubleDash() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("Corpus/A-RES-75-180.txt"))
        let r = try run(["parse", "-"], stdin: data)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(
            r.stdout.contains(
                "OP17  Decides to continue its consideration of the question at its seventy-sixth session."))
        let dashed = try run(["parse", "--", "-"], stdin: data)
        XCTAssertEqual(dashed.stdout, r.stdout)
    }

    func testWindows1252IsReadAndSaidWithVerbose() throws {
        let path = NSTemporaryDirectory() + "resdiff-cp1252.txt"
        let text =
            "The General Assembly,\n\nRecalling its \u{93}resolution\u{94} 70/1,\n\n1. Decides \u{96} once more.\n"
        var bytes = [UInt8]()
        for scalar in text.unicodeScalars { bytes.append(UInt8(scalar.value)) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try run(["parse", path, "--verbose"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("PP1  Recalling its “resolution” 70/1,"), r.stdout)
        XCTAssertTrue(r.stderr.contains("Windows-1252"), r.stderr)
    }

    func testBadInputIsOneLineAndStatusTwo() throws {
        let tmp = NSTemporaryDirectory()
        let empty = tmp + "resdiff-empty.txt"
        try Data().write(to: URL(fileURLWithPath: empty))
        let binary = tmp + "resdiff-binary.bin"
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]).write(to: URL(fileURLWithPath: binary))
        let prose = tmp + "resdiff-prose.txt"
        try Data("Dear colleagues,\nthe draft follows.\n".utf8).write(to: URL(fileURLWithPath: prose))

        assertTrouble(try run(["parse", "/no/such/file.txt"]), mentions: "/no/such/file.txt: no such file")
        assertTrouble(try run(["parse", "Corpus"]), mentions: "Corpus: is a directory")
        assertTrouble(try run(["parse", empty]), mentions: "resdiff-empty.txt: is empty")
        assertTrouble(try run(["parse", binary]), mentions: "resdiff-binary.bin: is a binary file")
        assertTrouble(try run(["parse", prose]), mentions: "resdiff-prose.txt: not a resolution or report")
        assertTrouble(try run(["parse", "-"], stdin: Data()), mentions: "<stdin>: is empty")
        assertTrouble(try run(["parse"]), mentions: "parse takes FILE")
        assertTrouble(
            try run(["parse", "--format", "xml", "Corpus/A-RES-65-218.txt"]),
            mentions: "--format must be one of text, json")
        assertTrouble(try run(["parse", "--bogus", "Corpus/A-RES-65-218.txt"]), mentions: "unknown option '--bogus'")
        assertTrouble(try run([]), mentions: "missing operands")
        assertTrouble(
            try run(["Corpus/A-RES-65-218.txt", "/no/such/new.txt"]), mentions: "/no/such/new.txt: no such file")
    }

    func testHelpAndVersionOnEverySubcommand() throws {
        for args in [["--help"], ["-h"], ["parse", "--help"], ["diff", "--help"], ["parse", "Corpus/x", "-h"]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 0, "\(args)")
            XCTAssertTrue(r.stdout.hasPrefix("usage: resdiff"), "\(args): \(r.stdout)")
        }
        for args in [["--version"], ["parse", "--version"], ["diff", "--version"]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 0)
            XCTAssertTrue(r.stdout.hasPrefix("resdiff "), r.stdout)
        }
    }

    func testComparisonExitsOneWhenThereAreChanges() throws {
        let r = try run(["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.stdout.contains("OP24"), r.stdout)
        XCTAssertTrue(r.stdout.contains("[-69/179-] {+70/153+}"), r.stdout)
        let sub = try run(["diff", "Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(sub.stdout, r.stdout)
    }

    func testComparisonExitsZeroWithoutChanges() throws {
        let same = try run(["Corpus/A-RES-75-180.txt", "Corpus/A-RES-75-180.txt"])
        XCTAssertEqual(same.status, 0, same.stdout)
        // The same text re-wrapped at 70 columns with a blank line after every line.
        let original = try String(
            contentsOf: Self.root.appendingPathComponent("Corpus/A-RES-75-180.txt"), encoding: .utf8)
        var lines: [String] = []
        for line in original.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + word.count + 1 > 70 { lines += [current, ""]; current = "" }
                current += current.isEmpty ? String(word) : " " + word
            }
            if !current.isEmpty { lines += [current, ""] }
        }
        let wrapped = NSTemporaryDirectory() + "resdiff-wrapped.txt"
        try lines.joined(separator: "\n").write(toFile: wrapped, atomically: true, encoding: .utf8)
        let r = try run(["Corpus/A-RES-75-180.txt", wrapped])
        XCTAssertEqual(r.status, 0, r.stdout)
    }

    func testComparisonJSONFromStandardInput() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("Corpus/A-RES-65-218.txt"))
        let r = try run(["-", "Corpus/A-RES-75-180.txt", "--format", "json"], stdin: data)
        XCTAssertEqual(r.status, 1, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["old"] as? [String: Any])?["file"] as? String, "<stdin>")
        // Nine operative paragraphs and eight preambular ones stand at new positions.
        XCTAssertEqual((json["summary"] as? [String: Any])?["renumbered"] as? Int, 17)
        assertTrouble(try run(["-", "-"]), mentions: "only one of OLD and NEW")
        assertTrouble(try run(["Corpus/A-RES-65-218.txt"]), mentions: "give OLD and NEW")
        assertTrouble(
            try run(["Corpus/A-RES-65-218.txt", "Corpus/A-RES-75-180.txt", "--format", "pdf"]), mentions: "--format")
    }

    func testColourOnlyWhenAskedAndNeverWithNoColor() throws {
        let files = ["Corpus/A-RES-65-218.txt", "Corpus/A-RES-75-180.txt"]
        // Not a terminal: no colour by default.
        XCTAssertFalse(try run(files).stdout.contains("\u{1B}["))
        XCTAssertTrue(
            try run(files + ["--color=always"], environment: ["NO_COLOR": ""]).stdout.contains("\u{1B}[31;9m"))
        XCTAssertFalse(
            try run(files + ["--color", "always"], environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["))
        XCTAssertFalse(try run(files + ["--color=never"]).stdout.contains("\u{1B}["))
        assertTrouble(try run(files + ["--color=sometimes"]), mentions: "--color must be one of auto, always, never")
    }

    func testHTMLToAFileAndWidthFromColumns() throws {
        let path = NSTemporaryDirectory() + "resdiff-report.html"
        try? FileManager.default.removeItem(atPath: path)
        let r = try run(["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "--format", "html", "-o", path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.contains("<h1>Changes from A/HRC/RES/28/2 to A/HRC/RES/32/6</h1>"))
        let narrow = try run(
            ["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"], environment: ["COLUMNS": "50"])
        let body = narrow.stdout.components(separatedBy: "\n@@").dropFirst().joined()
        XCTAssertTrue(body.split(separator: "\n").filter { !$0.contains("@@") }.allSatisfy { $0.count <= 50 })
        assertTrouble(
            try run(["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "-o", "/no/such/dir/r.txt"]),
            mentions: "/no/such/dir/r.txt: cannot write")
        assertTrouble(
            try run(["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "-U", "x"]), mentions: "--context")
    }

    /// `--format docx`: a Word package to a file or a pipe (exit 1: changes), with the
    /// docx options taken before or after the operands.
    func testWordRedlineToAFileOrAPipe() throws {
        let path = NSTemporaryDirectory() + "resdiff-redline.docx"
        try? FileManager.default.removeItem(atPath: path)
        let r = try run(
            ["--format", "docx", "Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "-o", path, "--summary"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stdout, "")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a zip package")
        let piped = try run(
            ["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "--format", "docx", "--no-move-markup"])
        XCTAssertEqual(piped.status, 1, piped.stderr)
        XCTAssertTrue(piped.stdout.hasPrefix("PK"))
        let same = try run(["Corpus/A-HRC-RES-32-6.txt", "Corpus/A-HRC-RES-32-6.txt", "--format", "docx", "-o", path])
        XCTAssertEqual(same.status, 0, same.stderr)
    }

    func testCheckExitStatusAndFormats() throws {
        let clean = try run(["check", "Corpus/A-RES-75-180.txt", "Corpus/A-RES-75-180.txt"])
        XCTAssertEqual(clean.status, 0, clean.stdout)
        XCTAssertEqual(clean.stdout, "")
        let slip = try run(["check", "Corpus/A-HRC-RES-32-6.txt", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(slip.status, 0, "a warning is not an error")
        XCTAssertTrue(slip.stdout.hasPrefix("Corpus/A-HRC-RES-32-6.txt:85: warning: OP14 ends with ':'"), slip.stdout)
        XCTAssertTrue(slip.stdout.hasSuffix(" [punctuation]\n"))
        let strict = try run([
            "check", "Corpus/A-HRC-RES-32-6.txt", "Corpus/A-HRC-RES-32-6.txt", "--rule", "punctuation=error",
        ])
        XCTAssertEqual(strict.status, 1)
        let scoped = try run([
            "check", "Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "--allow", "OP24,OP27,new", "--format",
            "github",
        ])
        XCTAssertEqual(scoped.status, 1)
        XCTAssertTrue(
            scoped.stdout.contains(
                "::error file=Corpus/A-HRC-RES-32-6.txt,line=77,title=resdiff scope::OP9 of the base is reworded"),
            scoped.stdout)
        XCTAssertFalse(scoped.stdout.contains("OP24 of the base"))
        let policy = NSTemporaryDirectory() + "resdiff-policy.txt"
        try "allow = OP24, OP27, new\nformat = json\npunctuation = off\n".write(
            toFile: policy, atomically: true, encoding: .utf8)
        let viaPolicy = try run(["check", "--policy", policy, "Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(viaPolicy.status, 1)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(viaPolicy.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["errors"] as? Int, 10)
        assertTrouble(try run(["check", "Corpus/A-RES-75-180.txt"]), mentions: "check takes BASE and DRAFT")
        assertTrouble(
            try run(["check", "a", "b", "--rule", "loud=yes"]), mentions: "cannot read rule setting 'loud=yes'")
        assertTrouble(try run(["check", "a", "b", "--allow", "article 5"]), mentions: "cannot read 'article 5'")
        assertTrouble(
            try run(["check", "--policy", "/no/policy", "a", "b"]), mentions: "/no/policy: cannot read the policy file")
        assertTrouble(
            try run(["check", "/no/base.txt", "Corpus/A-RES-75-180.txt"]), mentions: "/no/base.txt: no such file")
        let help = try run(["check", "--help"])
        XCTAssertTrue(help.stdout.hasPrefix("usage: resdiff check"))
    }

    func testAmendAndApplyRoundTrip() throws {
        let amend = try run(["amend", "Corpus/A-RES-65-218.txt", "Corpus/A-RES-75-180.txt"])
        XCTAssertEqual(amend.status, 1, amend.stderr)
        XCTAssertTrue(
            amend.stdout.contains("1. In the first preambular paragraph, after the word “1993” insert a comma."),
            amend.stdout)
        XCTAssertTrue(
            amend.stdout.contains(
                "In operative paragraph 12, replace the word “sixty-sixth” with the word “seventy-sixth”."))
        let path = NSTemporaryDirectory() + "resdiff-amendments.txt"
        try amend.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        // Every paragraph and footnote comes out as in NEW. The header, the adoption block
        // and the bracketed note are not written as amendments: amend lists them to
        // change by hand, and --expect shows them.
        XCTAssertTrue(
            amend.stdout.contains("after the word “Action,” insert a footnote reading:\n   “Resolution 66/3.”"),
            amend.stdout)
        XCTAssertTrue(amend.stdout.contains("- Note (reworded): “[on the report of the Third Committee"), amend.stdout)
        let expect = try run(["apply", "Corpus/A-RES-65-218.txt", path, "--expect", "Corpus/A-RES-75-180.txt"])
        XCTAssertEqual(expect.status, 1, expect.stdout + expect.stderr)
        XCTAssertTrue(
            expect.stdout.contains("0 added, 0 removed, 0 reworded (0 technical), 0 moved; notes: 1 reworded; header")
                && !expect.stdout.contains("footnotes:"), expect.stdout)
        let wrong = try run(["apply", "Corpus/A-RES-65-218.txt", path, "--expect", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stdout.contains("@@"), "the differences are shown")
        let applied = try run(["apply", "Corpus/A-RES-65-218.txt", path])
        XCTAssertEqual(applied.status, 0)
        XCTAssertTrue(
            applied.stdout.contains(
                "17. Decides to continue its consideration of the question at its seventy-sixth session."))
        XCTAssertTrue(
            applied.stdout.contains("*71st plenary meeting"), "the base's own layout and adoption block are kept")
        let none = try run(["amend", "Corpus/A-RES-65-218.txt", "Corpus/A-RES-65-218.txt"])
        XCTAssertEqual(none.status, 0)
        let json = try run([
            "amend", "Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "--format", "json", "--substantive",
        ])
        let decoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let actions = (decoded["instructions"] as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []
        XCTAssertTrue(
            actions.contains("insertParagraph") && actions.contains("deleteParagraph")
                && actions.contains("replaceWords"))
    }

    func testApplyErrors() throws {
        let bad = NSTemporaryDirectory() + "resdiff-bad-amendments.txt"
        try "1. In operative paragraph 2, delete the word “solidarity”.\n".write(
            toFile: bad, atomically: true, encoding: .utf8)
        assertTrouble(
            try run(["apply", "Corpus/A-HRC-RES-32-6.txt", bad]),
            mentions: "instruction 1: the word “solidarity” is not in operative paragraph 2")
        let partial = try run(["apply", "Corpus/A-HRC-RES-32-6.txt", bad, "--partial"])
        XCTAssertEqual(partial.status, 1)
        XCTAssertTrue(partial.stderr.contains("(left out)"))
        XCTAssertTrue(partial.stdout.contains("42nd"), "what could be applied is printed")
        let unreadable = NSTemporaryDirectory() + "resdiff-unreadable-amendments.txt"
        try "1. Please improve the text.\n".write(toFile: unreadable, atomically: true, encoding: .utf8)
        assertTrouble(
            try run(["apply", "Corpus/A-HRC-RES-32-6.txt", unreadable]),
            mentions: "instruction 1: cannot read this instruction")
        assertTrouble(try run(["apply", "Corpus/A-HRC-RES-32-6.txt"]), mentions: "apply takes BASE and AMENDMENTS")
    }

    func testWordFilesAndPDFs() throws {
        let tracked = "Tests/Fixtures/tracked-A-RES-65-218.docx"
        let single = try run([tracked, "--stat"])
        XCTAssertEqual(single.status, 1, single.stderr)
        XCTAssertTrue(single.stdout.contains("OP10 → OP9  renumbered, moved"), single.stdout)
        let original = try run(["parse", tracked, "--tracked", "original"])
        let corpus = try run(["parse", "Corpus/A-RES-65-218.txt"])
        func paragraphLines(_ s: String) -> [Substring] {
            s.split(separator: "\n").filter { $0.hasPrefix("PP") || $0.hasPrefix("OP") }
        }
        XCTAssertEqual(paragraphLines(original.stdout), paragraphLines(corpus.stdout))
        let same = try run(["Corpus/A-HRC-RES-32-6.txt", "Tests/Fixtures/numbered-A-HRC-RES-32-6.docx"])
        XCTAssertTrue(same.stdout.contains("0 added, 0 removed, 0 reworded (0 technical), 0 moved"), same.stdout)
        assertTrouble(
            try run(["parse", "Tests/Fixtures/truncated.docx"]),
            mentions: "truncated.docx: the zip package is damaged")
        assertTrouble(try run(["parse", "Tests/Fixtures/encrypted.docx"]), mentions: "password-protected")
        assertTrouble(try run(["parse", "Tests/Fixtures/no-document.docx"]), mentions: "no word/document.xml")
        assertTrouble(try run(["Corpus/A-RES-65-218.txt"]), mentions: "only for a Word file with tracked changes")
        assertTrouble(
            try run(["parse", tracked, "--tracked", "some"]), mentions: "--tracked must be one of accepted, original")
        // Without pdftotext, a PDF gets a line that says how to install it.
        assertTrouble(
            try run(["parse", "Tests/Fixtures/plain-A-HRC-RES-32-6.pdf"], environment: ["PATH": "/nonexistent"]),
            mentions: "reading PDF needs pdftotext: install Debian's poppler-utils")
    }

    /// A mistyped command is named as such, with the command meant; a missing file is
    /// still "no such file".
    func testAMistypedCommandIsNamed() throws {
        assertTrouble(try run(["difff", "a.txt", "b.txt"]), mentions: "unknown command 'difff'; did you mean 'diff'?")
        assertTrouble(try run(["chek", "a.txt", "b.txt"]), mentions: "did you mean 'check'?")
        assertTrouble(try run(["missing.txt", "other.txt"]), mentions: "missing.txt: no such file")
    }

    /// amend's own "No amendments" applies as no change: BASE comes back byte for byte.
    func testApplyingNoAmendmentsGivesTheBase() throws {
        let none = try run(["amend", "Corpus/A-RES-65-218.txt", "Corpus/A-RES-65-218.txt"])
        XCTAssertEqual(none.status, 0)
        let path = NSTemporaryDirectory() + "resdiff-no-amendments.txt"
        try none.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        let applied = try run(["apply", "Corpus/A-RES-65-218.txt", path])
        XCTAssertEqual(applied.status, 0, applied.stderr)
        XCTAssertEqual(
            applied.stdout,
            try String(contentsOf: Self.root.appendingPathComponent("Corpus/A-RES-65-218.txt"), encoding: .utf8))
    }

    /// --exit-zero for scripts under set -e; --label names the real file in findings.
    func testExitZeroAndLabel() throws {
        let pair = ["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"]
        XCTAssertEqual(try run(pair).status, 1)
        XCTAssertEqual(try run(pair + ["--exit-zero"]).status, 0)
        XCTAssertEqual(try run(["amend"] + pair + ["--exit-zero"]).status, 0)
        let check = try run(["check"] + pair + ["--allow", "OP1", "--label", "drafts/32-6.txt", "--exit-zero"])
        XCTAssertEqual(check.status, 0)
        XCTAssertTrue(check.stdout.hasPrefix("drafts/32-6.txt:"), check.stdout)
        assertTrouble(try run(["missing.txt", "other.txt", "--exit-zero"]), mentions: "no such file")
    }

    /// OLD and NEW the wrong way round, or unrelated texts: a note on stderr, the report
    /// and the exit status unchanged.
    func testHintsForSwappedOrUnrelatedTexts() throws {
        let swapped = try run(["Corpus/A-HRC-RES-32-6.txt", "Corpus/A-HRC-RES-28-2.txt"])
        XCTAssertEqual(swapped.status, 1)
        XCTAssertTrue(swapped.stderr.contains("are OLD and NEW the right way round?"), swapped.stderr)
        let right = try run(["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertEqual(right.stderr, "")
        let unrelated = try run(["Corpus/A-HRC-31-81.txt", "Corpus/A-RES-75-180.txt"])
        XCTAssertTrue(unrelated.stderr.contains("are these versions of the same text?"), unrelated.stderr)
    }

    /// What a newcomer trips on: an --allow naming no paragraph is said; dates read as
    /// the United Nations writes them; "reworded" says what its share means; a paragraph
    /// that kept little of its text is shown replaced, not interleaved.
    func testNewcomersReadingsAreClear() throws {
        let check = try run(["check", "Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt", "--allow", "OP99,OP3"])
        XCTAssertTrue(
            check.stderr.contains("--allow OP99: Corpus/A-HRC-RES-28-2.txt has no such paragraph"), check.stderr)
        XCTAssertFalse(check.stderr.contains("--allow OP3"), check.stderr)
        let diff = try run(["Corpus/A-HRC-RES-28-2.txt", "Corpus/A-HRC-RES-32-6.txt"])
        XCTAssertTrue(diff.stdout.contains("Adoption date: 26 March 2015 → 30 June 2016"), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("@@ OP24 → OP24 reworded (97% kept) @@"), diff.stdout)
        // OP26 kept 21%: the old text whole, struck, then the new one.
        let op26 = try XCTUnwrap(diff.stdout.components(separatedBy: "@@ OP26 → OP26").last)
        XCTAssertTrue(op26.hasPrefix(" reworded (21% kept, shown replaced)"), op26)
        let hunk = op26.components(separatedBy: "\n@@").first ?? ""
        XCTAssertEqual(hunk.components(separatedBy: "[-").count, 2, "one deleted block: \(hunk)")
        XCTAssertEqual(hunk.components(separatedBy: "{+").count, 2, "one inserted block: \(hunk)")
    }
}
