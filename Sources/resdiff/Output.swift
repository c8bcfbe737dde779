import Foundation

/// Writing to the standard streams. Errors are one line, `resdiff: ` first, on stderr.
enum Output {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("resdiff: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("resdiff: note: \(message)\n".utf8))
    }
}
