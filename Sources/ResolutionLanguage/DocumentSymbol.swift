import ResolutionModel

/// United Nations document symbols: `A/HRC/RES/28/2`, `A/RES/65/218`, `A/75/478/Add.2`,
/// `E/CN.4/2001/2`, `S/RES/2334 (2016)` aside.
///
/// A symbol is a series letter (A, E, S, and a few bodies' own series), then `/`-separated
/// parts made of capitals, digits and `.` such as `CONF.157` or `Add.2`.
public enum DocumentSymbol {
    /// Series that start a symbol: General Assembly, ECOSOC, Security Council, and the
    /// treaty bodies and programmes whose documents resolutions cite.
    static let seriesPrefixes: Set<String> = [
        "A", "E", "S", "ST", "CCPR", "CERD", "CEDAW", "CRC", "CAT", "CRPD", "CED", "CMW", "UNEP", "DP", "TD", "ICCD",
        "FCCC",
    ]

    package static func isSymbol(_ s: Substring) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, seriesPrefixes.contains(String(first)),
            let last = s.last, last.isASCIILetter || last.isASCIIDigit
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.first!.isASCII && (part.first!.isNumber || part.first!.isUppercase)
                && part.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "." || $0 == "-" }
        } && parts.dropFirst().contains { $0.contains(where: \.isASCIIDigit) }
    }

    /// The symbol of a resolution from its number and the body that adopted it, for texts
    /// that do not print their symbol: `28/2` of the Council is `A/HRC/RES/28/2`.
    public static func infer(resolutionNumber: String, body: Body) -> String? {
        switch body {
        case .humanRightsCouncil: return "A/HRC/RES/\(resolutionNumber)"
        case .generalAssembly: return "A/RES/\(resolutionNumber)"
        case .economicAndSocialCouncil: return "E/RES/\(resolutionNumber)"
        case .securityCouncil: return "S/RES/\(resolutionNumber)"
        }
    }

    /// `A-HRC-RES-28-2` (a file named after its symbol) → `A/HRC/RES/28/2`.
    public static func fromFileName(_ name: String) -> String? {
        var base = Substring(name.split(separator: "/").last ?? "")
        if let dot = base.lastIndex(of: ".") { base = base[..<dot] }
        let candidate = base.swapping("-", for: "/")
        return isSymbol(Substring(candidate)) ? candidate : nil
    }
}

extension Substring {
    func swapping(_ target: Character, for replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
