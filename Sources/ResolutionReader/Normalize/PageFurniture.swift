import ResolutionLanguage
import ResolutionModel

/// Page furniture: what a PDF page adds around the text and what is never part of a
/// paragraph. Recognised by shape, line by line, before segmentation.
///
/// The shapes come from the United Nations' own layout: job numbers such as
/// `GE.16-12199(E)` or `10-52648 (E)` with their print dates, the barcode that
/// repeats the job number as `* 1 5 0 6 8 8 4 *`, the recycling notice, running heads that
/// repeat the document symbol, and page numbers.
public enum FurnitureKind: String, Sendable, Equatable {
    case jobNumber, barcode, recycleNotice, runningHead, pageNumber, rule

    /// Why a line of this kind is set aside, as `parse --verbose` says it.
    public var reason: String {
        switch self {
        case .jobNumber: return "job number"
        case .barcode: return "barcode"
        case .recycleNotice: return "recycling notice"
        case .runningHead: return "running head"
        case .pageNumber: return "page number"
        case .rule: return "rule"
        }
    }
}

enum PageFurniture {
    /// Classifies one line (markup already removed), or `nil` when it is text.
    static func classify(_ text: String) -> FurnitureKind? {
        let t = Substring(text)
        // Furniture lines are short; a paragraph's line is not furniture.
        if t.isEmpty || t.utf8.count > 100 { return nil }
        if isJobNumber(t) { return .jobNumber }
        if isBarcode(t) { return .barcode }
        // The notice in the languages read: "Merci de recycler", "Sírvase reciclar".
        if t.hasPrefix("Please recycle") || t.hasPrefix("Merci de recycler") || t.hasPrefix("Sírvase reciclar") {
            return .recycleNotice
        }
        if isPageNumber(t) { return .pageNumber }
        if isRunningHead(t) { return .runningHead }
        // "2/2 23-26252", "24-23093 3/3": a page number and a job number on one line,
        // as layout extraction sets a page's foot.
        let parts = t.split(separator: " ")
        if parts.count >= 2, parts.contains(where: { isJobNumber($0) }),
            parts.allSatisfy({ isJobNumber($0) || isPageNumber($0) || $0 == "(E)" })
        {
            return .jobNumber
        }
        return nil
    }

    /// `GE.15-06884 (E)`, `GE.16-12199(E)`, `10-52648 (E) 020415`, `*1512345*` follows.
    static func isJobNumber(_ t: Substring) -> Bool {
        guard let first = t.utf8.first, first == UInt8(ascii: "G") || (0x30...0x39).contains(first) else {
            return false
        }
        var s = t
        if s.hasPrefix("GE.") { s = s.dropFirst(3) }
        guard let (digits1, rest1) = takeDigits(s), digits1 == 2, rest1.first == "-" else { return false }
        guard let (digits2, rest2) = takeDigits(rest1.dropFirst()), digits2 == 5 else { return false }
        let rest = rest2.drop(while: { $0 == " " })
        // "24-24158" alone: the job number as recent PDFs print it on later pages.
        if rest.isEmpty { return true }
        guard rest.count >= 3, rest.first == "(", rest.dropFirst(2).first == ")",
            rest.dropFirst().first?.isUppercase == true
        else { return false }
        // Anything after the language letter is print dates and such: digits, spaces, slashes.
        return rest.dropFirst(3).allSatisfy { $0.isNumber || $0 == " " || $0 == "/" || $0 == "*" }
    }

    /// `* 1 5 0 6 8 8 4 *` or `*1506884*`, or the digits alone spaced out as some
    /// extractors render the barcode's font: `1 5 0 6 8 8 4`.
    static func isBarcode(_ t: Substring) -> Bool {
        // "*2326252*" read as Markdown emphasis leaves the digits alone on their line.
        if (7...9).contains(t.count), t.allSatisfy(\.isASCIIDigit) { return true }
        let spaced = t.split(separator: " ")
        if spaced.count >= 7, spaced.allSatisfy({ $0.count == 1 && $0.first!.isASCIIDigit }) { return true }
        guard t.count >= 5, t.first == "*", t.last == "*" else { return false }
        let inner = t.dropFirst().dropLast(1)
        let digits = inner.filter { $0.isNumber }.count
        return digits >= 5 && inner.allSatisfy { $0.isNumber || $0 == " " }
    }

    /// `3`, `- 3 -`, `3/12`, `Page 3`: a page number alone on its line.
    static func isPageNumber(_ t: Substring) -> Bool {
        guard t.utf8.count <= 12 else { return false }
        var s = t
        if s.hasPrefix("Page ") { s = s.dropFirst(5) }
        s = Substring(s.trimming("-").trimming(" "))
        guard !s.isEmpty, s.count <= 7 else { return false }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// A document symbol alone on its line, possibly with a page number on either side
    /// (`A/HRC/RES/32/6`, `2 A/RES/75/180`, `A/HRC/31/81 3/19`).
    static func isRunningHead(_ t: Substring) -> Bool {
        runningHeadSymbol(t) != nil
    }

    static func runningHeadSymbol(_ t: Substring) -> String? {
        guard t.utf8.count <= 50, t.utf8.contains(UInt8(ascii: "/")) else { return nil }
        var words = t.split(separator: " ")
        if let first = words.first, isPageNumber(first) { words.removeFirst() }
        if let last = words.last, isPageNumber(last) { words.removeLast() }
        guard words.count == 1, DocumentSymbol.isSymbol(words[0]) else { return nil }
        return String(words[0])
    }

    private static func takeDigits(_ s: Substring) -> (Int, Substring)? {
        let digits = s.prefix(while: \.isASCIIDigit)
        return digits.isEmpty ? nil : (digits.count, s.dropFirst(digits.count))
    }
}
