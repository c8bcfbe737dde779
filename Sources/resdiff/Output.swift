import Foundation
import ResolutionDiff

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

/// Parses the files a command was given, in order; on the first that cannot be read,
/// says why on stderr and returns nil (the command then exits 2).
func loadDocuments(_ paths: [String], tracked: TrackedChanges = .accepted) -> [Document]? {
    var documents: [Document] = []
    for path in paths {
        do {
            documents.append(try ResolutionParser.parse(path: path, tracked: tracked))
        } catch {
            Output.error(error.description)
            return nil
        }
    }
    return documents
}

/// `--tracked accepted|original`: which text of a Word file with tracked changes to read.
let trackedOption = OptionSpec.value("tracked")

func trackedChoice(_ arguments: Arguments) throws(UsageError) -> TrackedChanges {
    TrackedChanges(rawValue: try arguments.choice("tracked", of: ["accepted", "original"], default: "accepted"))!
}
