import Foundation

/// What the fuzzer drives, one function per target, each the whole path a user's input
/// takes: read, compare, render, write amendments, apply them. Errors are the expected
/// outcome of most inputs; a trap, a hang or a lost word is the failure the fuzzer
/// looks for. The regression tests run the same functions on the crash inputs kept in
/// Tests/Fuzz, so a fixed crash stays fixed.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// Bytes as a text file: decoding, relining, segmenting.
    case text
    /// Bytes as a Word file: zip, inflate, XML, numbering.
    case word
    /// Bytes as amendments, applied to a corpus text.
    case amendment
    /// Bytes as two texts (split at the first NUL, or in the middle), compared and
    /// rendered in every format, amendments written and applied back.
    case compare

    /// Runs one input through the target. Traps are the only way it fails.
    package func run(_ bytes: [UInt8], base: SourceText? = nil) {
        switch self {
        case .text:
            _ = try? ResolutionParser.parse(SourceText.decode(bytes, name: "fuzz.txt"))
        case .word:
            _ = try? ResolutionParser.parse(SourceText.decode(bytes, name: "fuzz.docx"))
        case .amendment:
            guard let base else { return }
            _ = try? Resdiff.apply(String(decoding: bytes, as: UTF8.self), to: base)
        case .compare:
            let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
            let (a, b) = (Array(bytes[..<cut]), Array(bytes[min(cut + 1, bytes.count)...]))
            guard let old = try? ResolutionParser.parse(SourceText.decode(a, name: "old.txt")),
                let newSource = try? SourceText.decode(b, name: "new.txt"),
                let new = try? ResolutionParser.parse(newSource),
                let report = try? Resdiff.compare(old, new)
            else { return }
            for renderer in Formats.report { _ = renderer.render(report, options: RenderOptions()) }
            let amendments = Resdiff.amend(report)
            for renderer in Formats.amendments { _ = renderer.render(amendments, options: RenderOptions()) }
            if let oldSource = try? SourceText.decode(a, name: "old.txt") {
                let text = AmendmentText.render(amendments.instructions.map(\.instruction), base: nil, target: nil)
                _ = try? Resdiff.apply(text, to: oldSource, partial: true)
            }
        }
    }
}
