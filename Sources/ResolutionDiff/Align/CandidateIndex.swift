/// Shortlists, for a paragraph of the new text, the paragraphs of the old text worth
/// scoring, through an inverted index of words, so that alignment never scores all
/// pairs: two texts of thousands of paragraphs align in time near-linear in their size.
///
/// A paragraph is looked up by its rarest words: words that occur in many old paragraphs
/// ("the", "Council", ",") say little about which one it came from and have long
/// postings lists.
struct CandidateIndex {
    /// Old paragraphs containing each token id.
    private var postings: [Int32: [Int]] = [:]

    /// How many of a paragraph's rarest words are looked up. Eight distinguish real
    /// paragraphs well (a resolution paragraph has 20 to 200 words) at a bounded cost.
    static let probeWords = 8
    /// Words in more old paragraphs than this are not looked up: with thousands of
    /// paragraphs, a common word's postings would make the lookup quadratic.
    static let maximumPostings = 200
    /// How many candidates are scored per paragraph.
    static let shortlistSize = 6

    init(_ profiles: [TokenProfile]) {
        for (index, profile) in profiles.enumerated() {
            for id in profile.distinct { postings[id, default: []].append(index) }
        }
    }

    func frequency(_ id: Int32) -> Int { postings[id]?.count ?? 0 }

    /// Old paragraph indices sharing the most of `profile`'s rarest words, best first;
    /// ties go to the lower index so the result is deterministic.
    func candidates(for profile: TokenProfile, among allowed: (Int) -> Bool) -> [Int] {
        let probes = profile.distinct
            .map { (id: $0, frequency: frequency($0)) }
            .filter { $0.frequency > 0 && $0.frequency <= Self.maximumPostings }
            .sorted { ($0.frequency, $0.id) < ($1.frequency, $1.id) }
            .prefix(Self.probeWords)
        var hits: [Int: Int] = [:]
        for probe in probes {
            for index in postings[probe.id]! where allowed(index) { hits[index, default: 0] += 1 }
        }
        return hits.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Self.shortlistSize).map(\.key)
    }
}
