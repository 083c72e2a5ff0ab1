/// FactCheck: pulls quantities out of news text and checks them for consistency.
///
/// Stages, each in its own folder: Text → Extract → Facts → Checks → Report.
public enum FactCheckVersion {
    /// The release, from the package's VERSION file.
    public static let current = BuildInfo.version
    public static let informationURI = "https://github.com/factcheck/factcheck"
}
