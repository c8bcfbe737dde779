import Foundation
import ResolutionDiff

/// Benchmark inputs, generated from the corpus so that no large file is committed and the
/// text has the vocabulary and paragraph lengths of real resolutions.
struct BenchPair {
    var name: String
    var old: String
    var new: String
    var bytes: Int { old.utf8.count + new.utf8.count }
}

enum Inputs {
    static let corpusNames = ["A-HRC-RES-28-2", "A-HRC-RES-32-6", "A-RES-65-218", "A-RES-75-180", "A-HRC-31-81"]

    static func corpusText(_ name: String) throws -> String {
        try String(contentsOfFile: "Corpus/\(name).txt", encoding: .utf8)
    }

    /// Every paragraph of the corpus, as display text.
    static func paragraphPool() throws -> [String] {
        try corpusNames.flatMap { try ResolutionParser.parse(path: "Corpus/\($0).txt").allParagraphs.map(\.text) }
    }

    /// The two seeds people compare most: 28/2 (2015) and 32/6 (2016), as files.
    static func seeds() throws -> BenchPair {
        BenchPair(
            name: "seeds 28/2 → 32/6", old: try corpusText("A-HRC-RES-28-2"), new: try corpusText("A-HRC-RES-32-6"))
    }

    /// A long document of corpus paragraphs, and a revision in which about 2% of the
    /// paragraphs are reworded, inserted, deleted or moved.
    static func typicalEdits(bytes target: Int, pool: [String], seed: UInt64) -> BenchPair {
        var rng = SeededGenerator(state: seed)
        var old: [String] = []
        var size = 0
        while size < target / 2 {
            let p = pool.randomElement(using: &rng)!
            old.append(p)
            size += p.utf8.count + 2
        }
        var new = old
        let edits = max(1, old.count / 50)
        let words = pool.joined(separator: " ").split(separator: " ").map(String.init)
        for _ in 0..<edits {
            let i = Int.random(in: 0..<new.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:  // reword: replace, insert and delete a few words
                var w = new[i].split(separator: " ").map(String.init)
                for _ in 0..<Int.random(in: 1...4, using: &rng) where w.count > 2 {
                    let j = Int.random(in: 0..<w.count, using: &rng)
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: w[j] = words.randomElement(using: &rng)!
                    case 1: w.insert(words.randomElement(using: &rng)!, at: j)
                    default: w.remove(at: j)
                    }
                }
                new[i] = w.joined(separator: " ")
            case 1: new.insert(pool.randomElement(using: &rng)!, at: i)
            case 2: new.remove(at: i)
            default:
                let p = new.remove(at: i)
                new.insert(p, at: Int.random(in: 0...new.count, using: &rng))
            }
        }
        let label = target >= 1_000_000 ? "\(target / 1_000_000) MB" : "\(target / 1000) KB"
        return BenchPair(
            name: "\(label), 2% of paragraphs edited", old: old.joined(separator: "\n\n") + "\n",
            new: new.joined(separator: "\n\n") + "\n")
    }

    /// Two texts of the corpus's words in unrelated orders: nearly every word has many
    /// matches and no long run is common, the worst case for an O(ND) search.
    static func unrelated(bytes target: Int, pool: [String]) -> BenchPair {
        let words = pool.joined(separator: " ").split(separator: " ").map(String.init)
        func text(seed: UInt64) -> String {
            var rng = SeededGenerator(state: seed)
            var lines: [String] = []
            var line = ""
            var size = 0
            while size < target / 2 {
                let w = words.randomElement(using: &rng)!
                if line.count + w.count > 80 { lines.append(line); size += line.utf8.count + 1; line = "" }
                line += line.isEmpty ? w : " " + w
            }
            return lines.joined(separator: "\n") + "\n"
        }
        let label = "\(target / 1_000_000) MB"
        return BenchPair(name: "\(label), unrelated texts", old: text(seed: 1), new: text(seed: 2))
    }
}

extension Inputs {
    /// A resolution of `count` operative paragraphs of 30 to 80 words drawn from the
    /// corpus's vocabulary: distinct paragraphs, as in a long omnibus text.
    static func longResolution(count: Int, pool: [String], seed: UInt64) -> [String] {
        let words = pool.joined(separator: " ").split(separator: " ").map(String.init)
        var rng = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            let n = Int.random(in: 30...80, using: &rng)
            var text = (0..<n).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            while let last = text.last, !last.isLetter && !last.isNumber { text.removeLast() }
            return "Decides " + text + ";"
        }
    }

    /// The same with about 2% of the paragraphs reworded, inserted, deleted or moved.
    static func edited(_ paragraphs: [String], pool: [String], seed: UInt64) -> [String] {
        var rng = SeededGenerator(state: seed)
        var out = paragraphs
        let fresh = longResolution(count: paragraphs.count / 50 + 1, pool: pool, seed: seed &+ 1)
        for k in 0..<(paragraphs.count / 50) {
            let i = Int.random(in: 0..<out.count, using: &rng)
            switch k % 4 {
            case 0:
                var w = out[i].split(separator: " ").map(String.init)
                w[Int.random(in: 1..<w.count - 1, using: &rng)] = "substantially"
                out[i] = w.joined(separator: " ")
            case 1: out.insert(fresh[k], at: i)
            case 2: out.remove(at: i)
            default: out.insert(out.remove(at: i), at: Int.random(in: 0..<out.count, using: &rng))
            }
        }
        return out
    }

    static func resolutionText(_ operative: [String]) -> String {
        var text =
            "General Assembly\n\n80/1. A long resolution\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n"
        for (n, p) in operative.enumerated() { text += "\(n + 1). \(p)\n\n" }
        return text
    }
}
