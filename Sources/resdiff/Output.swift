import Foundation
import ResolutionDiff

/// Writing to the standard streams. Errors are one line, `resdiff: ` first, on stderr.
enum Output {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func out(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("resdiff: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("resdiff: note: \(message)\n".utf8))
    }
}
