import XCTest

import TestSupport

import ResolutionDiff

/// Inputs the fuzzer found troublesome, kept in Tests/Fuzz/regressions/TARGET/ once
/// fixed, run through the same functions `make fuzz` drives: a trap here fails the
/// run. The seeds (corpus texts, fixtures) go through them too, so the harness itself is
/// exercised by every `make test`.
final class FuzzRegressionTests: XCTestCase {
    func testEveryKeptInputRunsThroughItsTarget() throws {
        let base = try Resdiff.source(Corpus.path("A-HRC-RES-32-6"))
        let root = Corpus.root.appendingPathComponent("Tests/Fuzz/regressions")
        for target in FuzzTarget.allCases {
            let dir = root.appendingPathComponent(target.rawValue)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where !name.hasPrefix(".") {
                target.run([UInt8](try Data(contentsOf: dir.appendingPathComponent(name))), base: base)
            }
        }
        // The seeds, as the fuzzer starts from them.
        let pair = Array(try Corpus.text("A-HRC-RES-28-2").utf8) + [0] + Array(try Corpus.text("A-HRC-RES-32-6").utf8)
        FuzzTarget.compare.run(pair)
        FuzzTarget.text.run(Array(try Corpus.text("A-RES-75-180").utf8))
        FuzzTarget.word.run([UInt8](try Data(contentsOf: Corpus.root.appendingPathComponent("Tests/Fixtures/numbered-A-HRC-RES-32-6.docx"))))
        FuzzTarget.amendment.run(Array("1. Delete footnote 2.\n2. Delete operative paragraph 3.".utf8), base: base)
    }
}
