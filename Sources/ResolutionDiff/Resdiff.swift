/// The library's one entry point: read, compare, check, amend, apply, with one options
/// value. The command line calls only these, and so can any other program; each call
/// runs the pipeline in the same order, so options such as `--minimal` or
/// `--tracked` reach every command alike.
public struct ResdiffOptions: Sendable, Equatable {
    /// Which text of a Word file with tracked changes to read.
    public var tracked: TrackedChanges = .accepted
    /// The texts' language (`--lang`); nil to tell it from each text's words.
    public var language: LanguageCode?
    /// The word diff's options (`--minimal`).
    public var wordDiff = WordDiff.Options()
    /// Leave yearly updates out where a command can (`--substantive`).
    public var substantive = false
    /// The check rules' settings and scope.
    public var check = CheckConfiguration()
    /// A fault to put into the report before it is verified, so that tests can show the
    /// verification stops a broken report (`RESDIFF_TEST_FAULT=drop-entry`).
    package var fault: Fault?

    package enum Fault: String, Sendable {
        /// Remove the report's last entry.
        case dropEntry = "drop-entry"
    }

    public init() {}
}

public enum Resdiff {
    /// The text of a file (`-` for standard input), decoded.
    public static func source(_ path: String, options: ResdiffOptions = ResdiffOptions()) throws(InputError)
        -> SourceText
    {
        try SourceText.read(path: path, tracked: options.tracked)
    }

    /// A file read into the document model.
    public static func read(_ path: String, options: ResdiffOptions = ResdiffOptions()) throws(InputError)
        -> Document
    {
        try ResolutionParser.parse(source(path, options: options), language: options.language)
    }

    /// Text already in memory, read into the document model under `name`.
    public static func read(text: String, name: String) throws(InputError) -> Document {
        try ResolutionParser.parse(SourceText(name: name, text: text))
    }

    /// What changed from `old` to `new`: near-linear in paragraphs, plus O((N+M)·D) per
    /// reworded pair's words. The report is verified before it is returned: every token
    /// of both documents has its place in it (`WordAccount`), or it is not returned.
    public static func compare(_ old: Document, _ new: Document, options: ResdiffOptions = ResdiffOptions())
        throws(ComparisonError) -> ChangeReport
    {
        // A side with no text (a file git adds or deletes) has no language of its own.
        if old.language != new.language, !old.paragraphs.isEmpty, !new.paragraphs.isEmpty {
            throw ComparisonError(reason: .languages(old: old.file, old.language, new: new.file, new.language))
        }
        var report = Comparison.compare(old, new, options: options.wordDiff)
        if options.fault == .dropEntry, !report.entries.isEmpty { report.entries.removeLast() }
        let account = report.wordAccount()
        guard account.closes else { throw ComparisonError(reason: .unaccounted(account)) }
        return report
    }

    /// Two language versions of one text paired, and where they disagree in what must
    /// agree across languages (`resdiff concord`).
    public static func concord(_ first: Document, _ second: Document) -> Concordance {
        Concordance.concord(first, second)
    }

    /// The findings of the check rules on a draft against its base.
    public static func check(base: Document, draft: Document, options: ResdiffOptions = ResdiffOptions())
        throws(ComparisonError) -> [Finding]
    {
        Checker.check(try compare(base, draft, options: options), configuration: options.check)
    }

    /// The amendments that turn the report's old text into its new one.
    public static func amend(_ report: ChangeReport, options: ResdiffOptions = ResdiffOptions()) -> AmendmentSet {
        AmendmentSet(
            report: report, instructions: AmendmentWriter.placedInstructions(report, substantive: options.substantive))
    }

    /// How each instruction of `amendments` reads and where it lands in `base`, without
    /// applying anything (`apply --explain`).
    /// An instruction that cannot be read is reported with its reason, and the others
    /// are explained all the same.
    public static func explain(_ amendments: String, to base: SourceText) throws(ApplyError) -> [AmendmentExplanation] {
        let each = AmendmentText.readEach(amendments)
        guard !each.isEmpty else {
            // No instruction at all: the same answer as `apply` gives.
            _ = try read(amendments, base)
            return []
        }
        let document: Document
        do {
            document = try ResolutionParser.parse(base)
        } catch {
            throw ApplyError(message: error.description)
        }
        return AmendmentApplier(base: document, source: base).explain(each)
    }

    /// Reads amendments written in UN style and applies them to `base`, in its layout.
    public static func apply(_ amendments: String, to base: SourceText, partial: Bool = false) throws(ApplyError)
        -> AmendmentApplier.Result
    {
        let (instructions, document) = try read(amendments, base)
        do {
            return try AmendmentApplier.apply(instructions, to: document, source: base, partial: partial)
        } catch {
            throw ApplyError(message: error.description)
        }
    }

    /// The instructions and the base they act on, each read or refused with its reason.
    private static func read(_ amendments: String, _ base: SourceText) throws(ApplyError)
        -> ([AmendmentInstruction], Document)
    {
        let instructions: [AmendmentInstruction]
        do {
            instructions = try AmendmentText.parse(amendments)
        } catch {
            // Amendments are read in English, French and Spanish; the others are said.
            let language = LanguageGuess.detect(amendments)
            let why =
                [.en, .fr, .es].contains(language)
                ? "" : " (the amendments read as \(language.name); apply reads English, French and Spanish amendments)"
            throw ApplyError(message: "instruction \(error.instruction): \(error.message)\(why)")
        }
        do {
            return (instructions, try ResolutionParser.parse(base))
        } catch {
            throw ApplyError(message: error.description)
        }
    }
}

/// Amendments that cannot be read or applied; the message names the instruction.
public struct ApplyError: Error, Sendable, Equatable {
    public var message: String
}

/// A report that does not account for every word of its two documents: never shown.
public struct ComparisonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What stopped the comparison.
    public enum Reason: Sendable, Equatable {
        /// The report does not account for every word: a bug, never shown as a report.
        case unaccounted(WordAccount)
        /// The two texts are in different languages: versions of a text are compared
        /// in one language.
        case languages(old: String, LanguageCode, new: String, LanguageCode)
    }

    public var reason: Reason

    public var description: String {
        guard case .unaccounted(let account) = reason else {
            guard case .languages(let oldFile, let a, let newFile, let b) = reason else { return "" }
            return
                "\(oldFile) is in \(a.name) and \(newFile) in \(b.name); resdiff compares two versions in one language"
        }
        let lost = (account.oldTokens - account.placedOld) + (account.newTokens - account.placedNew)
        let units = account.unplaced.prefix(5).joined(separator: ", ")
        return
            "the comparison does not account for \(lost) words (\(units)\(account.unplaced.count > 5 ? ", ..." : "")); "
            + "no report written. This is a bug in resdiff: please report it with the two files"
    }
}
