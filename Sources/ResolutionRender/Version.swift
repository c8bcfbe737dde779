/// The release of resdiff; the command line prints it for `--version`.
public enum ResdiffVersion {
    public static let string = "0.1.0"
}
