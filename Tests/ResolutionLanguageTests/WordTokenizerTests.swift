import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionLanguage

/// The tokenizer keeps the atoms a person reads as one word whole (symbols, resolution
/// numbers, hyphenated words) and covers every byte of the corpus.
final class WordTokenizerTests: XCTestCase {
    func testDomainAtomsStayWhole() {
        XCTAssertEqual(
            WordTokenizer.words("see A/HRC/24/56, A/75/478/Add.2 and E/CN.4/2001/2-E/CN.4/Sub.2/2000/46."),
            ["see", "A/HRC/24/56", ",", "A/75/478/Add.2", "and", "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46", "."])
        XCTAssertEqual(
            WordTokenizer.words("resolution 70/153 of 17 December 2015;"),
            ["resolution", "70/153", "of", "17", "December", "2015", ";"])
        XCTAssertEqual(
            WordTokenizer.words("non-selectivity, South-South and twenty-eighth"),
            ["non-selectivity", ",", "South-South", "and", "twenty-eighth"])
        XCTAssertEqual(
            WordTokenizer.words("women's rights, 1,000 people, 2.5 per cent"),
            ["women's", "rights", ",", "1,000", "people", ",", "2.5", "per", "cent"])
        XCTAssertEqual(
            WordTokenizer.words("(A/CONF.157/24 (Part I), chap. III.)"),
            ["(", "A/CONF.157/24", "(", "Part", "I", ")", ",", "chap", ".", "III", ".", ")"])
        XCTAssertEqual(
            WordTokenizer.words("States' \"shared ideal\" -- Fernández-Gala"),
            ["States", "'", "\"", "shared", "ideal", "\"", "-", "-", "Fernández-Gala"])
    }

    func testKinds() {
        let kinds = WordTokenizer.tokenize("In 2016 resolution 28/2 said: yes").map(\.kind)
        XCTAssertEqual(kinds, [.word, .number, .word, .symbol, .word, .punctuation, .word])
    }

    func testEdgeCases() {
        XCTAssertEqual(WordTokenizer.words(""), [])
        XCTAssertEqual(WordTokenizer.words("   "), [])
        XCTAssertEqual(WordTokenizer.words("end-"), ["end", "-"])
        XCTAssertEqual(WordTokenizer.words("a/"), ["a", "/"])
        XCTAssertEqual(WordTokenizer.words("1,00"), ["1", ",", "00"])
    }

    /// Every byte of the corpus that is not white space belongs to exactly one token, in order.
    func testTokensCoverTheCorpus() throws {
        for name in Corpus.names {
            let doc = try Corpus.parse(name)
            for p in doc.allParagraphs {
                let bytes = Array(p.comparableText.utf8)
                var next = 0
                for token in WordTokenizer.tokenize(p.comparableText) {
                    XCTAssertTrue(bytes[next..<token.range.lowerBound].allSatisfy { $0 == 0x20 }, "\(name) \(p.label)")
                    XCTAssertGreaterThan(token.range.count, 0)
                    next = token.range.upperBound
                }
                XCTAssertTrue(bytes[next...].allSatisfy { $0 == 0x20 })
            }
        }
    }
}
