// swift-tools-version:6.0
// resdiff: compares versions of United Nations resolution texts.
// No dependencies by design: everything ships with the Swift toolchain.
//
// The targets are the pipeline's layers, bottom first. A target may use only the ones
// listed as its dependencies, so a use that points up the pipeline does not compile
// (Docs/architecture.md says why each layer is where it is).
import PackageDescription

/// Every layer of the library, bottom first.
let libraryLayers: [Target.Dependency] = [
    "DiffEngine", "ResolutionModel", "ResolutionLanguage", "ResolutionReader", "ResolutionCompare",
    "ResolutionCheck", "ResolutionAmend", "ResolutionRender",
]

let package = Package(
    name: "resdiff",
    products: [
        .library(name: "ResolutionDiff", targets: ["ResolutionDiff"]),
        .executable(name: "resdiff", targets: ["resdiff"]),
    ],
    targets: [
        // The system's zlib: Word files are zip packages of deflated XML.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Bottom: an engine that diffs integer records and knows nothing of resolutions.
        .target(name: "DiffEngine"),
        // Bottom: the document model, plain values.
        .target(name: "ResolutionModel"),
        // Language facts: lexicon, typography folding, numbering, symbols, tokens.
        .target(name: "ResolutionLanguage", dependencies: ["ResolutionModel"]),
        // Reading: bytes → text → lines → Document.
        .target(name: "ResolutionReader", dependencies: ["ResolutionModel", "ResolutionLanguage", "CZlib"]),
        // Comparing: two Documents → alignment → word diffs → ChangeReport.
        .target(name: "ResolutionCompare", dependencies: ["ResolutionModel", "ResolutionLanguage", "DiffEngine"]),
        // Built on a comparison: check rules, and amendments both ways.
        .target(name: "ResolutionCheck", dependencies: ["ResolutionModel", "ResolutionLanguage", "ResolutionCompare"]),
        .target(
            name: "ResolutionAmend",
            dependencies: ["ResolutionModel", "ResolutionLanguage", "ResolutionReader", "ResolutionCompare", "DiffEngine"]),
        // Rendering: document, report, findings, amendments → text, JSON, HTML, and the Word
        // redline (a zip package, deflated by the system's zlib).
        .target(
            name: "ResolutionRender",
            dependencies: [
                "ResolutionModel", "ResolutionLanguage", "ResolutionCompare", "ResolutionCheck", "ResolutionAmend",
                "DiffEngine", "CZlib",
            ]),
        // The library's one entry point, over every layer.
        .target(name: "ResolutionDiff", dependencies: libraryLayers),
        .executableTarget(name: "resdiff", dependencies: ["ResolutionDiff"]),
        .executableTarget(
            name: "resdiff-bench", dependencies: ["ResolutionDiff"], path: "Sources/resdiff-bench"),
        // libFuzzer's entry point (`make fuzz`); an empty program in an ordinary build.
        .executableTarget(name: "resdiff-fuzz", dependencies: ["ResolutionDiff"], path: "Sources/resdiff-fuzz"),
        // Tests mirror the layers; TestSupport holds the corpus and the golden helper.
        // A layer's tests may look inside every layer (@testable), so they list them all.
        .target(name: "TestSupport", dependencies: ["ResolutionDiff", "ResolutionReader", "ResolutionLanguage", "ResolutionModel"], path: "Tests/TestSupport"),
        .testTarget(name: "DiffEngineTests", dependencies: ["DiffEngine", "TestSupport"]),
        .testTarget(name: "ResolutionLanguageTests", dependencies: libraryLayers + ["TestSupport"]),
        .testTarget(name: "ResolutionReaderTests", dependencies: libraryLayers + ["TestSupport", "CZlib"]),
        .testTarget(name: "ResolutionCompareTests", dependencies: libraryLayers + ["TestSupport"]),
        .testTarget(name: "ResolutionCheckTests", dependencies: libraryLayers + ["TestSupport"]),
        .testTarget(name: "ResolutionAmendTests", dependencies: libraryLayers + ["TestSupport"]),
        .testTarget(name: "ResolutionRenderTests", dependencies: libraryLayers + ["TestSupport"]),
        .testTarget(name: "resdiffTests", dependencies: ["resdiff"]),
    ]
)
