import Foundation
import ResolutionDiff

/// `make bench`: the word-diff engine on generated inputs, timed with its peers in the
/// same run (git's word diff on the same files, the standard library's
/// `difference(from:)` on the same tokens), so the table holds ratios that do not
/// depend on the machine. Writes the table to stdout and to Docs/benchmarks.md.
///
/// Peak memory is measured in a child process per input (`resdiff-bench --peak N`),
/// since a process that has already diffed reuses its freed memory.

struct Row {
    var pair: String
    var inputBytes: Int
    var tokens: Int
    var tokenizeSeconds: Double
    var linesFirstSeconds: Double
    var linesFirstEdits: Int
    var wholeTextSeconds: Double?
    var wholeTextEdits: Int?
    var peakBytes: Int?
    var gitSeconds: Double?
    var stdlibSeconds: Double?

    var totalSeconds: Double { tokenizeSeconds + linesFirstSeconds }
}

/// The whole text as one token sequence: tokenize, intern, Myers, cleanup.
func wholeText(_ pair: BenchPair) -> (a: [Int32], b: [Int32], edits: Int) {
    let ta = WordTokenizer.tokenize(pair.old), tb = WordTokenizer.tokenize(pair.new)
    var interner = TokenInterner(expectedDistinct: 1 << 14)
    let a = interner.intern(pair.old, tokens: ta), b = interner.intern(pair.new, tokens: tb)
    let script = Cleanup.apply(Myers.diff(a, b), a: a, b: b, info: .uniform)
    return (a, b, script.editCount)
}

/// As git's word diff works: lines first, then words inside changed blocks of lines.
func linesFirst(_ pair: BenchPair) -> Int {
    LineFirstDiff(old: pair.old, new: pair.new).editCount
}

func cases() throws -> [(pair: BenchPair, runs: Int, quadratic: Bool)] {
    let pool = try Inputs.paragraphPool()
    return [
        (try Inputs.seeds(), 15, false),
        (Inputs.typicalEdits(bytes: 200_000, pool: pool, seed: 42), 7, false),
        (Inputs.typicalEdits(bytes: 2_000_000, pool: pool, seed: 42), 5, false),
        (Inputs.unrelated(bytes: 1_000_000, pool: pool), 3, true),
    ]
}

func measure(_ pair: BenchPair, runs: Int, quadratic: Bool, index: Int, directory: URL) throws -> Row {
    let oldURL = directory.appendingPathComponent("old.txt"), newURL = directory.appendingPathComponent("new.txt")
    try pair.old.write(to: oldURL, atomically: true, encoding: .utf8)
    try pair.new.write(to: newURL, atomically: true, encoding: .utf8)

    var ta: [WordTokenizer.Token] = [], tb: [WordTokenizer.Token] = []
    let tokenize = Measure.median(runs: runs) {
        ta = WordTokenizer.tokenize(pair.old)
        tb = WordTokenizer.tokenize(pair.new)
    }
    var edits = 0
    let lines = Measure.median(runs: runs) { edits = linesFirst(pair) }
    var whole: (a: [Int32], b: [Int32], edits: Int) = ([], [], 0)
    let wholeSeconds = Measure.median(runs: quadratic ? 1 : runs) { whole = wholeText(pair) }
    let git = Measure.gitWordDiff(old: oldURL, new: newURL, runs: runs)
    var stdlibTime: Double?
    if !quadratic {
        let (a, b) = (whole.a, whole.b)
        stdlibTime = Measure.median(runs: max(1, runs / 2)) { _ = b.difference(from: a) }
    }
    return Row(
        pair: pair.name, inputBytes: pair.bytes, tokens: ta.count + tb.count, tokenizeSeconds: tokenize,
        linesFirstSeconds: lines, linesFirstEdits: edits, wholeTextSeconds: wholeSeconds, wholeTextEdits: whole.edits,
        peakBytes: Measure.peakInChild(index: index), gitSeconds: git, stdlibSeconds: stdlibTime)
}

func format(_ seconds: Double?) -> String {
    guard let seconds else { return "n/a" }
    return seconds < 0.001
        ? String(format: "%.0f µs", seconds * 1e6)
        : seconds < 1 ? String(format: "%.1f ms", seconds * 1e3) : String(format: "%.2f s", seconds)
}

func ratio(_ a: Double?, _ b: Double?) -> String {
    guard let a, let b, b > 0 else { return "n/a" }
    return String(format: "%.2fx", a / b)
}

func report(_ rows: [Row]) -> String {
    var table = """
        | input | size | tokens | tokenize | MB/s | diff, lines first | word edits | git word diff | resdiff / git | diff, whole text | word edits | difference(from:) | whole text / stdlib | resdiff / stdlib | peak memory |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|

        """
    for r in rows {
        let mbps = Double(r.inputBytes) / 1e6 / max(r.tokenizeSeconds, 1e-9)
        let peak =
            r.peakBytes.map {
                String(format: "%.1f MB (%.1fx input)", Double($0) / 1e6, Double($0) / Double(r.inputBytes))
            } ?? "n/a"
        let cells = [
            r.pair, String(format: "%.0f KB", Double(r.inputBytes) / 1000), "\(r.tokens)", format(r.tokenizeSeconds),
            String(format: "%.0f", mbps), format(r.linesFirstSeconds), "\(r.linesFirstEdits)",
            r.gitSeconds.map { format($0) } ?? "git missing", ratio(r.totalSeconds, r.gitSeconds),
            format(r.wholeTextSeconds), r.wholeTextEdits.map { "\($0)" } ?? "n/a",
            r.stdlibSeconds.map { format($0) } ?? "not run (quadratic)",
            ratio(r.wholeTextSeconds, r.stdlibSeconds), ratio(r.totalSeconds, r.stdlibSeconds), peak,
        ]
        table += "| " + cells.joined(separator: " | ") + " |\n"
    }
    var targets = "\n## Targets\n\n"
    func check(_ met: Bool, _ text: String) { targets += "- \(met ? "met" : "MISSED"): \(text)\n" }
    let (small, large, unrelated) = (rows[1], rows[2], rows[3])
    let largeGit = large.gitSeconds.map { large.totalSeconds / $0 }
    let unrelatedGit = unrelated.gitSeconds.map { unrelated.totalSeconds / $0 }
    let stdlibSpeedup = large.stdlibSeconds.map { $0 / large.totalSeconds }
    let scaling = large.totalSeconds / small.totalSeconds
    let growth = Double(large.inputBytes) / Double(small.inputBytes)
    let peakPerByte = rows.compactMap { r in r.peakBytes.map { Double($0) / Double(r.inputBytes) } }
    check(
        (largeGit ?? 99) <= 0.5,
        "2 MB pair, 2% edits: tokenize + diff at most 0.5x git's word diff: \(largeGit.map { String(format: "%.2fx", $0) } ?? "n/a")"
    )
    check(
        (unrelatedGit ?? 99) <= 2,
        "1 MB unrelated pair finishes in at most 2x git's time: \(unrelatedGit.map { String(format: "%.2fx", $0) } ?? "n/a")"
    )
    check(
        (stdlibSpeedup ?? 0) >= 10,
        "at least 10x faster than difference(from:) on the 2 MB pair: \(stdlibSpeedup.map { String(format: "%.1fx", $0) } ?? "n/a")"
    )
    check(
        scaling <= 1.2 * growth,
        String(
            format: "%.0fx the input costs %.1fx the time on the typical-edits pair (at most 12x for 10x)", growth,
            scaling))
    check(
        peakPerByte.allSatisfy { $0 < 64 },
        "peak memory linear in the input: " + peakPerByte.map { String(format: "%.1f", $0) }.joined(separator: ", ")
            + " bytes per input byte")
    let rate = Double(large.inputBytes) / 1e6 / max(large.tokenizeSeconds, 1e-9)
    check(rate >= 100, String(format: "tokenizer at least 100 MB/s: %.0f MB/s on the 2 MB pair", rate))

    let cpu =
        (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?
        .trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    return """
        # Benchmarks

        Written by `make bench` (Sources/resdiff-bench). Inputs are generated from the corpus with
        a fixed seed; each time is the median of several runs. The peers are timed in the same
        run: git's word diff (`git diff --no-index --word-diff=porcelain`, a process, on the same
        files) and the standard library's `difference(from:)` (on the same interned tokens), so
        the ratios hold on any machine.

        resdiff is timed two ways:

        - **lines first** (`LineFirstDiff`): lines are diffed first, then the words of each
          changed block of lines, with the same engine; this is how git's word diff works,
          and how resdiff compares documents (paragraphs first, then words within each pair).
          Its time is the one compared with git's, added to the time to tokenize the whole
          text, although lines first only tokenizes the changed blocks.
        - **whole text**: one Myers diff over every token of both texts. Slower on long
          texts with scattered edits, since Myers costs O((N+M)·D), but it matches words
          across line boundaries: on the seeds, whose line layout differs, it finds far fewer
          edits than a line-first diff (git's or ours).

        Word edits count deleted plus inserted tokens after cleanup. Peak memory is the growth
        of the resident high-water mark of a child process during one lines-first diff.

        Last run: \(ProcessInfo.processInfo.processorCount) cores, \(cpu).

        \(table)\(targets)
        """
}

/// Alignment of two long resolutions, related and unrelated: parse, then compare
/// (align, diff the words of each pair, classify).
func alignmentReport() throws -> String {
    let pool = try Inputs.paragraphPool()
    let base = Inputs.longResolution(count: 5000, pool: pool, seed: 7)
    let pairs = [
        ("5,000 operative paragraphs, 2% edited", base, Inputs.edited(base, pool: pool, seed: 8)),
        ("5,000 operative paragraphs, unrelated", base, Inputs.longResolution(count: 5000, pool: pool, seed: 9)),
    ]
    var table = """

        ## Aligning long resolutions

        Two generated resolutions of 5,000 operative paragraphs each (Docs: the alignment
        shortlists candidates through an index of rare words, never scoring all pairs).

        The last timed column is the word accounting that every real comparison runs before
        it shows a report (every token of both documents placed; a tokenizing pass, no
        diff): its cost beside the comparison it verifies.

        | input | parse both | compare (align, diff pairs, classify) | verify (word accounting) | entries | changed | target |
        |---|---|---|---|---|---|---|

        """
    for (name, a, b) in pairs {
        FileHandle.standardError.write(Data("bench: \(name)…\n".utf8))
        let (textA, textB) = (Inputs.resolutionText(a), Inputs.resolutionText(b))
        var docs: [Document] = []
        let parse = Measure.median(runs: 3) {
            docs = [
                try! ResolutionParser.parse(text: textA, name: "old.txt"),
                try! ResolutionParser.parse(text: textB, name: "new.txt"),
            ]
        }
        var report: ChangeReport?
        let compare = Measure.median(runs: 3) { report = Comparison.compare(docs[0], docs[1]) }
        let changed = report!.entries.filter { !$0.isUnchanged }.count
        let verify = Measure.median(runs: 3) { precondition(report!.wordAccount().closes) }
        table +=
            "| \(name) | \(format(parse)) | \(format(compare)) | \(format(verify)) | \(report!.entries.count) | \(changed) | \(compare < 0.5 ? "met" : "MISSED"): under 0.5 s |\n"
    }
    return table
}

/// Whole processes of the release binary on whole resolutions: the time and the peak
/// memory a user sees, against the input's size ("memory bounded by a small multiple of
/// the input"), up to a 50 MB text compared with itself.
func wholeProcessReport(directory: URL) throws -> String {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("resdiff").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        return "\n## Whole processes\n\n(the release resdiff binary was not built beside the benchmark)\n"
    }
    let pool = try Inputs.paragraphPool()
    var out = """

        ## Whole processes: time and peak memory

        The release `resdiff` binary run as a user runs it (`resdiff OLD NEW`, report to
        /dev/null), median of the runs; peak memory is the kernel's high-water mark of the
        process's resident set (wait4's ru_maxrss).

        | input | size of each text | runs | seconds | peak memory | peak / both inputs |
        |---|---|---|---|---|---|

        """
    let small = Inputs.longResolution(count: 5_000, pool: pool, seed: 7)
    let large = Inputs.longResolution(count: 125_000, pool: pool, seed: 9)
    let cases: [(String, String, String, Int)] = [
        (
            "2 MB pair, 2% of paragraphs edited", Inputs.resolutionText(small),
            Inputs.resolutionText(Inputs.edited(small, pool: pool, seed: 8)), 5
        ),
        ("50 MB text compared with itself", Inputs.resolutionText(large), Inputs.resolutionText(large), 1),
    ]
    for (name, old, new, runs) in cases {
        FileHandle.standardError.write(Data("bench: whole process, \(name)…\n".utf8))
        let a = directory.appendingPathComponent("whole-old.txt"), b = directory.appendingPathComponent("whole-new.txt")
        try old.write(to: a, atomically: true, encoding: .utf8)
        try new.write(to: b, atomically: true, encoding: .utf8)
        let results = (0..<runs).compactMap { _ in Measure.wholeProcess(binary, [a.path, b.path]) }
        guard !results.isEmpty else { continue }
        let seconds = results.map(\.seconds).sorted()[results.count / 2]
        let peak = results.map(\.peak).max()!
        let bytes = old.utf8.count + new.utf8.count
        out +=
            "| \(name) | "
            + String(
                format: "%.1f MB | %d | %.2f | %.0f MB | %.1fx |\n", Double(old.utf8.count) / 1e6, runs, seconds,
                Double(peak) / 1e6, Double(peak) / Double(bytes))
    }
    return out
}

/// Each output format of one comparison, the Word redline among them: a redline that
/// a delegation waits for must come in well under 100 ms for a corpus pair. Whole
/// processes of the release binary, the report written to a file as a user writes it.
func formatsReport(directory: URL) throws -> String {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("resdiff").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { return "" }
    var out = """

        ## Output formats

        One comparison, GA 65/218 → 75/180 (the larger corpus pair), written in each format
        to a file (`-o`): median of 11 whole processes of the release binary, and the peak
        memory of the largest. Target: the Word redline in well under 100 ms. No peer is timed
        beside it: the tools a delegation would use instead (Word's and LibreOffice's document
        comparison) compare two Word files, not these texts, so the formats are timed beside each
        other in the same run.

        | format | seconds | peak memory |
        |---|---|---|

        """
    var docx: Double?
    for format in ["text", "json", "html", "docx"] {
        FileHandle.standardError.write(Data("bench: format \(format)…\n".utf8))
        let target = directory.appendingPathComponent("report.\(format)").path
        let arguments = ["Corpus/A-RES-65-218.txt", "Corpus/A-RES-75-180.txt", "--format", format, "-o", target]
        let results = (0..<11).compactMap { _ in Measure.wholeProcess(binary, arguments) }
        guard !results.isEmpty else { continue }
        let seconds = results.map(\.seconds).sorted()[results.count / 2]
        if format == "docx" { docx = seconds }
        out += String(
            format: "| %@ | %.3f | %.0f MB |\n", format, seconds, Double(results.map(\.peak).max()!) / 1e6)
    }
    if let docx { out += "\n- \(docx < 0.1 ? "met" : "MISSED"): the Word redline in under 100 ms.\n" }
    return out
}

/// Shapes that once made reading or applying quadratic, each run at n and 2n: a
/// linear stage takes about twice as long at 2n, a quadratic one four times. Whole
/// processes of the release binary, as a user runs them.
func scalingReport(directory: URL) throws -> String {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("resdiff").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { return "" }
    let opening = "General Assembly\n\n80/1. A resolution\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n"
    func superscript(_ n: Int) -> String {
        String(String(n).map { Array("⁰¹²³⁴⁵⁶⁷⁸⁹")[Int(String($0))!] })
    }
    func operative(_ n: Int) -> String { (1...n).map { "\($0). Decides to act on matter \($0);\n\n" }.joined() }
    let shapes: [(name: String, n: Int, files: (Int) -> [(String, String)], command: [String])] = [
        (
            "one paragraph cut into n lines", 20_000,
            { n in
                [
                    (
                        "t.txt",
                        opening + "1. Decides that\n" + String(repeating: "the matter\n", count: n) + "is closed.\n"
                    )
                ]
            }, ["parse", "t.txt"]
        ),
        (
            "a paragraph ending in n superscript digits", 50_000,
            { n in
                [("t.txt", opening + "1. Decides to act;" + String(repeating: "¹", count: n) + "\n")]
            }, ["parse", "t.txt"]
        ),
        (
            // Markers have at most three digits and paragraph numbers four: n stays below
            // 5,000 so that 2n is still the shape measured.
            "n paragraphs, each citing one of 999 footnotes", 4_000,
            { n in
                let paragraphs = (1...n).map {
                    "\($0). Decides to act on matter \($0);\(superscript(($0 - 1) % 999 + 1))\n\n"
                }
                .joined()
                let notes = (1...999).map { "\(superscript($0)) See document A/80/\($0).\n" }.joined()
                return [("t.txt", opening + paragraphs + "____________\n" + notes)]
            }, ["parse", "t.txt"]
        ),
        (
            "an amendment of n instructions on n paragraphs", 4_000,
            { n in
                let instructions = (1...n).map {
                    "\($0). In operative paragraph \($0), replace the word “act” with the word “move”.\n"
                }
                return [("base.txt", opening + operative(n)), ("am.txt", instructions.joined())]
            }, ["apply", "base.txt", "am.txt"]
        ),
    ]
    var out = """

        ## Scaling: shapes that were once quadratic

        Each shape generated at n and at 2n and read (or applied) by the release binary,
        median of three runs. A linear stage takes about twice as long at 2n; a quadratic
        one four times.

        | shape | n | seconds at n | seconds at 2n | ratio |
        |---|---|---|---|---|

        """
    for shape in shapes {
        FileHandle.standardError.write(Data("bench: scaling, \(shape.name)…\n".utf8))
        var times: [Double] = []
        for n in [shape.n, 2 * shape.n] {
            for (name, text) in shape.files(n) {
                try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            let arguments = shape.command.map { $0.hasSuffix(".txt") ? directory.appendingPathComponent($0).path : $0 }
            let runs = (0..<3).compactMap { _ in Measure.wholeProcess(binary, arguments)?.seconds }.sorted()
            times.append(runs.isEmpty ? .nan : runs[runs.count / 2])
        }
        guard !times.contains(where: \.isNaN) else {
            out += "| \(shape.name) | \(shape.n) | failed | failed | (resdiff exited with trouble) |\n"
            continue
        }
        out +=
            "| \(shape.name) | \(shape.n) | "
            + String(format: "%.2f | %.2f | %.1f |\n", times[0], times[1], times[1] / times[0])
    }
    return out
}

func main() throws {
    let args = CommandLine.arguments
    if args.count == 3, args[1] == "--peak", let index = Int(args[2]) {
        let pair = try cases()[index].pair
        print(Measure.peakMemory { _ = linesFirst(pair) } ?? -1)
        return
    }
    if args.count >= 3, args[1] == "--measure" {
        // A small process of its own, so that the child's high-water mark is its own.
        if let (seconds, peak) = Measure.spawnAndWait(args[2], Array(args.dropFirst(3))) { print(seconds, peak) }
        return
    }
    if args.count == 3, args[1] == "--profile", let index = Int(args[2]) {
        // For `valgrind --tool=callgrind`: the lines-first diff of one input, ten times.
        let pair = try cases()[index].pair
        for _ in 0..<10 { _ = linesFirst(pair) }
        return
    }
    let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("resdiff-bench")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    if args.count == 2, args[1] == "--formats" {
        print(try formatsReport(directory: directory))
        return
    }
    if args.count == 2, args[1] == "--scaling" {
        // That section alone, printed (Docs/benchmarks.md is written by a full run).
        print(try scalingReport(directory: directory))
        return
    }
    var rows: [Row] = []
    for (index, c) in try cases().enumerated() {
        FileHandle.standardError.write(Data("bench: \(c.pair.name)…\n".utf8))
        rows.append(try measure(c.pair, runs: c.runs, quadratic: c.quadratic, index: index, directory: directory))
    }
    let text =
        report(rows) + (try alignmentReport()) + (try wholeProcessReport(directory: directory))
        + (try formatsReport(directory: directory)) + (try scalingReport(directory: directory))
    print(text)
    try text.write(toFile: "Docs/benchmarks.md", atomically: true, encoding: .utf8)
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("resdiff-bench: \(error)\n".utf8))
    exit(2)
}
