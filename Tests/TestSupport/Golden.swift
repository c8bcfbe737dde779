import Foundation
import XCTest

/// Golden files: one helper for every golden test, so that comparing, reporting the first
/// difference and re-recording (`RESDIFF_RECORD=1`) work the same everywhere. A person
/// reads every re-recorded file before it is committed.
package enum Golden {
    /// Whether this run re-records golden files instead of comparing them.
    package static var recording: Bool { ProcessInfo.processInfo.environment["RESDIFF_RECORD"] == "1" }

    /// Compares `rendered` with the golden file at `path` (relative to the repository), or
    /// writes it there when recording. JSON is compared as decoded values first, so a
    /// failure says what differs, then as bytes, because output must be deterministic.
    package static func assertMatches(
        _ rendered: String, _ path: String, json: Bool = false, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let url = Corpus.root.appendingPathComponent(path)
        if recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if golden == rendered { return }
        if json {
            let a = try JSONSerialization.jsonObject(with: Data(golden.utf8)) as? NSDictionary
            let b = try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? NSDictionary
            XCTAssertEqual(a, b, "\(path): JSON differs; RESDIFF_RECORD=1 re-records", file: file, line: line)
        }
        let a = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let b = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
        let expected = first < a.count ? String(a[first]) : "<end>"
        let got = first < b.count ? String(b[first]) : "<end>"
        XCTFail(
            "\(path) differs from line \(first + 1): expected «\(expected.prefix(160))», got «\(got.prefix(160))»; "
                + "RESDIFF_RECORD=1 re-records", file: file, line: line)
    }
}
