import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff parse` as text: the metadata, then one paragraph a line as `LABEL  text`.
///
/// One line per paragraph is what makes it useful as git's `textconv`: a plain
/// `git diff` of two versions then shows changed paragraphs, not changed line breaks.
public enum DocumentText {
    /// Metadata lines, headings as `#` lines, paragraphs as `LABEL  text`, footnotes as `[n]  text`.
    public static func render(_ d: Document) -> String {
        let m = d.metadata
        var out = ""
        func field(_ name: String, _ value: String?) {
            if let value { out += "\(name): \(value)\n" }
        }
        for f in Metadata.fields {
            guard let label = f.parseLabel else { continue }
            if f.key == "symbol" {
                // The symbol says where it came from when the text does not print it.
                field(label, m.symbol.map { s in m.symbolSource == .text ? s : "\(s) (\(m.symbolSource!.rawValue))" })
                field("kind", d.kind.rawValue)
            } else {
                field(label, f.value(m))
            }
        }
        for note in m.notes { field("note", note) }
        out += "\n"
        if let formula = d.openingFormula { out += "\(formula)\n" }
        var lastSection: [String] = []
        for p in d.allParagraphs {
            if p.level == 0 && p.section != lastSection {
                for (depth, heading) in p.section.enumerated()
                where depth >= lastSection.count || lastSection[depth] != heading {
                    out += String(repeating: "#", count: depth + 1) + " \(heading)\n"
                }
                lastSection = p.section
            }
            out += "\(p.label)  \(p.text)\n"
        }
        for f in d.footnotes {
            out += "[\(f.number)]  \(f.text)\n"
        }
        return out
    }
}
