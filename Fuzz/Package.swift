// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for every parser a user's bytes reach (see scripts/fuzz).
//
// A package of its own, depending on FactCheck by path: scripts/fuzz builds it with
// `-sanitize=fuzzer,address` on the command line, and the main package's own builds, tests and
// release binary never see those flags.
let package = Package(
    name: "FactCheckFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "FactCheck", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "factcheck-fuzz",
            dependencies: [.product(name: "FactCheck", package: "FactCheck")],
            // Only this executable links libFuzzer. scripts/fuzz compiles everything with AddressSanitizer
            // and libFuzzer's coverage on the command line, which reaches the build-tool plugins'
            // executables (rules and build info embedding) too; linking libFuzzer into them would
            // need a fuzz callback they do not have.
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
