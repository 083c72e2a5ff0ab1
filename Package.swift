// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FactCheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factcheck", targets: ["factcheck"]),
        .library(name: "FactCheck", targets: ["FactCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libpcre2-8 from the system: only Sources/FactCheck/Regex imports it.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // Turns rules/*.yml into Swift string literals so a copied binary carries its rules.
        .executableTarget(name: "EmbedRules"),
        .plugin(name: "EmbedRulesPlugin", capability: .buildTool(), dependencies: ["EmbedRules"]),
        // VERSION (and, for the command, the git commit) as Swift constants: `factcheck --version`.
        .executableTarget(name: "EmbedBuildInfo"),
        .plugin(name: "EmbedBuildInfoPlugin", capability: .buildTool(), dependencies: ["EmbedBuildInfo"]),
        .target(
            name: "FactCheck",
            dependencies: ["CPCRE2", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRulesPlugin", "EmbedBuildInfoPlugin"]
        ),
        .executableTarget(
            name: "factcheck",
            dependencies: ["FactCheck", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["EmbedBuildInfoPlugin"]
        ),
        .testTarget(
            name: "FactCheckTests",
            // Yams: the CI recipe tests read action.yml and .pre-commit-hooks.yaml.
            dependencies: ["FactCheck", "factcheck", .product(name: "Yams", package: "Yams")],
            // Expected outputs the tests read by path: not sources, not resources.
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
