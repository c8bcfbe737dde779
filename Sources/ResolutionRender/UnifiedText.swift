import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff OLD NEW` (the default format): the change report as text, read like
/// `git diff` for paragraphs. A header names both documents, a summary line counts the
/// changes, and each changed paragraph is a hunk headed `@@ OP18 → OP21 moved,
/// renumbered @@` with the changed words marked inside it.
///
/// Marks are wdiff's (`[-deleted-]`, `{+inserted+}`) or, for a terminal, colour:
/// deletions red and struck through, insertions green and underlined, so that the
/// meaning survives without colour too. Paragraphs wrap to `width` with a hanging
/// indent, never inside a marker or an escape sequence.
public struct UnifiedText {
    /// What to show and how: colour and width come from the terminal, via the command line.
    public struct Options: Sendable, Equatable {
        public var presentation: PresentationOptions
        public var color: Bool
        /// Terminal width; 0 for no wrapping.
        public var width: Int
        /// Only the summary and one line per changed paragraph.
        public var stat: Bool

        public init(
            presentation: PresentationOptions = PresentationOptions(), color: Bool = false, width: Int = 80,
            stat: Bool = false
        ) {
            self.presentation = presentation
            self.color = color
            self.width = width
            self.stat = stat
        }
    }

    /// Continuation lines of a wrapped paragraph start here.
    static let hangingIndent = "    "

    enum SGR {
        static let reset = "\u{1B}[0m"
        static let bold = "\u{1B}[1m"
        static let header = "\u{1B}[36m"
        static let deleted = "\u{1B}[31;9m"
        static let inserted = "\u{1B}[32;4m"
    }

    let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The report as text.
    public static func render(_ report: ChangeReport, options: Options = Options()) -> String {
        UnifiedText(options: options).render(report)
    }

    /// Header, summary, changed metadata, then one hunk per shown entry.
    public func render(_ r: ChangeReport) -> String {
        let w = ReportWords.of(r)
        var out = header(r, w)
        let visibility = Presentation.visibility(r.entries, options.presentation)
        let hidden = r.entries.enumerated().filter { !$0.element.isUnchanged && visibility[$0.offset] != .change }.count
        out +=
            Presentation.summary(r, w) + (hidden > 0 ? "\(w.semicolon) " + w.count(hidden, w.technicalHidden) : "")
            + "\n"
        for m in r.metadata {
            out +=
                "\(w.changedField(m.field))\(w.colon) \(w.value(m.field, m.old ?? "")) → \(w.value(m.field, m.new ?? ""))\n"
        }
        for (e, v) in zip(r.entries, visibility) where v != .hidden {
            if options.stat {
                if v == .change { out += "\(Presentation.labels(e, w))  \(Presentation.kinds(e, w))\n" }
                continue
            }
            switch v {
            case .change:
                out +=
                    "\n" + styled("@@ \(Presentation.labels(e, w)) \(Presentation.kinds(e, w)) @@", SGR.header) + "\n"
                out += wrap(e.words)
            case .context:
                out += "\n" + styled("@@ \(Presentation.labels(e, w).replacingArrow()) @@", SGR.header) + "\n"
                out += wrap(e.words)
            case .line:
                out += "\(Presentation.labels(e, w).replacingArrow())\n"
            case .hidden:
                break
            }
        }
        return out
    }

    private func header(_ r: ChangeReport, _ w: ReportWords) -> String {
        func describe(_ d: Document, _ sign: String) -> String {
            let m = d.metadata
            var parts = ["\(sign) \(m.symbol ?? Presentation.basename(d.file))"]
            if let title = m.title { parts.append(title) }
            let dates = [w.body(m.body), m.session, m.adoptionDate.map { "\(w.adopted) \(Presentation.shown($0, w))" }]
                .compactMap { $0 }
            if !dates.isEmpty { parts.append("(\(dates.joined(separator: ", ")))") }
            return styled(parts.joined(separator: "  "), SGR.bold) + "\n"
        }
        return describe(r.old, "---") + describe(r.new, "+++")
    }

    private func styled(_ text: String, _ code: String) -> String {
        options.color ? code + text + SGR.reset : text
    }

    /// Lays out words on lines of at most `width` visible characters. Words written
    /// without a space between them (`rights[-,-]`, `[-and of-]{+,+}`) form one unit
    /// that is never broken; a unit longer than the line gets a line of its own.
    func wrap(_ words: [ChangeReport.Word]) -> String {
        var units: [(text: String, length: Int)] = []
        for word in words {
            let (shown, length) = render(word)
            if word.spaceBefore || units.isEmpty {
                units.append((shown, length))
            } else {
                units[units.count - 1].text += shown
                units[units.count - 1].length += length
            }
        }
        var out = ""
        var line = ""
        var visible = 0
        for unit in units {
            if visible > 0 && options.width > 0 && visible + 1 + unit.length > options.width {
                out += line + "\n"
                line = Self.hangingIndent + unit.text
                visible = Self.hangingIndent.count + unit.length
            } else {
                if visible > 0 { line += " "; visible += 1 }
                line += unit.text
                visible += unit.length
            }
        }
        return out + line + "\n"
    }

    /// A word with its markers or colour, and its visible length.
    private func render(_ w: ChangeReport.Word) -> (String, Int) {
        switch w.kind {
        case .equal:
            return (w.text, w.text.count)
        case .delete, .insert:
            if options.color {
                return ((w.kind == .delete ? SGR.deleted : SGR.inserted) + w.text + SGR.reset, w.text.count)
            }
            let (open, close) = w.kind == .delete ? ("[-", "-]") : ("{+", "+}")
            let text = (w.opensRun ? open : "") + w.text + (w.closesRun ? close : "")
            return (text, text.count)
        }
    }
}

extension String {
    /// "PP5 → PP5" as "PP5 = PP5", for unchanged paragraphs.
    fileprivate func replacingArrow() -> String {
        split(separator: " ").map { $0 == "→" ? "=" : String($0) }.joined(separator: " ")
    }
}
