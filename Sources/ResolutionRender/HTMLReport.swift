import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff OLD NEW --format html`: a change report a delegation can read, print and
/// circulate. One self-contained file: inline CSS, no scripts, nothing to fetch.
///
/// It shows the two documents, the metadata that changed, a summary with links to every
/// changed paragraph, a legend, and then the new text in order with removed paragraphs
/// where they stood, deletions in `<del>` and insertions in `<ins>`, and badges in the
/// margin (NEW, REMOVED, REWORDED 93%, TECHNICAL, MOVED from OP18, RENUMBERED from OP14,
/// SPLIT, MERGED). Side by side, old and new stand in two columns. Reads only the
/// report; the output is the same bytes for the same inputs.
public struct HTMLReport {
    /// Which entries to show, which layout, and amendments to list.
    public struct Options: Sendable, Equatable {
        public var presentation: PresentationOptions
        public var sideBySide: Bool
        /// Amendments to list before the text (`resdiff amend --format html`).
        public var amendments: [PlacedInstruction]?

        public init(
            presentation: PresentationOptions = PresentationOptions(), sideBySide: Bool = false,
            amendments: [PlacedInstruction]? = nil
        ) {
            self.presentation = presentation
            self.sideBySide = sideBySide
            self.amendments = amendments
        }
    }

    let report: ChangeReport
    let options: Options
    /// The report's own words, in its texts' language where they are written.
    let w: ReportWords

    /// The whole page, one self-contained string.
    public static func render(_ report: ChangeReport, options: Options = Options()) -> String {
        HTMLReport(report: report, options: options, w: ReportWords.of(report)).render()
    }

    /// The documents' language on the element that holds their text, with its writing
    /// direction, where the report's own words are in another (Russian, Arabic and
    /// Chinese texts in an English report). Nothing otherwise, so that an English
    /// report keeps its bytes.
    var languageAttributes: String {
        let language = report.new.paragraphs.isEmpty ? report.old.language : report.new.language
        guard language.rawValue != w.tag else { return "" }
        return " lang=\"\(language.rawValue)\"" + (language.isRightToLeft ? " dir=\"rtl\"" : "")
    }

    func render() -> String {
        let oldName = Presentation.name(report.old)
        let newName = Presentation.name(report.new)
        var html = """
            <!DOCTYPE html>
            <html lang="\(w.tag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="resdiff \(ResdiffVersion.string)">
            <title>\(e(ReportWords.fill(w.changesTitle, oldName, newName)))</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(e(ReportWords.fill(w.changesFrom, oldName, newName)))</h1>

            """
        if let title = report.new.metadata.title ?? report.old.metadata.title {
            html += "<p class=\"doc-title\">\(e(title))</p>\n"
        }
        // The first screen: which texts, how much changed, then the changes. The
        // details of both versions and the legend follow the text.
        html += versions() + "</header>\n"
        html += summary() + HTMLNavigation.bar(w) + amendmentList()
        html += options.sideBySide ? sideBySide() : inline()
        html +=
            "<section class=\"details\" aria-labelledby=\"details\">\n<h2 id=\"details\">\(e(w.details))</h2>\n"
            + documents() + metadata() + "</section>\n" + legend()
        html += HTMLNavigation.script
        html +=
            "<footer>\(e(ReportWords.fill(w.footer, ResdiffVersion.string)))</footer>\n</body>\n</html>\n"
        return html
    }

    private func e(_ s: String) -> String { HTMLEscape.text(s) }

    // MARK: Header

    /// Each version in one line: symbol, body, session, adoption date, file name.
    private func versions() -> String {
        var html = ""
        for (side, d) in [(w.oldVersion, report.old), (w.newVersion, report.new)] {
            let m = d.metadata
            let facts = [w.body(m.body), m.session, m.adoptionDate.map { w.adopted + " " + Presentation.shown($0, w) }]
                .compactMap { $0 }.map(e)
            html +=
                "<p class=\"version\"><span class=\"which\">\(side)</span> <strong>\(e(Presentation.name(d)))</strong>"
                + facts.map { " · \($0)" }.joined()
                + " · <span class=\"file\">\(e(Presentation.basename(d.file)))</span></p>\n"
        }
        return html
    }

    private func documents() -> String {
        let (a, b) = (report.old, report.new)
        // The title second: a reader checks which texts these are before anything else.
        let keys = ["symbol", "title", "body", "session", "adoptionDate", "meeting", "vote"]
        let rows: [(String, String?, String?)] =
            keys.compactMap(Metadata.field).map { f in
                (
                    w.title(f.key), f.value(a.metadata).map { w.value(f.key, $0) },
                    f.value(b.metadata).map { w.value(f.key, $0) }
                )
            }
            // The file's own name: the directories it was compared from are the reader's.
            + [(w.file, Presentation.basename(a.file), Presentation.basename(b.file))]
        var html =
            "<table class=\"documents\">\n<caption class=\"visually-hidden\">\(e(w.versionsCompared))</caption>\n"
        html +=
            "<thead><tr><th scope=\"col\"></th><th scope=\"col\">\(e(w.oldVersion))</th><th scope=\"col\">\(e(w.newVersion))</th></tr></thead>\n<tbody>\n"
        for (name, x, y) in rows where x != nil || y != nil {
            html += "<tr><th scope=\"row\">\(e(name))</th><td>\(e(x ?? "—"))</td><td>\(e(y ?? "—"))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func metadata() -> String {
        guard !report.metadata.isEmpty else { return "" }
        var html = "<h2 id=\"metadata\">\(e(w.metadataChanged))</h2>\n<table class=\"metadata\">\n"
        html +=
            "<thead><tr><th scope=\"col\">\(e(w.field))</th><th scope=\"col\">\(e(w.oldVersion))</th><th scope=\"col\">\(e(w.newVersion))</th></tr></thead>\n<tbody>\n"
        for m in report.metadata {
            html +=
                "<tr><th scope=\"row\">\(e(w.changedField(m.field)))</th><td><del>\(e(w.value(m.field, m.old ?? "")))</del></td><td><ins>\(e(w.value(m.field, m.new ?? "")))</ins></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    // MARK: Summary and legend

    private func anchor(_ entry: ChangeReport.Entry) -> String {
        if let new = entry.new { return HTMLEscape.anchor("new", new.label.description) }
        return HTMLEscape.anchor("old", entry.old?.label.description ?? "")
    }

    private func summary() -> String {
        let shown = report.entries.filter { Presentation.isShownChange($0, options.presentation) }
        var html = "<nav aria-labelledby=\"summary\">\n<h2 id=\"summary\">\(e(w.summary))</h2>\n"
        html += "<p>\(e(Presentation.summary(report, w))).</p>\n"
        html +=
            "<table class=\"summary\">\n<thead><tr><th scope=\"col\">\(e(w.change))</th><th scope=\"col\">\(e(w.paragraphs))</th>"
            + "<th scope=\"col\">\(e(w.otherParts))</th><th scope=\"col\">\(e(w.whereColumn))</th></tr></thead>\n<tbody>\n"
        for kind in ChangeReport.ChangeKind.allCases {
            let entries = shown.filter { $0.changes.contains(kind) }
            let name = w.countFirst ? kind.rawValue : w.kinds[kind] ?? kind.rawValue
            html += row(name.prefix(1).uppercased() + name.dropFirst(), entries)
        }
        html += row(w.technicalRow, shown.filter(\.technical))
        let unchangedOther = report.summary { !$0.isParagraph }.unchanged
        html +=
            "<tr><th scope=\"row\">\(e(w.unchanged))</th><td class=\"count\">\(report.summary.unchanged)</td>"
            + "<td class=\"count\">\(unchangedOther)</td><td></td></tr>\n"
        return html + "</tbody>\n</table>\n</nav>\n"
    }

    private func row(_ name: String, _ entries: [ChangeReport.Entry]) -> String {
        let links = entries.map { "<a href=\"#\(anchor($0))\">\(e(Presentation.labels($0, w)))</a>" }.joined(
            separator: ", ")
        // Paragraphs apart from footnotes, notes, headings, header and adoption block, so
        // that the first column says what the summary sentence says.
        let paragraphs = entries.filter { ($0.new ?? $0.old)?.kind.isParagraph == true }.count
        return "<tr><th scope=\"row\">\(e(name))</th><td class=\"count\">\(paragraphs)</td>"
            + "<td class=\"count\">\(entries.count - paragraphs)</td><td>\(links)</td></tr>\n"
    }

    private func amendmentList() -> String {
        guard let amendments = options.amendments else { return "" }
        var html =
            "<section aria-labelledby=\"amendments\">\n<h2 id=\"amendments\">\(e(w.amendments))</h2>\n<ol class=\"amendments\">\n"
        for instruction in amendments.map(\.instruction) {
            html +=
                "<li>\(e(AmendmentText.sentence(instruction, language: report.old.language)).replacingOccurrences(of: "\n", with: "<br>"))</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private func legend() -> String {
        "<section class=\"legend\" aria-labelledby=\"legend\">\n<h2 id=\"legend\">\(e(w.legend))</h2>\n<dl>\n"
            + w.legendItems.map { "<dt>\($0.term)</dt><dd>\($0.meaning)</dd>\n" }.joined() + "</dl>\n</section>\n"
    }

    // MARK: The text

    private func badges(_ entry: ChangeReport.Entry) -> String {
        guard Presentation.isShownChange(entry, options.presentation) else { return "" }
        var items: [(String, String)] = []
        let oldLabel = entry.old.map { "\($0.label)" } ?? ""
        for kind in entry.changes {
            switch kind {
            case .added: items.append(("added", w.badgeNew))
            case .removed: items.append(("removed", w.badgeRemoved))
            case .reworded:
                items.append(("reworded", Self.rewordedBadge(entry, w)))
            case .renumbered: items.append(("renumbered", ReportWords.fill(w.renumberedFrom, oldLabel)))
            case .moved: items.append(("moved", ReportWords.fill(w.movedFrom, oldLabel)))
            case .split: items.append(("split", ReportWords.fill(w.splitFrom, oldLabel)))
            case .citations: items.append(("citations", w.citationsChanged))
            case .merged:
                items.append(("merged", ReportWords.fill(w.mergedInto, entry.new.map { "\($0.label)" } ?? "")))
            }
        }
        if entry.technical { items.append(("technical", w.badgeTechnical)) }
        return items.map { "<span class=\"badge \($0.0)\">\(e($0.1))</span>" }.joined(separator: " ")
    }

    /// What a rewording did, in words that cannot be read backwards: how many words
    /// changed ("REWORDED · 3 WORDS CHANGED"); for a paragraph shown replaced, how much
    /// of its text was kept ("REWRITTEN · 21% OF THE TEXT KEPT").
    static func rewordedBadge(_ entry: ChangeReport.Entry, _ w: ReportWords) -> String {
        if entry.isRewritten { return ReportWords.fill(w.rewritten, Presentation.percent(entry.similarity, w)) }
        switch entry.wordsChanged {
        case 0: return w.punctuationChanged
        case 1: return w.oneWordChanged
        case let n: return ReportWords.fill(w.wordsChanged, String(n))
        }
    }

    /// The paragraph's words with `<del>` and `<ins>`; only the old side's or the new
    /// side's words when `side` is given (side by side).
    private func marked(_ entry: ChangeReport.Entry, side: EditScript.Kind? = nil) -> String {
        let showChanges = Presentation.isShownChange(entry, options.presentation)
        if !showChanges {
            return e((side == .delete ? entry.old : entry.new ?? entry.old)?.text ?? "")
        }
        var html = ""
        var open: EditScript.Kind?
        for word in entry.words {
            if side == .delete && word.kind == .insert || side == .insert && word.kind == .delete { continue }
            if open != nil && open != word.kind {
                html += open == .delete ? "</del>" : "</ins>"
                open = nil
            }
            if word.spaceBefore && !html.isEmpty { html += " " }
            if open == nil && word.kind != .equal {
                html += word.kind == .delete ? "<del>" : "<ins>"
                open = word.kind
            }
            html += e(word.text)
        }
        if let o = open { html += o == .delete ? "</del>" : "</ins>" }
        return html
    }

    /// The numbered instructions that act on each entry, as the writer placed them.
    private func instructionsByEntry() -> [Int: [(Int, AmendmentInstruction)]] {
        var byEntry: [Int: [(Int, AmendmentInstruction)]] = [:]
        for (n, placed) in (options.amendments ?? []).enumerated() {
            byEntry[placed.entry, default: []].append((n + 1, placed.instruction))
        }
        return byEntry
    }

    private func inline() -> String {
        var html =
            "<main\(languageAttributes)>\n<h2 id=\"text\">\(e(ReportWords.fill(w.textOf, Presentation.name(report.new))))</h2>\n"
        if let formula = report.new.openingFormula { html += "<p class=\"formula\">\(e(formula))</p>\n" }
        var section: [String] = []
        let amendments = instructionsByEntry()
        var part = ParagraphKind.preambular
        for (k, entry) in report.entries.enumerated() {
            let side = entry.new ?? entry.old!
            // The other parts follow the text, each under its own heading: the notes
            // section of the report.
            if !side.kind.isParagraph, side.kind != part,
                Presentation.otherParts.contains(side.kind), let name = w.parts[side.kind]
            {
                html += "<h3 class=\"part\">\(e(name.prefix(1).uppercased() + name.dropFirst()))</h3>\n"
                part = side.kind
            }
            if side.level == 0, entry.new != nil, side.section != section {
                for (depth, heading) in side.section.enumerated()
                where depth >= section.count || section[depth] != heading {
                    let level = min(6, depth + 3)
                    html += "<h\(level)>\(e(heading))</h\(level)>\n"
                }
                section = side.section
            }
            let state = entry.isUnchanged ? "unchanged" : entry.changes.contains(.removed) ? "removed" : "changed"
            let kinds = HTMLNavigation.kinds(entry)
            let indent = side.level > 0 ? " style=\"margin-left: \(side.level * 2)rem\"" : ""
            html +=
                "<div class=\"para \(state)\" id=\"\(anchor(entry))\" data-kind=\"\(kinds)\" tabindex=\"-1\"\(indent)>"
            html += "<div class=\"badges\">\(badges(entry))</div>"
            html += "<p><span class=\"label\">\(e(side.label.description))</span> \(marked(entry))</p>"
            for (n, instruction) in amendments[k] ?? [] {
                let sentence = e(AmendmentText.sentence(instruction, language: report.old.language))
                    .replacingOccurrences(of: "\n", with: " ")
                html +=
                    "<p class=\"amendment\"><span class=\"badge\">\(e(ReportWords.fill(w.amendment, String(n))))</span> \(sentence)</p>"
            }
            html += "</div>\n"
        }
        return html + "</main>\n"
    }

    private func sideBySide() -> String {
        let oldName = Presentation.name(report.old), newName = Presentation.name(report.new)
        var html =
            "<main\(languageAttributes)>\n<h2 id=\"text\">\(e(ReportWords.fill(w.paragraphAgainstParagraph, oldName, newName)))</h2>\n"
        html +=
            "<table class=\"side\">\n<thead><tr><th scope=\"col\">\(e(w.paragraph))</th><th scope=\"col\">\(e(oldName))</th><th scope=\"col\">\(e(newName))</th></tr></thead>\n<tbody>\n"
        for entry in report.entries {
            html +=
                "<tr id=\"\(anchor(entry))\" data-kind=\"\(HTMLNavigation.kinds(entry))\" tabindex=\"-1\"><td class=\"label\">\(e(Presentation.labels(entry, w)))\(badges(entry))</td>"
            html += "<td>\(entry.old == nil ? "" : marked(entry, side: .delete))</td>"
            html += "<td>\(entry.new == nil ? "" : marked(entry, side: .insert))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</main>\n"
    }
}
