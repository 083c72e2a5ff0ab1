import Foundation
import PackagePlugin

/// Embeds the package's `rules/*.yml` and the generated lexicon `rules/lexicon/wordnet.tsv` into the
/// FactCheck library as string literals, so a copied `factcheck` binary carries its built-in rules
/// and works from any directory.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: rulesDirectory.path)
            .filter { $0.hasSuffix(".yml") }
            .sorted()
        let inputs = names.map { rulesDirectory.appending(path: $0) } + [rulesDirectory.appending(path: "lexicon/wordnet.tsv")]
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) rule files and the lexicon",
                executable: try context.tool(named: "EmbedRules").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
