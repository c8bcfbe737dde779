/// The library's surface for users: one import gives every layer's public values (the
/// model, the report, the renderers) and the entry point in `Resdiff.swift`.
@_exported import DiffEngine
@_exported import ResolutionAmend
@_exported import ResolutionCheck
@_exported import ResolutionCompare
@_exported import ResolutionLanguage
@_exported import ResolutionModel
@_exported import ResolutionReader
@_exported import ResolutionRender
