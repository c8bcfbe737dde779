import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// `resdiff check` output: one finding a line as `DRAFT:LINE: LEVEL: message [rule]` (the
/// shape compilers use, so editors jump to the line), GitHub workflow commands so
/// findings land as annotations on the lines, or JSON.
public enum FindingsRender {
    /// `FILE:LINE: LEVEL: message [rule]`, one a line.
    public static func text(_ findings: [Finding], file: String) -> String {
        findings.map { "\(file):\($0.line): \($0.level.rawValue): \($0.message) [\($0.rule.rawValue)]\n" }.joined()
    }

    /// `::error file=F,line=L,title=resdiff scope::message`.
    public static func github(_ findings: [Finding], file: String) -> String {
        findings.map { f in
            let command = f.level == .error ? "error" : "warning"
            return
                "::\(command) file=\(property(file)),line=\(f.line),title=\(property("resdiff \(f.rule.rawValue)"))::\(data(f.message))\n"
        }.joined()
    }

    /// The findings for scripts, with counts of errors and warnings.
    public static func json(_ findings: [Finding], file: String) -> String {
        JSONValue.object([
            ("formatVersion", .int(1)),
            ("file", .string(file)),
            ("errors", .int(findings.filter { $0.level == .error }.count)),
            ("warnings", .int(findings.filter { $0.level == .warning }.count)),
            (
                "findings",
                .array(
                    findings.map { f in
                        .object([
                            ("line", .int(f.line)), ("level", .string(f.level.rawValue)),
                            ("rule", .string(f.rule.rawValue)),
                            ("paragraph", .optional(f.paragraph?.description)), ("message", .string(f.message)),
                        ])
                    })
            ),
        ]).serialized()
    }

    /// GitHub's escaping of a workflow command's message.
    static func data(_ s: String) -> String {
        s.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// And of a property value, which also may not hold ':' or ','.
    static func property(_ s: String) -> String {
        data(s).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
