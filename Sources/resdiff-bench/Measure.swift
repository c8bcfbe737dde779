// Timing and memory measurement for the benchmark: medians of repeated runs, peak
// memory from a child process, git timed as a process on the same files.
import Foundation
import ResolutionDiff

#if os(Linux)
    /// glibc's malloc_trim (malloc.h), which the Glibc module does not export.
    @_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Timing and memory measurement, each tool measured in the same run on the same files.
enum Measure {
    /// The median of `runs` timings of `body`, in seconds.
    static func median(runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    /// Runs `body` and returns the growth of the resident set's high-water mark, in bytes.
    /// Linux resets the mark when "5" is written to /proc/self/clear_refs.
    static func peakMemory(_ body: () -> Void) -> Int? {
        #if os(Linux)
            // Give memory freed so far back to the system, so the diff cannot reuse it
            // unseen and every page it needs shows in the high-water mark.
            _ = mallocTrim(0)
        #endif
        guard (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil,
            let before = status("VmRSS")
        else { body(); return nil }
        body()
        guard let peak = status("VmHWM") else { return nil }
        return max(0, peak - before)
    }

    /// Runs `executable` with `arguments` as a whole process, as a user does, and returns
    /// its wall time and the kernel's high-water mark of its resident memory, in bytes.
    /// Measured from a fresh, small copy of this benchmark (`--measure`): a child spawned
    /// from the benchmark itself would inherit its high-water mark (Linux counts the
    /// parent's pages the child shared until exec), which holds the test texts.
    static func wholeProcess(_ executable: String, _ arguments: [String]) -> (seconds: Double, peak: Int)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        p.arguments = ["--measure", executable] + arguments
        let out = Pipe()
        p.standardOutput = out
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard fields.count == 2, let seconds = Double(fields[0]),
            let peak = Int(fields[1].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return (seconds, peak)
    }

    /// The measurement itself, in the small process `--measure` runs: spawn, wait,
    /// wall time and ru_maxrss. Nil unless the process ended with 0 or 1 (no changes,
    /// changes): a run that failed is no measurement of the work.
    static func spawnAndWait(_ executable: String, _ arguments: [String]) -> (seconds: Double, peak: Int)? {
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid, status & 0x7F == 0, (status >> 8) & 0xFF <= 1 else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (seconds, usage.ru_maxrss * 1024)
    }

    /// Runs this benchmark again as `--peak INDEX` and reads the peak it prints.
    static func peakInChild(index: Int) -> Int? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        p.arguments = ["--peak", "\(index)"]
        let out = Pipe()
        p.standardOutput = out
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let value = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        return value.flatMap { $0 >= 0 ? $0 : nil }
    }

    private static func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return kb.map { $0 * 1024 }
        }
        return nil
    }

    /// Seconds `git diff --no-index --word-diff` takes on the two files (median).
    static func gitWordDiff(old: URL, new: URL, runs: Int) -> Double? {
        guard let git = which("git") else { return nil }
        return median(runs: runs) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: git)
            p.arguments = ["diff", "--no-index", "--word-diff=porcelain", "--no-color", old.path, new.path]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try? p.run()
            p.waitUntilExit()
        }
    }

    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
