import ResolutionModel

/// How preambular paragraphs open. A line that follows a finished preambular paragraph
/// starts a new one only when it opens like one ("Recalling", "Deeply concerned",
/// "Mindful"); otherwise it is that paragraph's text continued after a line break, as
/// in "held in Durban," / "South Africa, from 31 August".
package enum Openers {
    /// Openers that are neither participles nor adverbs.
    static let adjectives: Set<String> = [
        "mindful", "aware", "conscious", "cognizant", "cognisant", "desirous", "keen", "whereas", "bearing",
        "convinced", "determined", "alarmed", "concerned", "guided", "further", "also", "noting", "acting",
        "taking", "having", "emphasising", "fully", "resolved", "appreciative", "grateful", "confident",
        "sensible", "anxious", "wishing",
    ]
    /// Capitalized words ending like participles that are names, not openers.
    static let names: Set<String> = [
        "united", "beijing", "reading", "washington", "kingdom", "wedding", "pudding", "sterling", "ling",
        "bed", "red", "shed", "fed", "wed", "led", "sled", "ted",
    ]

    /// Verbs that open operative paragraphs, in the present tense. An unnumbered
    /// paragraph opening with one of them after the preamble is the operative part of a
    /// resolution that has a single operative paragraph ("Takes note of the report ...").
    static let operativeVerbs: Set<String> = [
        "takes", "decides", "requests", "welcomes", "urges", "calls", "invites", "encourages", "reaffirms",
        "affirms", "notes", "stresses", "emphasizes", "expresses", "acknowledges", "endorses", "adopts", "approves",
        "condemns", "deplores", "recommends", "underlines", "reiterates", "appeals", "authorizes", "demands",
        "commends", "proclaims", "declares", "recognizes",
    ]

    /// Whether `text` opens with an operative verb: "Takes note ...", "Decides that ...".
    package static func startsOperative(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        return operativeVerbs.contains(text.prefix(while: \.isLetter).lowercased())
    }

    /// Whether `text` starts the way a preambular paragraph does.
    package static func startsPreambular(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        let word = text.prefix(while: { $0.isLetter || $0 == "-" }).lowercased()
        guard word.count >= 2, !names.contains(word) else { return false }
        if adjectives.contains(word) { return true }
        return word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("ly")
    }

    /// `The Human Rights Council,`: the formula that opens the preamble.
    package static func formulaBody(_ text: String) -> (String, Body?)? {
        guard text.hasPrefix("The "), text.hasSuffix(","), text.count <= 60 else { return nil }
        let name = String(text.dropFirst(4).dropLast(1))
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 8,
            words.allSatisfy({ $0.first!.isUppercase || $0 == "and" || $0 == "of" || $0 == "the" })
        else { return nil }
        return (text, Body(rawValue: name))
    }
}
