/// diff's convention, which scripts and CI rely on: 0 no changes, 1 changes, 2 trouble.
enum ExitCode: Int32 {
    case noChanges = 0
    case changes = 1
    case trouble = 2
}
