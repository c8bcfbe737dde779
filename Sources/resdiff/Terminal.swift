import Foundation

/// What the command line needs to know about where its output goes: colour only on a
/// terminal and never with NO_COLOR (no-color.org), and the width to wrap to.
enum Terminal {
    static func useColor(_ choice: String, writingToFile: Bool) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        switch choice {
        case "always": return true
        case "never": return false
        default:
            return !writingToFile && isatty(STDOUT_FILENO) != 0 && environment["TERM"] != "dumb"
        }
    }

    /// COLUMNS when set to a sensible number, else 80.
    static func width() -> Int {
        if let value = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(value), n >= 20 { return n }
        return 80
    }
}
