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

/// French ordinal words as UN headers spell sessions: "Trente-deuxième session",
/// "Soixante et onzième session", "Quatre-vingtième session". Covers 1...99.
package enum FrenchOrdinals {
    static let cardinals = [
        "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
        "quarante": 40, "cinquante": 50, "soixante": 60,
    ]
    /// The ordinal forms of the last part: "deuxième" → "deux", "neuvième" → "neuf".
    static let ordinalStems = [
        "unième": "un", "deuxième": "deux", "troisième": "trois", "quatrième": "quatre", "cinquième": "cinq",
        "sixième": "six", "septième": "sept", "huitième": "huit", "neuvième": "neuf", "dixième": "dix",
        "onzième": "onze", "douzième": "douze", "treizième": "treize", "quatorzième": "quatorze",
        "quinzième": "quinze", "seizième": "seize", "vingtième": "vingt", "trentième": "trente",
        "quarantième": "quarante", "cinquantième": "cinquante", "soixantième": "soixante",
    ]

    /// 3 → "troisième", 21 → "vingt et unième", 80 → "quatre-vingtième"; 1 →
    /// "premier"; nil past 99.
    package static func word(_ n: Int) -> String? {
        guard (1...99).contains(n) else { return nil }
        if n == 1 { return "premier" }
        let small = [
            "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize",
            "quatorze", "quinze", "seize",
        ]
        let tensWords = [2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"]
        var cardinal: String
        switch n {
        case 1...16: cardinal = small[n]
        case 17...19: cardinal = "dix-" + small[n - 10]
        case 20...69:
            let t = tensWords[n / 10]!, u = n % 10
            cardinal = u == 0 ? t : u == 1 ? "\(t) et un" : "\(t)-\(small[u])"
        case 70...79:
            cardinal =
                n == 71
                ? "soixante et onze" : "soixante-" + (n == 70 ? "dix" : n < 77 ? small[n - 60] : "dix-" + small[n - 70])
        default:
            let rest = n - 80
            cardinal =
                rest == 0 ? "quatre-vingt" : "quatre-vingt-" + (rest <= 16 ? small[rest] : "dix-" + small[rest - 10])
        }
        // The last word takes "-ième": "cinq" → "cinquième", "neuf" → "neuvième",
        // "quatre" → "quatrième".
        if cardinal.hasSuffix("cinq") { return cardinal + "uième" }
        if cardinal.hasSuffix("neuf") { return cardinal.dropLast(1) + "vième" }
        if cardinal.hasSuffix("e") { return cardinal.dropLast(1) + "ième" }
        return cardinal + "ième"
    }

    package static func value(_ word: String) -> Int? {
        let w = word.lowercased()
        if w == "premier" || w == "première" { return 1 }
        let parts = w.split(whereSeparator: { $0 == "-" || $0 == " " }).filter { $0 != "et" }.map(String.init)
        guard let last = parts.last, let stem = ordinalStems[last] else { return nil }
        var total = 0
        for (i, part) in (parts.dropLast(1) + [stem]).enumerated() {
            guard let n = cardinals[part] else { return nil }
            // "quatre-vingt": four twenties.
            if n == 20, i > 0, total % 20 == 4 { total += 76 } else { total += n }
        }
        return (1...99).contains(total) ? total : nil
    }
}
