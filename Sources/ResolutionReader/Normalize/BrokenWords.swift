import ResolutionLanguage
import ResolutionModel

/// Mends words that PDF extraction tore apart with tabs: `42nd\tme\teting` is
/// "42nd meeting", `30 Ju\tne\t2016` is "30 June 2016".
///
/// A tab is a word break or a tear; which one is decided by a lexicon made of the
/// document's own words plus the words of the adoption block: two fragments are joined
/// when together they make a known word and one of them alone does not.
struct BrokenWords {
    /// Words of the adoption block and dates, which a torn line may contain and which the
    /// rest of the document may not spell out anywhere.
    static let builtIn = Set(
        (Lexicon.english.months + Lexicon.english.adoptionWords).map { $0.lowercased() })

    private var lexicon: Set<String>

    /// Builds the lexicon from the lines that have no tabs, so torn lines do not vouch
    /// for their own fragments.
    init(lines: [String]) {
        // Most texts have no tabs at all: no lexicon is needed then.
        guard lines.contains(where: { $0.utf8.contains(0x09) }) else {
            lexicon = []
            return
        }
        var words = Self.builtIn
        for line in lines where !line.contains("\t") {
            for word in line.split(whereSeparator: { !$0.isLetter }) where word.count > 1 {
                words.insert(word.lowercased())
            }
        }
        lexicon = words
    }

    func mend(_ line: String) -> String {
        guard line.utf8.contains(0x09) else { return line }
        let pieces = line.split(separator: "\t", omittingEmptySubsequences: false)
        var out = String(pieces[0])
        for piece in pieces.dropFirst() {
            let leftWord = out.split(separator: " ").last.map(String.init) ?? ""
            let rightWord = piece.split(separator: " ").first.map(String.init) ?? ""
            if shouldJoin(leftWord, rightWord) {
                out += piece
            } else {
                out += " " + piece
            }
        }
        return out
    }

    private func shouldJoin(_ left: String, _ right: String) -> Bool {
        guard let l = left.last, let r = right.first, l.isLetter, r.isLetter else { return false }
        let joined = (left + right).lowercased()
        guard lexicon.contains(joined) else { return false }
        return !lexicon.contains(left.lowercased()) || !lexicon.contains(right.lowercased())
    }
}
