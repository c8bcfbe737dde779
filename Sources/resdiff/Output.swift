import Foundation
import ResolutionDiff

/// Writing to the standard streams. Errors are one line, `resdiff: ` first, on stderr.
/// Writes go through write(2), so that a closed or full output is an error the command
/// reports (exit 2), never a trap; a closed pipe still ends the process the Unix way.
enum Output {
    static func out(_ text: String) {
        out(Array(text.utf8))
    }

    static func out(_ bytes: [UInt8]) {
        if !writeAll(bytes, to: STDOUT_FILENO) { failed = true }
    }

    static func error(_ message: String) {
        _ = writeAll(Array("resdiff: \(Typography.visibleControls(message))\n".utf8), to: STDERR_FILENO)
    }

    static func note(_ message: String) {
        _ = writeAll(Array("resdiff: note: \(Typography.visibleControls(message))\n".utf8), to: STDERR_FILENO)
    }

    /// Set when standard output could not be written (closed, full disk): the command
    /// then exits 2 whatever it found.
    nonisolated(unsafe) static var failed = false

    /// Writes every byte to `fd`, retrying short writes; false on any error.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        return bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }
}
