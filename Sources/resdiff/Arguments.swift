/// Hand-written argument scanning in the manner of diff and git: options may come
/// before or after the operands, `--` ends options, `-` is an operand (standard
/// input), and `--name=value` and `--name value` are the same.
struct OptionSpec {
    var long: String
    var short: Character?
    var takesValue: Bool

    static func flag(_ long: String, _ short: Character? = nil) -> OptionSpec {
        OptionSpec(long: long, short: short, takesValue: false)
    }
    static func value(_ long: String, _ short: Character? = nil) -> OptionSpec {
        OptionSpec(long: long, short: short, takesValue: true)
    }
}

struct UsageError: Error {
    var message: String
}

struct Arguments {
    var operands: [String] = []
    private(set) var values: [String: String] = [:]
    /// Every value of options given more than once (`--rule a=off --rule b=error`).
    private(set) var repeated: [String: [String]] = [:]
    private(set) var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name] }
    func all(_ name: String) -> [String] { repeated[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }

    static func scan(_ args: [String], options: [OptionSpec]) throws(UsageError) -> Arguments {
        var result = Arguments()
        var i = 0
        var optionsEnded = false
        func spec(long: String) -> OptionSpec? { options.first { $0.long == long } }
        func spec(short: Character) -> OptionSpec? { options.first { $0.short == short } }

        while i < args.count {
            let arg = args[i]
            i += 1
            if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
                result.operands.append(arg)
                continue
            }
            if arg == "--" { optionsEnded = true; continue }
            let option: OptionSpec
            var inlineValue: String?
            if arg.hasPrefix("--") {
                let body = arg.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                if body.contains("=") { inlineValue = String(body.drop { $0 != "=" }.dropFirst()) }
                guard let found = spec(long: name) else { throw UsageError(message: "unknown option '--\(name)'") }
                option = found
            } else {
                let letter = arg.dropFirst().first!
                guard let found = spec(short: letter) else { throw UsageError(message: "unknown option '-\(letter)'") }
                option = found
                if arg.count > 2 { inlineValue = String(arg.dropFirst(2)) }
            }
            if option.takesValue {
                if inlineValue == nil {
                    guard i < args.count else { throw UsageError(message: "option '--\(option.long)' needs a value") }
                    inlineValue = args[i]
                    i += 1
                }
                result.values[option.long] = inlineValue
                result.repeated[option.long, default: []].append(inlineValue!)
            } else {
                if inlineValue != nil { throw UsageError(message: "option '--\(option.long)' takes no value") }
                result.flags.insert(option.long)
            }
        }
        return result
    }
}
