/// `resdiff OLD NEW`: the change report as plain text, one block per changed paragraph
/// with wdiff markers. (A first version; the unified renderer replaces it.)
public enum ReportText {
    public static func render(_ r: ChangeReport) -> String {
        var out = "--- \(r.old.metadata.symbol ?? r.old.file)\n+++ \(r.new.metadata.symbol ?? r.new.file)\n"
        let s = r.summary
        out += "\(s.added) added, \(s.removed) removed, \(s.reworded) reworded (\(s.technical) technical), \(s.moved) moved, \(s.renumbered) renumbered, \(s.split) split, \(s.merged) merged\n"
        for m in r.metadata {
            out += "\(m.field): \(m.old ?? "-") → \(m.new ?? "-")\n"
        }
        for e in r.entries where !e.isUnchanged {
            let labels = [e.old?.label, e.new?.label].compactMap { $0 }.joined(separator: " → ")
            out += "\n@@ \(labels) \(e.changes.map(\.rawValue).joined(separator: ", "))\(e.technical ? " (technical)" : "") @@\n"
            if !e.edits.isEmpty {
                out += wdiff(e.edits) + "\n"
            } else if let text = e.new?.text ?? e.old?.text {
                out += text + "\n"
            }
        }
        return out
    }

    /// wdiff's notation for a run of edits: `[-deleted-]`, `{+inserted+}`.
    public static func wdiff(_ edits: [ChangeReport.Edit]) -> String {
        var out = ""
        var previous: ChangeReport.Edit?
        var previousAtStart = true
        for e in edits {
            let space: Bool
            if e.op == .insert, let p = previous, p.op == .delete {
                space = (p.spaceBefore || previousAtStart) && e.text.first.map { $0.isLetter || $0.isNumber } == true
            } else {
                space = !out.isEmpty && e.spaceBefore
            }
            if space { out += " " }
            previousAtStart = out.isEmpty
            previous = e
            switch e.op {
            case .equal: out += e.text
            case .delete: out += "[-\(e.text)-]"
            case .insert: out += "{+\(e.text)+}"
            }
        }
        return out
    }
}
