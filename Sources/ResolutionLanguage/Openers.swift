import ResolutionModel

/// How paragraphs open in one language. A line that follows a finished preambular
/// paragraph starts a new one only when it opens like one ("Recalling", "Deeply
/// concerned", "Rappelant", "Profundamente preocupado"); otherwise it is that
/// paragraph's text continued after a line break, as in "held in Durban," / "South
/// Africa, from 31 August".
public struct Openers: Sendable {
    /// Opening formulas by their words (lowercased, apostrophes straight, no comma).
    let formulas: [String: Body]
    /// English builds its formula from any capitalized body name ("The Human Rights
    /// Council,"); other languages list theirs.
    let englishFormulaRule: Bool
    /// First words that open a preambular paragraph whatever their ending.
    let adjectives: Set<String>
    /// Endings of participles and adverbs that open one ("-ing", "-ant", "-ando").
    let endings: [String]
    /// Capitalized words with those endings that are names or nouns, not openers.
    let notOpeners: Set<String>
    /// Reflexive pronouns that stand before the participle or verb ("Se félicitant",
    /// "S'inquiétant", "Se felicita").
    let reflexives: [String]
    /// Verbs that open operative paragraphs, in the present tense. An unnumbered
    /// paragraph opening with one after the preamble is the operative part of a
    /// resolution that has a single operative paragraph ("Takes note of the report ...").
    let operativeVerbs: Set<String>
    /// Whether paragraphs open with a capital: not in Russian (whose openers are lower
    /// case, "ссылаясь", "постановляет"), nor in scripts without case.
    package var capitalized = true
    /// Chinese has no spaces: openers are matched as the text's first characters.
    var byPrefix = false

    /// The first word of `text` as the lists hold it, with a reflexive pronoun before
    /// it stepped over: "S’inquiétant" → "inquiétant".
    private func firstWord(_ text: String) -> String {
        var rest = Substring(text)
        for _ in 0..<2 {
            let word = rest.prefix(while: { $0.isLetter || $0 == "-" }).lowercased()
            let after = rest.dropFirst(word.count)
            if let mark = after.first, mark == "'" || mark == "’", reflexives.contains(word + "'") {
                rest = after.dropFirst()
                continue
            }
            if reflexives.contains(word), after.first == " " {
                rest = after.dropFirst()
                continue
            }
            return word
        }
        return rest.prefix(while: { $0.isLetter || $0 == "-" }).lowercased()
    }

    /// Whether `text` opens with an operative verb: "Takes note ...", "Décide que ...".
    public func startsOperative(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase || !capitalized else { return false }
        if byPrefix { return operativeVerbs.contains { text.hasPrefix($0) } }
        return operativeVerbs.contains(firstWord(text))
    }

    /// Whether `text` starts the way a preambular paragraph does.
    public func startsPreambular(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase || !capitalized else { return false }
        if byPrefix { return adjectives.contains { text.hasPrefix($0) } }
        let word = firstWord(text)
        guard word.count >= 2, !notOpeners.contains(word) else { return false }
        if adjectives.contains(word) { return true }
        return endings.contains { word.hasSuffix($0) && word.count > $0.count + 1 }
    }

    /// Whether `word` can begin an opening formula: "The" in English, the first word of
    /// a listed formula in other languages ("L’Assemblée", "Le", "La", "El").
    public func startsFormula(_ word: String) -> Bool {
        if englishFormulaRule { return word == "The" }
        guard word.first?.isUppercase == true || !capitalized else { return false }
        let key = String(word.map { $0 == "’" ? "'" : $0 }).lowercased()
        return formulas.keys.contains { $0 == key || $0.hasPrefix(key + " ") }
    }

    /// `The Human Rights Council,`, `L’Assemblée générale,`: the formula that opens the
    /// preamble, with the body it names.
    public func formulaBody(_ text: String) -> (String, Body?)? {
        guard let comma = text.last, [",", "，", "،"].contains(comma), text.count <= 60 else { return nil }
        if englishFormulaRule {
            guard text.hasPrefix("The ") else { return nil }
            let name = String(text.dropFirst(4).dropLast(1))
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 8,
                words.allSatisfy({ $0.first!.isUppercase || $0 == "and" || $0 == "of" || $0 == "the" })
            else { return nil }
            return (text, Body(rawValue: name))
        }
        let key = String(text.dropLast(1).map { $0 == "’" ? "'" : $0 }).lowercased()
        guard let body = formulas[key], text.first?.isUppercase == true || !capitalized else { return nil }
        return (text, body)
    }
}
