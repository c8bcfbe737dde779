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

    /// Drafts made from this text as delegations make them, each named: a paragraph
    /// moved, split, merged, inserted and deleted, moved across the preamble both ways,
    /// a word edited where it stands three times, a block reversed, words reworded.
    /// The amendment round trip and the Word redline are both tested on them. (Written
    /// for 32/6: each cut names the words it cuts at, and fails if they are not there.)
    package func generatedDrafts() throws -> [(String, ResolutionWriter)] {
        var variants: [(String, ResolutionWriter)] = []
        var moved = self
        moved.operative.insert(moved.operative.remove(at: 4), at: 19)
        variants.append(("moved", moved))
        var split = self
        let op19 = split.operative[18]
        let cut = try unwrap(op19.range(of: ", and encourages non-governmental organizations"))
        split.operative[18] = String(op19[..<cut.lowerBound]) + ";"
        split.operative.insert("Encourages non-governmental organizations" + op19[cut.upperBound...], at: 19)
        variants.append(("split", split))
        var merged = self
        let op17 = merged.operative.remove(at: 16)
        merged.operative[15] =
            String(merged.operative[15].dropLast()) + ", and also requests the Office "
            + op17.dropFirst("Also requests the Office ".count)
        variants.append(("merged", merged))
        var inserted = self
        inserted.operative.insert("Decides to convene a one-day seminar on the matter;", at: 3)
        inserted.operative.remove(at: 22)
        inserted.preambular.remove(at: 2)
        variants.append(("inserted and deleted", inserted))
        // A preambular paragraph moved into the operative part (PP9 to precede OP1),
        // and an operative one moved into the preamble: each takes its new part's
        // numbering, and the rest are renumbered.
        var acrossForward = self
        acrossForward.operative.insert(acrossForward.preambular.remove(at: 8), at: 0)
        variants.append(("preambular moved into the operative part", acrossForward))
        var acrossBack = self
        // (Reworded as a preambular paragraph opens: "Reaffirms … ;" → "Reaffirming … ,".)
        let op1 = acrossBack.operative.remove(at: 0)
        guard op1.hasPrefix("Reaffirms"), op1.hasSuffix(";") else { throw Missing(what: "OP1 as \"Reaffirms … ;\"") }
        acrossBack.preambular.append("Reaffirming" + op1.dropFirst("Reaffirms".count).dropLast() + ",")
        variants.append(("operative moved into the preamble", acrossBack))
        // An edit to a word that stands three times in its paragraph (OP5's "the"): the
        // instruction must quote enough to name one place.
        var repeated = self
        let op5 = repeated.operative[4]
        let second = try unwrap(op5.range(of: "regard the holding"))
        repeated.operative[4] = op5.replacingCharacters(in: second, with: "regard a holding")
        variants.append(("a word that stands three times", repeated))
        var reversed = self
        reversed.operative[4...8].reverse()
        variants.append(("reversed block", reversed))
        var reworded = self
        reworded.operative[23] = reworded.operative[23].replacingOccurrences(
            of: "possible proposals", with: "concrete proposals"
        )
        .replacingOccurrences(of: "70/153", with: "71/197")
        reworded.preambular[0] = reworded.preambular[0].replacingOccurrences(of: "promoting", with: "strengthening")
        variants.append(("reworded", reworded))
        return variants
    }

    private struct Missing: Error {
        var what: String
    }

    private func unwrap<T>(_ value: T?) throws -> T {
        guard let value else { throw Missing(what: "\(T.self)") }
        return value
    }
}
