import DiffEngine
import ResolutionLanguage

/// The words of a report entry as every output shows them. Kept beside the report so
/// that the text and HTML renderers, the check messages and the amendment writer mark
/// the same words the same way.
extension ChangeReport {
    /// A word of a paragraph as shown: its text, its change, and whether a space comes
    /// before it. Runs of edits become words so that renderers can wrap and mark them.
    package struct Word: Equatable {
        package var text: String
        package var kind: EditScript.Kind
        package var spaceBefore: Bool
        /// First and last word of its run: where markers open and close.
        package var opensRun: Bool
        package var closesRun: Bool
    }

    /// wdiff's notation for a run of edits: `[-deleted-]`, `{+inserted+}`, spaced as the
    /// text was.
    package static func wdiff(_ edits: [Edit]) -> String {
        let entry = Entry(
            old: nil, new: nil, changes: [.reworded], similarity: 0, technical: false, edits: edits, texts: nil)
        var out = ""
        for word in entry.words {
            if word.spaceBefore && !out.isEmpty { out += " " }
            switch word.kind {
            case .equal: out += word.text
            case .delete: out += (word.opensRun ? "[-" : "") + word.text + (word.closesRun ? "-]" : "")
            case .insert: out += (word.opensRun ? "{+" : "") + word.text + (word.closesRun ? "+}" : "")
            }
        }
        return out
    }
}

extension ChangeReport.Entry {
    /// How many words the rewording changed, as a reader counts them: in each place
    /// that changed, the words taken out or the words put in, whichever are more
    /// ("sixty-sixth" → "seventy-sixth" is one word changed). Punctuation is no word:
    /// a comma made a semicolon changes none. Zero without edits.
    package var wordsChanged: Int {
        guard let texts else { return 0 }
        func words(_ tokens: [WordTokenizer.Token], _ range: Range<Int>) -> Int {
            range.reduce(0) { $0 + (tokens[$1].kind == .punctuation ? 0 : 1) }
        }
        var total = 0, deleted = 0, inserted = 0
        for edit in edits + [ChangeReport.Edit(op: .equal, text: "", spaceBefore: false)] {
            switch edit.op {
            case .delete: deleted += words(texts.old.tokens, edit.old)
            case .insert: inserted += words(texts.new.tokens, edit.new)
            case .equal:
                total += max(deleted, inserted)
                (deleted, inserted) = (0, 0)
            }
        }
        return total
    }

    /// The words of an entry: its edits for a reworded pair, its whole text as inserted
    /// or deleted for an added or removed paragraph, as equal text otherwise.
    package var words: [ChangeReport.Word] {
        // Rewritten beyond word-by-word reading: the old text struck, then the new.
        if !edits.isEmpty, isRewritten, let old, let new {
            return Self.runWords(old.text, kind: .delete, spaceBefore: false)
                + Self.runWords(new.text, kind: .insert, spaceBefore: true)
        }
        if !edits.isEmpty {
            var out: [ChangeReport.Word] = []
            var previous: ChangeReport.Edit?
            for edit in edits {
                var space = edit.spaceBefore
                // A replacement follows its deletion with a space when both are words.
                if edit.op == .insert, let p = previous, p.op == .delete {
                    space =
                        (p.spaceBefore || out.count == Self.splitWords(p.text).count)
                        && edit.text.first.map { $0.isLetter || $0.isNumber } == true
                }
                out += Self.runWords(edit.text, kind: edit.op, spaceBefore: space)
                previous = edit
            }
            if let first = out.first, first.spaceBefore { out[0].spaceBefore = false }
            return out
        }
        if changes.contains(.added), let new { return Self.runWords(new.text, kind: .insert, spaceBefore: false) }
        if changes.contains(.removed), let old { return Self.runWords(old.text, kind: .delete, spaceBefore: false) }
        return Self.runWords((new ?? old)?.text ?? "", kind: .equal, spaceBefore: false)
    }

    private static func splitWords(_ text: String) -> [Substring] {
        text.split(separator: " ", omittingEmptySubsequences: true)
    }

    private static func runWords(_ text: String, kind: EditScript.Kind, spaceBefore: Bool) -> [ChangeReport.Word] {
        let parts = splitWords(text)
        return parts.enumerated().map { k, part in
            ChangeReport.Word(
                text: String(part), kind: kind, spaceBefore: k == 0 ? spaceBefore : true, opensRun: k == 0,
                closesRun: k == parts.count - 1)
        }
    }
}
