import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// A policy file kept beside a draft so that CI and the drafter's own runs agree:
/// small `key = value` lines, `#` for comments.
///
///     # draft-policy.txt
///     allow = OP5, OP7-OP9, new
///     punctuation = error
///     technical = off
///     format = github
public struct Policy: Sendable, Equatable {
    public var configuration = CheckConfiguration()
    public var format: String?

    public init() {}

    /// Reads a policy file; an error names the file and line.
    public static func parse(_ text: String, file: String) throws(CheckConfigurationError) -> Policy {
        var policy = Policy()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimming(" ").trimming("\t").trimming("\r") }
            guard parts.count == 2 else {
                throw CheckConfigurationError(message: "\(file):\(index + 1): expected key = value")
            }
            let (key, value) = (parts[0], parts[1])
            do {
                switch key {
                case "allow": try policy.configuration.allow(value)
                case "format": policy.format = value
                default:
                    let rule = key.hasPrefix("rule.") ? String(key.dropFirst(5)) : key
                    try policy.configuration.set("\(rule)=\(value)")
                }
            } catch {
                throw CheckConfigurationError(message: "\(file):\(index + 1): \(error.message)")
            }
        }
        return policy
    }
}
