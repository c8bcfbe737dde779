import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff concord` output: the two versions in a line each, the count of pairs, then
/// one disagreement a line (text), the same for scripts (JSON), or a table a person
/// can print (HTML, every piece of text escaped).
enum ConcordRender {
    static func name(_ d: Document) -> String {
        "\(Presentation.name(d)) (\(d.language.name))"
    }

    static func summary(_ c: Concordance) -> String {
        let n = c.disagreements.count
        return "\(c.paired) paragraphs and footnotes paired, \(n == 0 ? "no" : "\(n)") disagreement\(n == 1 ? "" : "s")"
    }

    static func values(_ v: [String]) -> String { v.isEmpty ? "—" : v.joined(separator: ", ") }

    static func text(_ c: Concordance) -> String {
        var out = "concord \(name(c.first)) and \(name(c.second))\n\(summary(c))\n"
        for d in c.disagreements {
            out += "\(d.place)  \(d.kind.rawValue): \(values(d.first)) | \(values(d.second))\n"
        }
        return Typography.visibleControls(out)
    }

    static func json(_ c: Concordance) -> String {
        func side(_ d: Document) -> JSONValue {
            .object([
                ("file", .string(Presentation.basename(d.file))), ("language", .string(d.language.rawValue)),
                ("symbol", .optional(d.metadata.symbol)),
            ])
        }
        return JSONValue.object([
            ("formatVersion", .int(1)), ("first", side(c.first)), ("second", side(c.second)),
            ("paired", .int(c.paired)),
            (
                "disagreements",
                .array(
                    c.disagreements.map { d in
                        .object([
                            ("place", .string(d.place)), ("kind", .string(d.kind.rawValue)),
                            ("first", .array(d.first.map(JSONValue.string))),
                            ("second", .array(d.second.map(JSONValue.string))),
                        ])
                    })
            ),
        ]).serialized()
    }

    static func html(_ c: Concordance) -> String {
        let e = HTMLEscape.text
        var rows = ""
        for d in c.disagreements {
            rows +=
                "<tr><th scope=\"row\">\(e(d.place))</th><td>\(e(d.kind.rawValue))</td>"
                + "<td lang=\"\(c.first.language.rawValue)\">\(e(values(d.first)))</td>"
                + "<td lang=\"\(c.second.language.rawValue)\">\(e(values(d.second)))</td></tr>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(e(name(c.first))) and \(e(name(c.second))): concordance</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
            </style>
            </head>
            <body>
            <h1>\(e(name(c.first))) and \(e(name(c.second)))</h1>
            <p>\(e(summary(c)))</p>
            <table>
            <thead><tr><th scope="col">Where</th><th scope="col">What</th><th scope="col">\(e(c.first.language.name))</th><th scope="col">\(e(c.second.language.name))</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </body>
            </html>

            """
    }
}
