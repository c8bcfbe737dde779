import ResolutionDiff

/// What a person may have got wrong, said on stderr without changing the report or the
/// exit status: OLD and NEW given the wrong way round, or two texts that are not
/// versions of one another.
enum Hints {
    /// Below this share of paragraphs paired, two texts are hardly versions of each
    /// other (the corpus's successive pairs pair 60% and more).
    static let relatedShare = 0.2

    static func of(_ report: ChangeReport) -> [String] {
        var hints: [String] = []
        if let a = report.old.metadata.adoptionDate, let b = report.new.metadata.adoptionDate, a > b {
            hints.append(
                "OLD was adopted on \(a), after NEW (\(b)): are OLD and NEW the right way round?")
        }
        let paragraphs = report.entries.filter { ($0.new ?? $0.old)?.kind.isParagraph == true }
        let paired = paragraphs.filter { $0.old != nil && $0.new != nil }.count
        if paragraphs.count >= 10, Double(paired) < Double(paragraphs.count) * relatedShare {
            hints.append(
                "only \(paired) of \(paragraphs.count) paragraphs pair up: are these versions of the same text?")
        }
        return hints
    }
}
