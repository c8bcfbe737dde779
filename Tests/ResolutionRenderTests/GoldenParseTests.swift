import Foundation
import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionRender

/// `resdiff parse --format json` of every corpus text against a golden file in
/// Tests/Golden/parse/. Set RESDIFF_RECORD=1 to re-record; a person reads every
/// re-recorded file before it is committed.
final class GoldenParseTests: XCTestCase {
    func testCorpusJSONMatchesGoldenFiles() throws {
        for name in Corpus.names {
            try Golden.assertMatches(
                DocumentJSON.render(try Corpus.parse(name)), "Tests/Golden/parse/\(name).json", json: true)
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
