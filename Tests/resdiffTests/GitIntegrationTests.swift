import Foundation
import XCTest

/// resdiff inside git, end to end: a temporary repository with two commits of a corpus
/// text, `git diff` through resdiff as the diff driver and as a textconv.
final class GitIntegrationTests: XCTestCase {
    var repository: URL!

    func git(_ args: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + args
        process.currentDirectoryURL = repository
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["HOME"] = repository.path
        env["GIT_PAGER"] = "cat"
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed")
        repository = FileManager.default.temporaryDirectory.appendingPathComponent("resdiff-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        XCTAssertEqual(try git(["init", "-q"]).status, 0)
        _ = try git(["config", "user.email", "drafter@example.org"])
        _ = try git(["config", "user.name", "Drafter"])
        _ = try git(["config", "core.pager", "cat"])
        let binary = CommandLineTests.binary.path
        _ = try git(["config", "diff.resolution.command", "\(binary) git-diff"])
        _ = try git(["config", "diff.resolution-text.textconv", "\(binary) parse --plain --"])
        try "*.res.txt diff=resolution\n*.paras.txt diff=resolution-text\n"
            .write(to: repository.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        for (version, message) in [("A-HRC-RES-28-2", "28/2 as adopted"), ("A-HRC-RES-32-6", "32/6, next year's text")]
        {
            let text = try Data(contentsOf: BinaryTestCase.root.appendingPathComponent("Corpus/\(version).txt"))
            try text.write(to: repository.appendingPathComponent("enhancement.res.txt"))
            try text.write(to: repository.appendingPathComponent("enhancement.paras.txt"))
            _ = try git(["add", "-A"])
            XCTAssertEqual(try git(["commit", "-q", "-m", message]).status, 0)
        }
    }

    override func tearDownWithError() throws {
        if let repository { try? FileManager.default.removeItem(at: repository) }
    }

    func testGitDiffThroughTheDriverShowsResdiffOutput() throws {
        let r = try git(["diff", "HEAD~1", "HEAD", "--", "enhancement.res.txt"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("resdiff enhancement.res.txt"), r.out)
        XCTAssertTrue(r.out.contains("5 added, 1 removed, 11 reworded (2 technical), 0 moved"), r.out)
        XCTAssertTrue(r.out.contains("@@ OP24 → OP24 reworded"), r.out)
        XCTAssertTrue(r.out.contains("[-69/179-] {+70/153+}"), r.out)
        // git log -p goes through the driver too (with --ext-diff).
        let log = try git(["log", "-p", "--ext-diff", "-1", "--", "enhancement.res.txt"])
        XCTAssertTrue(log.out.contains("@@ OP27 → OP27 reworded (95% kept), technical @@"), log.out)
    }

    func testAddedFileComparesWithNothing() throws {
        let text = try Data(contentsOf: BinaryTestCase.root.appendingPathComponent("Corpus/A-RES-65-218.txt"))
        try text.write(to: repository.appendingPathComponent("new.res.txt"))
        _ = try git(["add", "new.res.txt"])
        let r = try git(["diff", "--cached", "--", "new.res.txt"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("21 added, 0 removed"), r.out)
    }

    func testTextconvMakesPlainGitDiffReadable() throws {
        let r = try git(["diff", "--no-ext-diff", "HEAD~1", "HEAD", "--", "enhancement.paras.txt"])
        XCTAssertEqual(r.status, 0, r.err)
        // One paragraph a line: a reworded paragraph is one removed and one added line.
        XCTAssertTrue(r.out.contains("\n-Decides to continue its consideration of the matter in 2016"), r.out)
        XCTAssertTrue(r.out.contains("\n+Decides to continue its consideration of the matter in 2017"), r.out)
        XCTAssertFalse(r.out.contains("GE.16-12199"), "page furniture never reaches the diff")
        // 32/6 inserts five preambular paragraphs: each is one added line, and the
        // paragraphs after them, unchanged, are no lines of the diff (no labels shift).
        let added = r.out.split(separator: "\n").filter { $0.hasPrefix("+Recalling General Assembly resolution 70/1 of 25 September 2015") }
        XCTAssertEqual(added.count, 1, r.out)
        XCTAssertFalse(r.out.contains("\n-Stressing the importance of international cooperation for improving"), r.out)
    }

    /// The pre-commit hook exactly as Docs/git.md gives it: a staged draft with an error
    /// stops the commit, and the finding names the draft, not the hook's temporary copy.
    func testThePreCommitHookOfTheDocsNamesTheRealFile() throws {
        let doc = try String(contentsOf: BinaryTestCase.root.appendingPathComponent("Docs/git.md"), encoding: .utf8)
        let section = try XCTUnwrap(doc.components(separatedBy: "## A pre-commit hook").last)
        let script = try XCTUnwrap(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let hook = repository.appendingPathComponent(".git/hooks/pre-commit")
        try script.write(to: hook, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(hook.path, 0o755), 0)
        let base = try String(contentsOf: BinaryTestCase.root.appendingPathComponent("Corpus/A-HRC-RES-28-2.txt"), encoding: .utf8)
        try FileManager.default.createDirectory(at: repository.appendingPathComponent("base"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: repository.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try base.write(to: repository.appendingPathComponent("base/current.res.txt"), atomically: true, encoding: .utf8)
        // A draft whose operative numbering skips a number: an error.
        let draft = base.replacingOccurrences(of: "\n20. ", with: "\n21. ")
        XCTAssertNotEqual(draft, base)
        try draft.write(to: repository.appendingPathComponent("drafts/x.res.txt"), atomically: true, encoding: .utf8)
        _ = try git(["add", "-A"])
        let path = CommandLineTests.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let commit = try git(["commit", "-q", "-m", "draft"], environment: ["PATH": path])
        XCTAssertNotEqual(commit.status, 0, "the hook stops the commit: \(commit.out) \(commit.err)")
        let said = commit.out + commit.err
        XCTAssertTrue(said.contains("drafts/x.res.txt:"), said)
        XCTAssertFalse(said.contains("/tmp/"), said)
    }
}
