import ResolutionLanguage
import ResolutionModel

/// Why a file could not be read as a document.
///
/// Every case names the file and the problem in words a user can act on: the command
/// line prints `description` as its one-line error and exits with status 2.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, without the file name.
    public enum Problem: Equatable, Sendable {
        case missing
        case isDirectory
        case unreadable(String)
        case empty
        case binary
        case notADocument(String)
        /// A file of a known format that cannot be used as it is (a damaged or hostile
        /// Word package): the reason says it all, and "not a resolution" would mislead.
        case refused(String)
    }

    public var file: String
    public var problem: Problem

    public init(file: String, problem: Problem) {
        self.file = file
        self.problem = problem
    }

    public var description: String {
        let file = Typography.visibleControls(self.file)
        switch problem {
        case .missing: return "\(file): no such file"
        case .isDirectory: return "\(file): is a directory, not a text file"
        case .unreadable(let why): return "\(file): cannot be read (\(why))"
        case .empty: return "\(file): is empty"
        case .binary: return "\(file): is a binary file, not text"
        case .notADocument(let why): return "\(file): not a resolution or report (\(why))"
        case .refused(let why): return "\(file): \(why)"
        }
    }
}
