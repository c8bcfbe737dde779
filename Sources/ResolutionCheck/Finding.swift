import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// What `resdiff check` reports: one finding per problem, tied to a line of the draft,
/// with the rule that found it, so CI can annotate the line and a drafter can switch a
/// rule off.
public struct Finding: Sendable, Equatable {
    /// Only errors fail a check; warnings are advice a drafter may overrule.
    public enum Level: String, Sendable, Equatable, Comparable {
        case warning, error

        /// Warnings sort before errors.
        public static func < (a: Level, b: Level) -> Bool { a == .warning && b == .error }
    }

    public var rule: CheckRule
    public var level: Level
    /// 1-based line of the draft.
    public var line: Int
    /// The paragraph concerned, when there is one.
    public var paragraph: ParagraphLabel?
    public var message: String
}

/// The rules of `resdiff check`, each in its own file under Check/Rules.
public enum CheckRule: String, Sendable, Equatable, CaseIterable, Comparable {
    case scope, numbering, punctuation, openers, references, footnotes, technical

    /// In the order of `allCases`, so findings on one line come in a stable order.
    public static func < (a: CheckRule, b: CheckRule) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Style rules warn by default; rules whose breach makes a draft wrong are errors.
    public var defaultSetting: CheckConfiguration.Setting {
        switch self {
        case .punctuation, .openers, .technical: return .warn
        case .scope, .numbering, .references, .footnotes: return .error
        }
    }
}

/// How a check runs: each rule off, a warning or an error, and which paragraphs the
/// draft may change. Read from the command line and from a policy file.
public struct CheckConfiguration: Sendable, Equatable {
    /// What a drafter or CI can make of each rule.
    public enum Setting: String, Sendable, Equatable {
        case off, warn, error
    }

    public var settings: [CheckRule: Setting] = Dictionary(
        uniqueKeysWithValues: CheckRule.allCases.map { ($0, $0.defaultSetting) })
    /// Paragraphs of the base that may change (`OP5`, `OP13(a)`, ranges `OP7-OP9`), or
    /// nil when the scope is not restricted. Allowing a paragraph allows its
    /// sub-paragraphs. Ranges are kept as ranges: `OP1-OP999999` (labels take at most six
    /// digits) costs nothing.
    public var allowed: [AllowedParagraphs]?
    /// Whether added paragraphs are allowed (`new` in the list).
    public var allowNew = false

    public init() {}

    /// Parses `OP5,OP7-OP9,PP3,new`.
    public mutating func allow(_ list: String) throws(CheckConfigurationError) {
        var items = allowed ?? []
        for item in list.split(separator: ",").map({ $0.trimming(" ") }) where !item.isEmpty {
            if item.lowercased() == "new" {
                allowNew = true
                continue
            }
            let bounds = item.split(separator: "-").map(String.init)
            if bounds.count == 2, let low = ParagraphLabel(bounds[0]), let high = ParagraphLabel(bounds[1]),
                low.part == high.part, low.path.isEmpty, high.path.isEmpty, low.number <= high.number
            {
                items.append(.range(low.part, low.number...high.number))
            } else if bounds.count == 1, let label = ParagraphLabel(item) {
                items.append(.one(label.withoutOccurrence))
            } else {
                throw CheckConfigurationError(
                    message: "cannot read '\(item)' in the allowed paragraphs (expected OP5, OP7-OP9, PP3, new)")
            }
        }
        allowed = items
    }

    /// Sets a rule from `name=off|warn|error`.
    public mutating func set(_ assignment: String) throws(CheckConfigurationError) {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { $0.trimming(" ") }
        guard parts.count == 2, let rule = CheckRule(rawValue: parts[0]), let setting = Setting(rawValue: parts[1])
        else {
            throw CheckConfigurationError(
                message:
                    "cannot read rule setting '\(assignment)' (expected NAME=off|warn|error, NAME one of \(CheckRule.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        settings[rule] = setting
    }

    /// The allowed items that name no paragraph of `base` (`OP99` in a text of 27): a
    /// typo in a CI policy would otherwise allow nothing, silently.
    public func unmatched(in base: Document) -> [String] {
        guard let allowed else { return [] }
        let labels = base.allParagraphs.map { $0.label.withoutOccurrence }
        return allowed.filter { item in !labels.contains { item.contains($0) } }.map(\.description)
    }

    /// Whether a change to the base paragraph `label` is allowed.
    func allows(_ label: ParagraphLabel) -> Bool {
        guard let allowed else { return true }
        // OP13(a) is allowed when OP13 is.
        return label.withoutOccurrence.selfAndAncestors.contains { candidate in
            allowed.contains { $0.contains(candidate) }
        }
    }
}

/// One item of an `--allow` list.
public enum AllowedParagraphs: Sendable, Equatable, CustomStringConvertible {
    public var description: String {
        switch self {
        case .one(let label): return label.description
        case .range(let part, let numbers):
            return "\(part.rawValue)\(numbers.lowerBound)-\(part.rawValue)\(numbers.upperBound)"
        }
    }

    /// One paragraph and its sub-paragraphs: `OP5`, `OP13(a)`.
    case one(ParagraphLabel)
    /// Top-level paragraphs of one part numbered in a range, with their bis/ter
    /// insertions and sub-paragraphs: `OP7-OP9`.
    case range(ParagraphLabel.Part, ClosedRange<Int>)

    func contains(_ label: ParagraphLabel) -> Bool {
        switch self {
        case .one(let allowed): return allowed == label
        case .range(let part, let numbers):
            return label.path.isEmpty && label.part == part && numbers.contains(label.number)
        }
    }
}

/// A setting or allow list that cannot be read: usage trouble, exit status 2.
public struct CheckConfigurationError: Error, Equatable, Sendable {
    public var message: String
}
