import ResolutionLanguage
import ResolutionModel

/// Every comparison proves itself: each token (word or punctuation mark) of every
/// compared unit of OLD and of NEW (paragraphs, headings, footnotes, notes) must stand in
/// exactly one place of the report, as equal, deleted or inserted. A report whose counts
/// do not close is never shown: the command line stops with exit status 2 instead.
///
/// Cost: one tokenizing pass over both documents and one pass over the edits; no diff.
public struct WordAccount: Sendable, Equatable {
    /// Tokens of the units compared.
    public var oldTokens = 0
    public var newTokens = 0
    /// Tokens the report places: in an entry, and covered by its edits where it has any.
    public var placedOld = 0
    public var placedNew = 0
    /// Units whose tokens the report does not place (a unit left out, or edits that do
    /// not cover their texts), by label.
    public var unplaced: [String] = []

    /// Whether every token has its place.
    public var closes: Bool { unplaced.isEmpty && oldTokens == placedOld && newTokens == placedNew }
}

extension ChangeReport {
    /// The accounting of this report against its two documents.
    public func wordAccount() -> WordAccount {
        var account = WordAccount()
        func key(_ p: ParagraphKind, _ label: ParagraphLabel) -> String { "\(p.rawValue) \(label)" }
        var oldUnits: [String: Int] = [:], newUnits: [String: Int] = [:]
        for unit in old.comparedParts.joined() {
            let n = WordTokenizer.tokenize(unit.comparableText).count
            oldUnits[key(unit.kind, unit.label)] = n
            account.oldTokens += n
        }
        for unit in new.comparedParts.joined() {
            let n = WordTokenizer.tokenize(unit.comparableText).count
            newUnits[key(unit.kind, unit.label)] = n
            account.newTokens += n
        }
        var seenOld = Set<String>(), seenNew = Set<String>()
        for entry in entries {
            if let texts = entry.texts, !Self.editsCover(entry.edits, texts) {
                account.unplaced.append("\((entry.new ?? entry.old).map { "\($0.label)" } ?? "?")")
            }
            if let side = entry.old, seenOld.insert(key(side.kind, side.label)).inserted {
                account.placedOld += oldUnits[key(side.kind, side.label)] ?? 0
            }
            if let side = entry.new, seenNew.insert(key(side.kind, side.label)).inserted {
                account.placedNew += newUnits[key(side.kind, side.label)] ?? 0
            }
        }
        for (unit, n) in oldUnits where n > 0 && !seenOld.contains(unit) { account.unplaced.append("old \(unit)") }
        for (unit, n) in newUnits where n > 0 && !seenNew.contains(unit) { account.unplaced.append("new \(unit)") }
        account.unplaced.sort()
        return account
    }

    /// The edits run through both texts' tokens, in order, without gap or overlap.
    static func editsCover(_ edits: [Edit], _ texts: Texts) -> Bool {
        var oldAt = 0, newAt = 0
        for edit in edits {
            if edit.op != .insert {
                guard edit.old.lowerBound == oldAt else { return false }
                oldAt = edit.old.upperBound
            }
            if edit.op != .delete {
                guard edit.new.lowerBound == newAt else { return false }
                newAt = edit.new.upperBound
            }
        }
        return oldAt == texts.old.tokens.count && newAt == texts.new.tokens.count
    }
}
