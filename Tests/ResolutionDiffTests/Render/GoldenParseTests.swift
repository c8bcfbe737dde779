import Foundation
import XCTest

@testable import ResolutionDiff

/// `resdiff parse --format json` of every corpus text against a golden file in
/// Tests/Golden/parse/. Set RESDIFF_RECORD=1 to re-record; a person reads every
/// re-recorded file before it is committed.
final class GoldenParseTests: XCTestCase {
    static let goldenDirectory = Corpus.root.appendingPathComponent("Tests/Golden/parse")

    func testCorpusJSONMatchesGoldenFiles() throws {
        let record = ProcessInfo.processInfo.environment["RESDIFF_RECORD"] == "1"
        for name in Corpus.names {
            let rendered = DocumentJSON.render(try Corpus.parse(name))
            let url = Self.goldenDirectory.appendingPathComponent("\(name).json")
            if record {
                try rendered.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            // Compared as decoded values first, so a failure says what differs, then as
            // bytes, because the output must be deterministic to the byte.
            let a = try JSONSerialization.jsonObject(with: Data(golden.utf8)) as? NSDictionary
            let b = try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? NSDictionary
            XCTAssertEqual(a, b, "\(name): JSON differs from \(url.path); RESDIFF_RECORD=1 re-records")
            XCTAssertEqual(golden, rendered, "\(name): same values, different bytes")
        }
    }

    func testOutputIsDeterministic() throws {
        for name in Corpus.names {
            let first = DocumentJSON.render(try Corpus.parse(name))
            let second = DocumentJSON.render(try Corpus.parse(name))
            XCTAssertEqual(first, second)
        }
    }

    func testJSONEscapesEverything() throws {
        let value = JSONValue.object([("t", .string("quote \" backslash \\ newline \n tab \t nul \u{01} é"))])
        let data = Data(value.serialized().utf8)
        let decoded = try JSONSerialization.jsonObject(with: data) as? [String: String]
        XCTAssertEqual(decoded?["t"], "quote \" backslash \\ newline \n tab \t nul \u{01} é")
    }
}
