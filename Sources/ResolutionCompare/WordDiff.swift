import DiffEngine
import ResolutionLanguage
import ResolutionModel

/// A word-level diff of two texts: tokenize, intern, Myers, then cleanup for people.
///
/// The entry point the aligner and the renderers use for the words of a paragraph pair.
/// The engine below it only ever sees integer ids.
public struct WordDiff: Sendable {
    /// The engine's options; `minimal` also turns the cleanup for people off.
    public typealias Options = Myers.Options

    /// A stretch of text that is equal, deleted or inserted.
    public struct TextRun: Sendable, Equatable {
        public var kind: EditScript.Kind
        /// The source text from the run's first token to its last, spacing kept.
        public var text: String
        /// Whether white space separated this run from the text before it.
        public var spaceBefore: Bool
    }

    public let old: String
    public let new: String
    public let oldTokens: [WordTokenizer.Token]
    public let newTokens: [WordTokenizer.Token]
    public let script: EditScript

    public init(old: String, new: String, options: Options = Options()) {
        self.old = old
        self.new = new
        oldTokens = WordTokenizer.tokenize(old)
        newTokens = WordTokenizer.tokenize(new)
        var interner = TokenInterner(expectedDistinct: oldTokens.count + newTokens.count)
        let a = interner.intern(old, tokens: oldTokens)
        let b = interner.intern(new, tokens: newTokens)
        let raw = Myers.diff(a, b, options: options)
        if options.minimal {
            script = raw
        } else {
            var punctuation = [Bool](repeating: false, count: interner.count)
            var weight = [Int](repeating: 0, count: interner.count)
            for (token, id) in zip(oldTokens + newTokens, a + b) {
                punctuation[Int(id)] = token.kind == .punctuation
                weight[Int(id)] = token.range.count
            }
            let info = Cleanup.TokenInfo(
                isPunctuation: { [punctuation] in punctuation[Int($0)] }, weight: { [weight] in weight[Int($0)] })
            script = Cleanup.apply(raw, a: a, b: b, info: info)
        }
    }

    /// The runs as text, in order; within a change the deletion comes first.
    public var textRuns: [TextRun] {
        // Written as plain loops: Swift 6.3.1's optimizer crashed (SILCombine) on an
        // earlier form of this getter that mapped over array slices in a closure.
        let oldBytes = Array(old.utf8), newBytes = Array(new.utf8)
        var runs: [TextRun] = []
        runs.reserveCapacity(script.runs.count)
        for run in script.runs {
            if run.kind == .insert {
                runs.append(Self.textRun(run.kind, newTokens, run.new, newBytes))
            } else {
                runs.append(Self.textRun(run.kind, oldTokens, run.old, oldBytes))
            }
        }
        return runs
    }

    private static func textRun(
        _ kind: EditScript.Kind, _ tokens: [WordTokenizer.Token], _ range: Range<Int>, _ bytes: [UInt8]
    ) -> TextRun {
        if range.isEmpty { return TextRun(kind: kind, text: "", spaceBefore: false) }
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        var space = false
        if start > 0 {
            let before = bytes[start - 1]
            space = before == 0x20 || before == 0x0A || before == 0x09
        }
        return TextRun(kind: kind, text: String(decoding: bytes[start..<end], as: UTF8.self), spaceBefore: space)
    }

    /// wdiff's notation: `[-deleted-]` and `{+inserted+}` inline in the text.
    public var wdiff: String {
        var out = ""
        var previous: TextRun?
        var startOfPrevious = true
        for run in textRuns {
            // A replacement follows its deletion with a space when both are words in a
            // spaced position ("[-69/179-] {+70/153+}"), not when they are punctuation
            // ("session[-;-]{+:+}").
            let space: Bool
            if run.kind == .insert, let p = previous, p.kind == .delete {
                space = (p.spaceBefore || startOfPrevious) && run.text.first.map { $0.isLetter || $0.isNumber } == true
            } else {
                space = !out.isEmpty && run.spaceBefore
            }
            if space { out += " " }
            startOfPrevious = out.isEmpty
            previous = run
            switch run.kind {
            case .equal: out += run.text
            case .delete: out += "[-\(run.text)-]"
            case .insert: out += "{+\(run.text)+}"
            }
        }
        return out
    }
}
