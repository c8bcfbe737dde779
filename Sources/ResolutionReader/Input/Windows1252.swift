import ResolutionLanguage
import ResolutionModel

/// Windows-1252, written out rather than taken from Foundation so that decoding is the
/// same on every platform (Foundation's Linux tables have differed from Apple's).
package enum Windows1252 {
    /// Code points for bytes 0x80...0x9F; the rest of the code page is Latin-1.
    /// The five undefined bytes decode to the replacement character.
    static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Encodes text that came from Windows-1252; used by tests to make re-encoded variants.
    package static func encode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                out.append(UInt8(scalar.value))
            } else if let i = high.firstIndex(of: scalar.value) {
                out.append(UInt8(0x80 + i))
            } else {
                return nil
            }
        }
        return out
    }
}
