// swift-tools-version:6.0
// resdiff: compares versions of United Nations resolution texts.
// No dependencies by design: everything ships with the Swift toolchain.
import PackageDescription

let package = Package(
    name: "resdiff",
    products: [
        .library(name: "ResolutionDiff", targets: ["ResolutionDiff"]),
        .executable(name: "resdiff", targets: ["resdiff"]),
    ],
    targets: [
        // The system's zlib: Word files are zip packages of deflated XML.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ResolutionDiff", dependencies: ["CZlib"]),
        .executableTarget(name: "resdiff", dependencies: ["ResolutionDiff"]),
        .executableTarget(
            name: "resdiff-bench", dependencies: ["ResolutionDiff"], path: "Sources/resdiff-bench"),
        .testTarget(name: "ResolutionDiffTests", dependencies: ["ResolutionDiff"]),
        .testTarget(name: "resdiffTests", dependencies: ["resdiff"]),
    ]
)
