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
/// folded to ASCII.
public enum WordTokenizer {
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

    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x30...0x39: return digit
        case 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: return alnum
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return space
        default: return other
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

    public static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        classes.withUnsafeBufferPointer { cls in
            let n = bytes.count
            var i = 0
            while i < n {
                let c = cls[Int(bytes[i])]
                if c == space { i += 1; continue }
                if c == other {
                    tokens.append(Token(start: Int32(i), end: Int32(i + 1), kind: .punctuation))
                    i += 1
                    continue
                }
                let start = i
                var sawSlash = false
                var sawLetter = false
                var sawDigit = false
                while i < n {
                    let ci = cls[Int(bytes[i])]
                    if ci == alnum { sawLetter = true; i += 1; continue }
                    if ci == digit { sawDigit = true; i += 1; continue }
                    // A connector joins only when an alphanumeric byte follows it.
                    guard i + 1 < n, cls[Int(bytes[i + 1])] != space, cls[Int(bytes[i + 1])] != other else { break }
                    let next = cls[Int(bytes[i + 1])]
                    switch bytes[i] {
                    case UInt8(ascii: "-"), UInt8(ascii: "/"):
                        if bytes[i] == UInt8(ascii: "/") { sawSlash = true }
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
                tokens.append(Token(start: Int32(start), end: Int32(i), kind: kind))
            }
        }
        return tokens
    }

    /// `1,000`: a comma between a digit and exactly three digits.
    private static func isThousandsSeparator(
        _ b: UnsafeBufferPointer<UInt8>, at i: Int, cls: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard i > 0, i + 3 < b.count, cls[Int(b[i - 1])] == digit,
            (1...3).allSatisfy({ cls[Int(b[i + $0])] == digit })
        else { return false }
        return i + 4 >= b.count || cls[Int(b[i + 4])] != digit
    }
}
