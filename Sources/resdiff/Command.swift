import Foundation
import ResolutionDiff

/// What every subcommand is: a usage text, the options it takes besides the shared
/// ones, and a body that reads options, calls the library and writes. Help, version,
/// option scanning, format choice, loading and writing are shared, so that every
/// command behaves alike.
protocol Command {
    static var usage: String { get }
    static var options: [OptionSpec] { get }
    static func run(_ arguments: Arguments) throws(CommandError) -> ExitCode
}

extension Command {
    /// Scans `args`, answers `--help` and `--version`, then runs the command.
    static func main(_ args: [String]) throws(CommandError) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments.scan(args, options: options + [.flag("help", "h"), .flag("version")])
        } catch {
            throw CommandError(error.message)
        }
        if arguments.has("help") { Output.out(usage); return .noChanges }
        if arguments.has("version") { Output.out("resdiff \(ResdiffVersion.string)\n"); return .noChanges }
        return try run(arguments)
    }
}

/// Trouble: one line on stderr after `resdiff: `, exit status 2.
struct CommandError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// The options several commands share, spelled once.
enum SharedOption {
    static let format = OptionSpec.value("format")
    static let output = OptionSpec.value("output", "o")
    static let tracked = OptionSpec.value("tracked")
    /// `--lang CODE`: the texts' language, when its words do not tell it.
    static let lang = OptionSpec.value("lang")
    static let minimal = OptionSpec.flag("minimal")
    static let substantive = OptionSpec.flag("substantive")
    /// `--exit-zero`: exit 0 when the command did its work, changes or not, for scripts
    /// under `set -e` (trouble is still 2).
    static let exitZero = OptionSpec.flag("exit-zero")
}

extension Arguments {
    /// The exit status for a result that found changes (or errors): 1, or 0 with
    /// `--exit-zero`.
    func changes(_ found: Bool) -> ExitCode {
        found && !has("exit-zero") ? .changes : .noChanges
    }
}

extension Arguments {
    /// `--format NAME` from a renderer table; the table's first row by default.
    func renderer<S>(from table: [any Renderer<S>], default name: String? = nil) throws(CommandError)
        -> any Renderer<S>
    {
        let wanted = value("format") ?? name ?? table[0].name
        guard let renderer = Formats.named(wanted, in: table) else {
            throw CommandError(
                "--format must be one of \(Formats.names(table).joined(separator: ", ")), not '\(wanted)'")
        }
        return renderer
    }

    /// The value of `name`, which must be one of `allowed`; `fallback` when absent.
    func choice(_ name: String, of allowed: [String], default fallback: String) throws(CommandError) -> String {
        guard let v = value(name) else { return fallback }
        guard allowed.contains(v) else {
            throw CommandError("--\(name) must be one of \(allowed.joined(separator: ", ")), not '\(v)'")
        }
        return v
    }

    /// The library's options from the shared flags.
    func resdiffOptions() throws(CommandError) -> ResdiffOptions {
        var options = ResdiffOptions()
        options.tracked = TrackedChanges(
            rawValue: try choice("tracked", of: ["accepted", "original"], default: "accepted"))!
        if let code = value("lang") {
            guard let language = LanguageCode(rawValue: code.lowercased()) else {
                let codes = LanguageCode.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandError("--lang must be one of \(codes), not '\(code)'")
            }
            options.language = language
        }
        options.wordDiff = WordDiff.Options(minimal: has("minimal"))
        options.substantive = has("substantive")
        options.fault = ProcessInfo.processInfo.environment["RESDIFF_TEST_FAULT"].flatMap(ResdiffOptions.Fault.init)
        return options
    }

    /// Exactly as many operands as `names` ("OLD", "NEW"), else a usage error naming
    /// what the command takes; at most one of them standard input.
    func operands(_ names: String..., command: String) throws(CommandError) -> [String] {
        let list = names.count == 1 ? names[0] : names.dropLast(1).joined(separator: ", ") + " and " + names.last!
        guard operands.count == names.count else {
            throw CommandError("\(command) takes \(list) (see 'resdiff \(command) --help')")
        }
        if operands.filter({ $0 == "-" }).count > 1 {
            throw CommandError("only one of \(list) can be standard input")
        }
        return operands
    }
}

/// Reads each path into a document, in order; the first that cannot be read is trouble.
func load(_ paths: [String], options: ResdiffOptions) throws(CommandError) -> [Document] {
    var documents: [Document] = []
    for path in paths {
        do {
            let source = try Resdiff.source(path, options: options)
            // A forced language the text does not read as is said, not silently obeyed:
            // the text may lose its preamble to the wrong openers.
            if let forced = options.language, case let own = LanguageGuess.detect(source.text), own != forced {
                Output.note("\(path): reads as \(own.name); read as \(forced.name), as --lang says")
            }
            documents.append(try ResolutionParser.parse(source, language: options.language))
        } catch {
            throw CommandError(error.description)
        }
    }
    return documents
}

/// Compares two documents; a report that does not account for every word is trouble.
func compare(_ old: Document, _ new: Document, options: ResdiffOptions) throws(CommandError) -> ChangeReport {
    do {
        return try Resdiff.compare(old, new, options: options)
    } catch {
        throw CommandError(error.description)
    }
}

/// Writes output to `path`, or to standard output when there is none. A regular file
/// is replaced atomically (a temporary file beside it, then a rename; its mode kept), a
/// symbolic link is followed, and a device or pipe (`/dev/stdout`, a FIFO) is written to
/// as a stream, never replaced.
func write(_ output: RenderedOutput, to path: String?) throws(CommandError) {
    guard let path else {
        // A Word file on a terminal is noise that can upset it; a pipe or file is fine.
        if isatty(STDOUT_FILENO) != 0 {
            if output.isBinary {
                throw CommandError(
                    "a Word file is not shown on a terminal; write it with -o FILE or redirect the output")
            }
            if case .text(let text) = output {
                Output.out(Typography.visibleBidiControls(text))
                return
            }
        }
        Output.out(output.bytes)
        return
    }
    // "out.txt/" names a directory that is not there: never a file called out.txt.
    if path.hasSuffix("/") { throw CommandError("\(path): is a directory name; name a file to write") }
    let target = followingLinks(path)
    var st = stat()
    let exists = stat(target, &st) == 0
    if exists && (st.st_mode & S_IFMT) == S_IFDIR {
        throw CommandError("\(path): is a directory; name a file to write")
    }
    if exists && (st.st_mode & S_IFMT) != S_IFREG {
        let fd = open(target, O_WRONLY)
        guard fd >= 0 else { throw CommandError("\(path): cannot write (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        guard Output.writeAll(output.bytes, to: fd) else {
            throw CommandError("\(path): cannot write (\(String(cString: strerror(errno))))")
        }
        return
    }
    if let problem = replaceAtomically(target, with: output.bytes, mode: exists ? st.st_mode & 0o7777 : nil) {
        throw CommandError("\(path): cannot write (\(problem))")
    }
}

/// `path` with its symbolic links followed to the end, also to a target that does not
/// exist yet (a dangling link is written through, as `>` does, never replaced by a
/// file). Gives up after 40 links, as the kernel does.
func followingLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
        var st = stat()
        guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return current }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(current, &buffer, buffer.count - 1)
        guard n > 0 else { return current }
        let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        current = link.hasPrefix("/") ? link : (current as NSString).deletingLastPathComponent + "/" + link
    }
    return current
}

/// Linux's O_TMPFILE (with O_DIRECTORY), which Swift does not import: an unnamed file
/// in a directory, given a name only once it is whole.
private let openTemporaryFile: Int32 = 0o20_200_000

/// Replaces the regular file `target` with `bytes`: written to an unnamed file in the
/// same directory, flushed, given its mode, then linked in and renamed over the target.
/// A process killed at any moment leaves the old file whole and no temporary behind
/// (the unnamed file vanishes with it); a file system without unnamed files gets a
/// named temporary, removed on any failure. Nil on success, else why not.
func replaceAtomically(_ target: String, with bytes: [UInt8], mode: mode_t?) -> String? {
    let directory =
        (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
    let temporaryName = "\(directory)/.\((target as NSString).lastPathComponent).resdiff-\(getpid())"
    func failure() -> String { String(cString: strerror(errno)) }
    var fd = open(directory, openTemporaryFile | O_WRONLY, 0o666)
    let unnamed = fd >= 0
    if !unnamed {
        fd = open(temporaryName, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard fd >= 0 else { return failure() }
    }
    var problem: String?
    if !Output.writeAll(bytes, to: fd) || fsync(fd) != 0 || mode.map({ fchmod(fd, $0) != 0 }) == true {
        problem = failure()
    } else if unnamed, unlink(temporaryName) == 0 || errno == ENOENT,
        linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, temporaryName, AT_SYMLINK_FOLLOW) != 0
    {
        problem = failure()
    } else if rename(temporaryName, target) != 0 {
        problem = failure()
    }
    close(fd)
    if problem != nil { unlink(temporaryName) }
    return problem
}

/// Refuses an output file that is one of the inputs (the same file, also through a
/// link): writing the report there would destroy the text it compares.
func refuseOverwriting(_ inputs: [String], with output: String?) throws(CommandError) {
    guard let output else { return }
    var out = stat()
    // Only a regular file is replaced; a terminal or pipe that is also an input is not.
    guard stat(output, &out) == 0, out.st_mode & S_IFMT == S_IFREG else { return }
    for input in inputs {
        var st = stat()
        // "-" is standard input, which may be the very file (`- -o b.txt < b.txt`).
        let found = input == "-" ? fstat(0, &st) == 0 : stat(input, &st) == 0
        if found, st.st_dev == out.st_dev, st.st_ino == out.st_ino {
            let name = input == "-" ? "standard input" : "the input \(input)"
            throw CommandError("\(output): is \(name); writing there would destroy it (choose another -o)")
        }
    }
}
