import ResolutionModel

/// Splits comparable text into the tokens the word diff compares: words, numbers,
/// document symbols and punctuation marks.
///
/// Domain atoms stay whole, because a person reads them as one thing and a change inside
/// one is one change: document symbols (`A/HRC/24/56`, `A/75/478/Add.2`,
/// `E/CN.4/2001/2`), resolution numbers (`70/153`), hyphenated words
/// (`non-selectivity`, `twenty-eighth`), numbers with separators (`1,000`, `2.5`) and
/// words with apostrophes (`women's`).
///
/// Works on UTF-8 bytes with a class table, one pass, no allocation per token:
/// O(n) time, O(number of tokens) space. Bytes of non-ASCII scalars count as letters,
/// which is right for the comparable text, where typographic punctuation has been
/// folded to ASCII; except Chinese and Japanese, written without spaces, whose
/// characters are each a token (runs of Latin letters and digits stay whole).
public enum WordTokenizer {
    /// What a token is, so that later stages can tell a year or a symbol from a word.
    public enum Kind: UInt8, Sendable, Equatable {
        case word, number, symbol, punctuation
    }

    /// A token as a byte range of the text it came from.
    public struct Token: Sendable, Equatable {
        public var start: Int32
        public var end: Int32
        public var kind: Kind

        public var range: Range<Int> { Int(start)..<Int(end) }
    }

    private static let space: UInt8 = 0, alnum: UInt8 = 1, digit: UInt8 = 2, other: UInt8 = 3

    /// Byte classes. A raw pointer allocated once and never freed (256 bytes): reading
    /// it through an array inside a closure cost a third of the tokenizer's time.
    nonisolated(unsafe) private static let classes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            switch b {
            case 0x30...0x39: table[b] = digit
            case 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: table[b] = alnum
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: table[b] = space
            default: table[b] = other
            }
        }
        return UnsafePointer(table)
    }()

    /// Tokens are written into a raw buffer that doubles when full, then copied into an
    /// array once: appending to an array token by token cost half the tokenizer's time.
    private struct TokenBuffer {
        var base: UnsafeMutablePointer<Token>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        @inline(__always) mutating func append(_ start: Int, _ end: Int, _ kind: Kind) {
            if count == capacity {
                let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
                bigger.moveInitialize(from: base, count: count)
                base.deallocate()
                base = bigger
                capacity *= 2
            }
            (base + count).initialize(
                to: Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: kind))
            count += 1
        }

        func finish() -> [Token] {
            let array = Array(UnsafeBufferPointer(start: base, count: count))
            base.deallocate()
            return array
        }
    }

    /// Tokenizes `text`; ranges are offsets into `text.utf8`.
    public static func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(utf8: $0) }
    }

    /// The text of each token.
    public static func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    /// Tokens of UTF-8 `bytes`: O(n) time, one pass.
    public static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = TokenBuffer(capacity: bytes.count / 5)
        let cls = classes
        let n = bytes.count
        var i = 0
        while i < n {
            let c = cls[Int(bytes[i])]
            if c == space { i += 1; continue }
            if let (length, isMark) = cjk(bytes, at: i) {
                tokens.append(i, i + length, isMark ? .punctuation : .word)
                i += length
                continue
            }
            if c == other {
                tokens.append(i, i + 1, .punctuation)
                i += 1
                continue
            }
            let start = i
            var sawSlash = false
            var sawLetter = false
            var sawDigit = false
            while i < n {
                let ci = cls[Int(bytes[i])]
                if ci == alnum && bytes[i] >= 0xE3, cjk(bytes, at: i) != nil { break }
                if ci == alnum { sawLetter = true; i += 1; continue }
                if ci == digit { sawDigit = true; i += 1; continue }
                // A connector joins only when an alphanumeric byte follows it.
                guard i + 1 < n else { break }
                let next = cls[Int(bytes[i + 1])]
                guard next == alnum || next == digit else { break }
                switch bytes[i] {
                case UInt8(ascii: "-"):
                    i += 1
                    continue
                case UInt8(ascii: "/"):
                    sawSlash = true
                    i += 1
                    continue
                case UInt8(ascii: "."):
                    if next == digit || sawSlash { i += 1; continue }
                case UInt8(ascii: "'"):
                    if next == alnum { i += 1; continue }
                case UInt8(ascii: ","):
                    if isThousandsSeparator(bytes, at: i, cls: cls) { i += 1; continue }
                default: break
                }
                break
            }
            let kind: Kind = sawSlash ? .symbol : (sawDigit && !sawLetter ? .number : .word)
            tokens.append(start, i, kind)
        }
        return tokens.finish()
    }

    /// A Chinese or Japanese character at `i` (three UTF-8 bytes): its length, and
    /// whether it is a mark (CJK punctuation "。", "、", "《") rather than a character.
    @inline(__always)
    private static func cjk(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Bool)? {
        let lead = b[i]
        guard lead >= 0xE3, lead <= 0xEF, i + 2 < b.count else { return nil }
        let scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        switch scalar {
        case 0x3000...0x303F, 0xFF00...0xFFEF: return (3, true)
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return (3, false)
        default: return nil
        }
    }

    /// `1,000`: a comma between a digit and exactly three digits.
    private static func isThousandsSeparator(
        _ b: UnsafeBufferPointer<UInt8>, at i: Int, cls: UnsafePointer<UInt8>
    ) -> Bool {
        guard i > 0, i + 3 < b.count, cls[Int(b[i - 1])] == digit,
            (1...3).allSatisfy({ cls[Int(b[i + $0])] == digit })
        else { return false }
        return i + 4 >= b.count || cls[Int(b[i + 4])] != digit
    }
}
