import ResolutionModel

/// Small string helpers the stages share, kept free of Foundation so that their
/// behaviour does not vary between platforms.
extension StringProtocol {
    /// The text without leading and trailing `character`s.
    package func trimming(_ character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s = s.dropFirst() }
        while s.last == character { s = s.dropLast(1) }
        return String(s)
    }

    package var nilIfEmpty: String? { isEmpty ? nil : String(self) }
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
    package var isASCIILetter: Bool { isASCII && isLetter }
}

extension String {
    /// This template with each `{}` replaced by the next of `values`: the phrases of
    /// reports and messages per language ("{} ends with {}") keep their word order.
    public func filling(_ values: [String]) -> String {
        var parts = split(separator: "{}", omittingEmptySubsequences: false)[...]
        var out = String(parts.removeFirst())
        var rest = values[...]
        for part in parts { out += (rest.popFirst() ?? "") + part }
        return out
    }
}
