import ResolutionModel

/// Which of the six official languages a text is written in: from its opening formula
/// when it has one, else from its script and its commonest words. Every stage then
/// reads the text with that language's words (a French resolution once lost its title
/// and preamble to English ones in silence).
public enum LanguageGuess {
    /// The language of `text`; English when there is too little text to tell. The
    /// opening formula decides when there is one ("The Human Rights Council,",
    /// "L’Assemblée générale,"): an English resolution quoting long French titles is
    /// still English.
    public static func detect(_ text: some StringProtocol) -> LanguageCode {
        formulaLanguage(text) ?? guess(text) ?? .en
    }

    /// The language of the first line that is an opening formula, among the first
    /// lines of the text (the header is short).
    static func formulaLanguage(_ text: some StringProtocol) -> LanguageCode? {
        var lines = 0
        for line in text.prefix(Self.sample).split(whereSeparator: \.isNewline) {
            lines += 1
            if lines > 400 { break }
            let trimmed = line.trimming(" ").trimming("\t")
            guard trimmed.count <= 60, let last = trimmed.last, [",", "，", "،"].contains(last) else { continue }
            // Listed formulas first: the English rule takes any "The … ," line.
            for code in LanguageCode.allCases.filter({ $0 != .en }) + [.en]
            where Language.of(code).openers.formulaBody(trimmed) != nil {
                return code
            }
        }
        return nil
    }

    private static func guess(_ text: some StringProtocol) -> LanguageCode? {
        var latin = 0, cyrillic = 0, arabic = 0, han = 0
        for scalar in text.unicodeScalars.prefix(Self.sample) where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0041...0x024F: latin += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x3400...0x9FFF: han += 1
            default: break
            }
        }
        let letters = latin + cyrillic + arabic + han
        guard letters >= Self.minimumLetters else { return nil }
        if cyrillic * 2 > letters { return .ru }
        if arabic * 2 > letters { return .ar }
        if han * 4 > letters { return .zh }
        let words = text.prefix(Self.sample).lowercased().split(whereSeparator: {
            !$0.isLetter && $0 != "'" && $0 != "’"
        })
        var english = 0, french = 0, spanish = 0
        for w in words {
            if Self.english.contains(w) { english += 1 }
            if Self.french.contains(w) { french += 1 }
            if Self.spanish.contains(w) { spanish += 1 }
        }
        if french > english * 2 && french >= spanish { return .fr }
        if spanish > english * 2 { return .es }
        return nil
    }

    /// Enough of a text to tell its language: the header and first paragraphs.
    static let sample = 20_000
    /// Below this many letters, nothing is guessed.
    static let minimumLetters = 200

    static let english: Set<Substring> = ["the", "of", "and", "to", "in", "its", "on", "with", "that", "for"]
    static let french: Set<Substring> = ["le", "la", "les", "des", "et", "du", "dans", "sur", "pour", "une", "aux"]
    static let spanish: Set<Substring> = ["el", "los", "las", "del", "y", "en", "para", "por", "una", "con"]
}
