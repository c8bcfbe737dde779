import Foundation
import XCTest

/// Every command line README.md shows runs, in order, as a newcomer would type it:
/// `resdiff ...` (and `swift run resdiff ...`) with the built binary, from a copy of the
/// repository's corpus. Each must do its work: exit 0 or 1 as the comparison found, never
/// 2, no error line, output where the README says it goes.
final class ReadmeTests: BinaryTestCase {
    func testEveryReadmeCommandRuns() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = readme.split(separator: "\n").compactMap { line -> [String]? in
            var text = line.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("    ") else { return nil }
            if text.hasPrefix("$ ") { text.removeFirst(2) }
            if text.hasPrefix("swift run ") { text.removeFirst("swift run ".count) }
            guard text.hasPrefix("resdiff ") else { return nil }
            return Array(text.split(separator: " ").dropFirst().map(String.init))
        }
        XCTAssertGreaterThanOrEqual(commands.count, 5, "README commands found: \(commands)")
        let directory = NSTemporaryDirectory() + "resdiff-readme"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/Corpus", withDestinationPath: Self.root.appendingPathComponent("Corpus").path)
        for arguments in commands {
            let r = try run(arguments, in: URL(fileURLWithPath: directory))
            let line = "resdiff " + arguments.joined(separator: " ")
            XCTAssertTrue([0, 1].contains(r.status), "\(line): exit \(r.status) \(r.stderr)")
            XCTAssertFalse(r.stderr.contains("resdiff: ") && !r.stderr.contains("note:"), "\(line): \(r.stderr)")
            if let o = arguments.firstIndex(of: "-o"), o + 1 < arguments.count {
                XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/" + arguments[o + 1]), line)
            } else {
                XCTAssertFalse(r.stdout.isEmpty, line)
            }
        }
    }
}
