import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// Escaping for HTML text and attribute values. Every piece of document text that
/// reaches the HTML report goes through here: resolutions quote, and a draft can contain
/// anything, `<script>` included.
enum HTMLEscape {
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A fragment identifier made of a label: `OP13(a)` → `OP13-a`.
    static func anchor(_ prefix: String, _ label: String) -> String {
        prefix + "-" + String(label.map { $0.isLetter || $0.isNumber ? $0 : "-" }).trimming("-")
    }
}
