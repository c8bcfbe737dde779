import ResolutionDiff

/// Writes a resolution text back from paragraph texts, so that tests can build variants
/// of a corpus resolution (a paragraph moved, split, merged, a block reversed) and
/// compare them with the original written the same way. Operative paragraphs are
/// numbered 1, 2, 3 in the order given, as a drafter renumbers them.
package struct ResolutionWriter {
    package var header =
        "Human Rights Council\n\nThirty-second session\n\n32/6. Enhancement of international cooperation in the field of human rights"
    package var formula = "The Human Rights Council,"
    package var preambular: [String]
    package var operative: [String]

    package init(_ document: Document) {
        preambular = document.paragraphs(of: .preambular).map(\.text)
        operative = document.paragraphs(of: .operative).map(\.text)
    }

    package var text: String {
        var out = header + "\n\n" + formula + "\n\n"
        for p in preambular { out += p + "\n\n" }
        for (n, p) in operative.enumerated() { out += "\(n + 1). \(p)\n\n" }
        return out
    }

    package func parse() throws -> Document {
        try ResolutionParser.parse(text: text, name: "generated.txt")
    }
}
