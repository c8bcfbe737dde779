import Foundation
import ResolutionDiff

/// libFuzzer's entry point: `make fuzz` builds this with `-sanitize=fuzzer,address` and
/// runs it once per target (RESDIFF_FUZZ_TARGET: text, word, amendment, compare). In an
/// ordinary build it is an empty program: without the fuzzer's runtime nothing calls it.
/// No top-level code here: the fuzzer build compiles it as a library file.

/// The target, read once.
nonisolated(unsafe) private var target: FuzzTarget?
/// The text amendments are applied to: a corpus resolution, read once.
nonisolated(unsafe) private var base: SourceText?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if target == nil {
        let name = ProcessInfo.processInfo.environment["RESDIFF_FUZZ_TARGET"] ?? "text"
        target = FuzzTarget(rawValue: name) ?? .text
        if let path = ProcessInfo.processInfo.environment["RESDIFF_FUZZ_BASE"] {
            base = try? Resdiff.source(path)
        }
    }
    target!.run(Array(UnsafeBufferPointer(start: data, count: size)), base: base)
    return 0
}
