import ResolutionModel

/// A resolution saved from a browser (`.html`): the text of the markup, with block
/// elements as line breaks and the line breaks of the HTML source as spaces, which is
/// how a browser shows it. `<sup>` is kept for the Markdown stage, which reads footnote
/// markers from it. O(n), one pass.
enum HTMLText {
    /// Whether decoded text is an HTML page rather than a text that mentions tags.
    static func isHTML(_ text: String) -> Bool {
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).prefix(15).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    /// Elements that end a line where they open or close.
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "blockquote", "hr", "header", "footer", "main", "nav", "dd", "dt", "title", "body",
    ]
    /// Elements whose content is not text a reader sees.
    static let skipped: Set<String> = ["script", "style", "head", "template", "noscript"]

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "’",
        "lsquo": "‘", "ldquo": "“", "rdquo": "”", "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«",
        "raquo": "»", "shy": "\u{00AD}",
    ]

    static func text(of html: String) -> String {
        var out = ""
        var skipping: String?
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            // A tag opens with "<" and a name, "/" or "!"; a bare "<" ("x < 5") is text.
            if c == "<", let next = html[html.index(after: i)...].first, next.isLetter || next == "/" || next == "!",
                let close = html[i...].firstIndex(of: ">")
            {
                let inner = html[html.index(after: i)..<close]
                let closing = inner.hasPrefix("/")
                let name = inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                i = html.index(after: close)
                if let s = skipping {
                    if closing && name == s { skipping = nil }
                    continue
                }
                if !closing && skipped.contains(name) && !inner.hasSuffix("/") {
                    skipping = name
                } else if name == "sup" {
                    out += closing ? "</sup>" : "<sup>"
                } else if blocks.contains(name), out.last != "\n" {
                    out += "\n"
                }
                continue
            }
            i = html.index(after: i)
            if skipping != nil { continue }
            if c == "&", let semi = html[i...].prefix(10).firstIndex(of: ";") {
                let name = String(html[i..<semi])
                if let decoded = entity(name) {
                    out += decoded
                    i = html.index(after: semi)
                    continue
                }
            }
            // The source's own line breaks and runs of spaces are one space.
            if c.isWhitespace && c != "\u{00A0}" {
                if let last = out.last, last != " ", last != "\n" { out.append(" ") }
            } else {
                out.append(c)
            }
        }
        return out
    }

    private static func entity(_ name: String) -> String? {
        if let named = entities[name] { return named }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
