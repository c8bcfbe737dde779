import ResolutionDiff
import ResolutionLanguage
import ResolutionModel

@testable import ResolutionReader

/// The reader's invariant, as a test can state it: every word of a text's lines ends up
/// in a place of the model (header, opening formula, a paragraph and its number, a
/// heading, a footnote and its number, a note, the adoption block, or a line set aside
/// as furniture with its reason). Words are runs of letters and digits, superscript
/// digits read as digits, so joining lines, hyphenation and spacing change nothing.
package enum WordLedger {
    /// Words of every line of `text` that is not blank, as the line classifier reads them.
    package static func sourceWords(_ text: String, language: LanguageCode = .en) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in LineClassifier.classify(text, language: Language.of(language)) where line.role != .blank {
            add(line.text, to: &counts)
        }
        return counts
    }

    /// Words of every place of the model.
    package static func placedWords(_ d: Document) -> [String: Int] {
        var counts: [String: Int] = [:]
        var places = d.header + d.adoption + d.setAside.map(\.text) + d.metadata.notes
        places += d.openingFormula.map { [$0] } ?? []
        places += d.allParagraphs.flatMap { [$0.number ?? "", $0.text] }
        places += d.headings.map(\.text)
        places += d.footnotes.flatMap { [String($0.number), $0.text] }
        for place in places { add(place, to: &counts) }
        return counts
    }

    /// Words of the text that the model does not hold as often as the text has them,
    /// with how many are missing: empty when nothing was lost.
    package static func missing(_ text: String, _ d: Document) -> [String: Int] {
        let placed = placedWords(d)
        var missing: [String: Int] = [:]
        for (word, n) in sourceWords(text, language: d.language) where placed[word, default: 0] < n {
            missing[word] = n - placed[word, default: 0]
        }
        return missing
    }

    private static func add(_ text: String, to counts: inout [String: Int]) {
        var word = ""
        for scalar in text.unicodeScalars {
            if let digit = superscript[scalar] {
                word.unicodeScalars.append(digit)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                counts[word, default: 0] += 1
                word = ""
            }
        }
        if !word.isEmpty { counts[word, default: 0] += 1 }
    }

    private static let superscript: [Unicode.Scalar: Unicode.Scalar] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]
}
