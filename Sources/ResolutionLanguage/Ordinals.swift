import ResolutionModel

/// English ordinal words as UN headers spell sessions: "Twenty-eighth session",
/// "Seventy-fifth session". Also used to recognise yearly updates
/// ("sixty-sixth" → "seventy-sixth") as technical changes.
public enum Ordinals {
    package static let units = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    ]
    package static let tens = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]
    package static let tensOrdinal = [
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90,
    ]

    /// "Twenty-eighth" → 28, "tenth" → 10, "special" → nil. Covers 1...99.
    public static func value(_ word: some StringProtocol) -> Int? {
        let w = word.lowercased()
        if let u = units[w] { return u }
        if let t = tensOrdinal[w] { return t }
        let parts = w.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return t + u }
        return nil
    }
}
