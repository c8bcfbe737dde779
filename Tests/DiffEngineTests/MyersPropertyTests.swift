import XCTest

import TestSupport

@testable import DiffEngine

/// Property tests on seeded random inputs over small alphabets (so there are many
/// repeats and many equally short scripts).
final class MyersPropertyTests: XCTestCase {
    /// Length of a longest common subsequence by the textbook dynamic program.
    static func lcsLength(_ a: [Int32], _ b: [Int32]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for j in 0..<b.count {
                current[j + 1] = x == b[j] ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    func randomPair(_ rng: inout SeededGenerator) -> ([Int32], [Int32]) {
        let alphabet = Int32.random(in: 1...5, using: &rng)
        let n = Int.random(in: 0...40, using: &rng)
        let a = (0..<n).map { _ in Int32.random(in: 0..<alphabet, using: &rng) }
        // Half the time b is a mutation of a, half the time independent.
        if Bool.random(using: &rng) {
            var b = a
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                switch Int.random(in: 0..<3, using: &rng) {
                case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &rng))
                case 1:
                    b.insert(Int32.random(in: 0..<alphabet, using: &rng), at: Int.random(in: 0...b.count, using: &rng))
                default:
                    if !b.isEmpty {
                        b[Int.random(in: 0..<b.count, using: &rng)] = Int32.random(in: 0..<alphabet, using: &rng)
                    }
                }
            }
            return (a, b)
        }
        let m = Int.random(in: 0...40, using: &rng)
        return (a, (0..<m).map { _ in Int32.random(in: 0..<alphabet, using: &rng) })
    }

    func testMinimalScriptsAreValidAndShortest() {
        var rng = SeededGenerator(state: 20_261_123)
        for _ in 0..<3000 {
            let (a, b) = randomPair(&rng)
            let script = Myers.diff(a, b, options: .init(minimal: true))
            XCTAssertTrue(script.isValid(old: a, new: b), "\(a) → \(b)")
            XCTAssertEqual(script.apply(to: a, inserting: b), b)
            XCTAssertEqual(script.editCount, a.count + b.count - 2 * Self.lcsLength(a, b), "\(a) → \(b)")
        }
    }

    /// With the cost cap forced down to 1, every split is a heuristic one: the script
    /// must still be valid, and never shorter than the minimum.
    func testCappedScriptsAreValid() {
        var rng = SeededGenerator(state: 7)
        for _ in 0..<3000 {
            let (a, b) = randomPair(&rng)
            for cap in [1, 2, 5] {
                let script = Myers.diff(a, b, options: .init(costCap: cap))
                XCTAssertTrue(script.isValid(old: a, new: b), "cap \(cap): \(a) → \(b)")
                XCTAssertGreaterThanOrEqual(script.editCount, a.count + b.count - 2 * Self.lcsLength(a, b))
            }
        }
    }

    /// Cleanup moves and merges changes but keeps the script valid.
    func testCleanupKeepsScriptsValid() {
        var rng = SeededGenerator(state: 99)
        let info = Cleanup.TokenInfo(isPunctuation: { $0 == 0 }, weight: { Int($0) + 1 })
        for _ in 0..<3000 {
            let (a, b) = randomPair(&rng)
            let cleaned = Cleanup.apply(Myers.diff(a, b), a: a, b: b, info: info)
            XCTAssertTrue(cleaned.isValid(old: a, new: b), "\(a) → \(b): \(cleaned.runs)")
            XCTAssertEqual(cleaned.apply(to: a, inserting: b), b)
        }
    }

    func testDeterministic() {
        var rng = SeededGenerator(state: 5)
        for _ in 0..<200 {
            let (a, b) = randomPair(&rng)
            XCTAssertEqual(Myers.diff(a, b), Myers.diff(a, b))
        }
    }

    func testEdgeCases() {
        XCTAssertEqual(Myers.diff([], []).runs, [])
        XCTAssertEqual(Myers.diff([], [1, 2]).runs, [.init(kind: .insert, old: 0..<0, new: 0..<2)])
        XCTAssertEqual(Myers.diff([1, 2], []).runs, [.init(kind: .delete, old: 0..<2, new: 0..<0)])
        XCTAssertEqual(Myers.diff([1, 2, 3], [1, 2, 3]).runs, [.init(kind: .equal, old: 0..<3, new: 0..<3)])
        XCTAssertEqual(Myers.diff([7], [7]).runs, [.init(kind: .equal, old: 0..<1, new: 0..<1)])
        XCTAssertEqual(
            Myers.diff([1], [2]).runs,
            [.init(kind: .delete, old: 0..<1, new: 0..<0), .init(kind: .insert, old: 1..<1, new: 0..<1)])
        let unrelated = Myers.diff([1, 2, 3, 4], [5, 6, 7])
        XCTAssertEqual(unrelated.editCount, 7)
        XCTAssertTrue(unrelated.isValid(old: [1, 2, 3, 4], new: [5, 6, 7]))
    }

    /// Two long unrelated sequences over a small alphabet (the expensive case) finish
    /// with a valid script; the cap is what keeps this fast.
    func testLongUnrelatedInputsFinishWithAValidScript() {
        var rng = SeededGenerator(state: 3)
        let a = (0..<20_000).map { _ in Int32.random(in: 0..<30, using: &rng) }
        let b = (0..<20_000).map { _ in Int32.random(in: 0..<30, using: &rng) }
        let script = Myers.diff(a, b)
        XCTAssertTrue(script.isValid(old: a, new: b))
    }

    /// `minimal` works under a budget too: the same hostile pair, asked for a shortest
    /// script, ends with a valid one (it once ran uncapped: over a minute at 250,000
    /// words). Within the budget it stays exact, which the property test above checks.
    func testMinimalOnLongUnrelatedInputsFinishes() {
        var rng = SeededGenerator(state: 5)
        let a = (0..<12_000).map { _ in Int32.random(in: 0..<30, using: &rng) }
        let b = (0..<12_000).map { _ in Int32.random(in: 0..<30, using: &rng) }
        let script = Myers.diff(a, b, options: .init(minimal: true))
        XCTAssertTrue(script.isValid(old: a, new: b))
        XCTAssertLessThan(Myers.minimalCostCap(forTotalLength: 24_000), 24_000 / 4, "a real bound at this size")
    }

    func testStringsThroughTheGenericInterner() {
        var interner = Interner<String>()
        let a = interner.intern("the sixty-sixth session of the Assembly".split(separator: " ").map(String.init))
        let b = interner.intern("the seventy-sixth session of the Assembly".split(separator: " ").map(String.init))
        let script = Myers.diff(a, b)
        XCTAssertEqual(script.editCount, 2)
        XCTAssertEqual(script.runs.map(\.kind), [.equal, .delete, .insert, .equal])
    }
}
