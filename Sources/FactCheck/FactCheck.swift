/// FactCheck: pulls quantities out of news text and checks them for consistency.
///
/// Stages, each in its own folder: Text → Extract → Facts → Checks → Report.
public enum FactCheckVersion {
    public static let current = "0.1.0"
    public static let informationURI = "https://github.com/factcheck/factcheck"
}
