import Foundation
import PackagePlugin

/// Compiles the top-level resume.md into the `ResumeContent` module, so the binary
/// carries its own résumé and a fork only has to edit one file and rebuild.
@main
struct EmbedResume: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let input = context.package.directoryURL.appending(path: "resume.md")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResume.swift")
        return [
            .buildCommand(
                displayName: "Embedding resume.md",
                executable: try context.tool(named: "resume-embed").url,
                arguments: [input.path, output.path],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}
