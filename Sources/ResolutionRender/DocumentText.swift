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
    /// With `verbose`, the lines set aside as page furniture follow, each with its line
    /// number and the reason, so that a reader can see nothing was dropped.
    /// With `plain`, paragraphs carry no label: as git's textconv, a paragraph inserted
    /// near the top then changes one line, not the label of every line after it.
    public static func render(_ d: Document, verbose: Bool = false, plain: Bool = false) -> String {
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
                if d.language != .en { field("language", d.language.name) }
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
            out += plain ? "\(p.text)\n" : "\(p.label)  \(p.text)\n"
        }
        for f in d.footnotes {
            out += "[\(f.number)]  \(f.text)\n"
        }
        if verbose {
            if !d.adoption.isEmpty { out += "\n" + d.adoption.map { "adoption: \($0)\n" }.joined() }
            if !d.setAside.isEmpty {
                out += "\n" + d.setAside.map { "set aside (line \($0.line), \($0.reason)): \($0.text)\n" }.joined()
            }
        }
        return out
    }
}
