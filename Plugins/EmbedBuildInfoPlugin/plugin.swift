import Foundation
import PackagePlugin

/// Embeds the package's `VERSION` into a target as `BuildInfo.version`, and into the `factcheck`
/// executable the git commit too (`BuildInfo.commit`), for `factcheck --version`.
///
/// The commit is read from the files in `.git`, not from the environment or a `git` process, so the
/// same checkout always builds the same binary. Only the small executable depends on it: a new commit
/// relinks the command, not the library.
@main
struct EmbedBuildInfoPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let versionFile = context.package.directoryURL.appending(path: "VERSION")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildInfo.swift")
        var arguments = [output.path, versionFile.path]
        if target.name == "factcheck" {
            arguments.append(GitCommit.read(package: context.package.directoryURL) ?? "unknown")
        }
        return [
            .buildCommand(
                displayName: "Embedding the version",
                executable: try context.tool(named: "EmbedBuildInfo").url,
                arguments: arguments,
                inputFiles: [versionFile],
                outputFiles: [output]
            )
        ]
    }
}

/// The commit a checkout is at, from `.git` (a folder, or a worktree's `gitdir:` file): HEAD, the
/// branch it names, then packed-refs. Nil outside a git checkout (a source archive).
enum GitCommit {
    static func read(package: URL) -> String? {
        let dotGit = package.appending(path: ".git")
        var gitDirectory = dotGit
        if let pointer = text(dotGit), pointer.hasPrefix("gitdir:") {
            let path = pointer.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
            gitDirectory = path.hasPrefix("/") ? URL(fileURLWithPath: path) : package.appending(path: path)
        }
        // A worktree keeps HEAD itself and shares refs with the main repository.
        var common = gitDirectory
        if let relative = text(gitDirectory.appending(path: "commondir")) {
            common = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : gitDirectory.appending(path: relative)
        }
        guard let head = text(gitDirectory.appending(path: "HEAD")) else { return nil }
        guard head.hasPrefix("ref:") else { return abbreviated(head) }
        let ref = head.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)
        if let hash = text(gitDirectory.appending(path: ref)) ?? text(common.appending(path: ref)) { return abbreviated(hash) }
        let packed = text(common.appending(path: "packed-refs")) ?? ""
        for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
            return abbreviated(String(line.prefix { $0 != " " }))
        }
        return nil
    }

    private static func text(_ url: URL) -> String? {
        (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func abbreviated(_ hash: String) -> String? {
        hash.count >= 12 && hash.allSatisfy(\.isHexDigit) ? String(hash.prefix(12)) : nil
    }
}
