import Foundation
import PackagePlugin

/// Compiles the top-level resume.md, and its translations beside it (resume.en.md,
/// resume.ja.md, …), into the `ResumeContent` module, so the binary carries its own
/// résumé and a fork only has to edit those files and rebuild.
///
/// The translations are found by listing the package's top folder each build: a fork
/// adds a language by adding its file, and one with none builds with none. The tool
/// also parses each file and embeds the result, so the program parses nothing at start.
@main
struct EmbedResume: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // A target may carry a résumé of its own (a test fixture); the program's is the
        // package's top-level one.
        let own = target.directoryURL.appending(path: "resume.md")
        let folder = FileManager.default.fileExists(atPath: own.path) ? target.directoryURL : context.package.directoryURL
        let input = folder.appending(path: "resume.md")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResume.swift")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let translations = names.compactMap(Self.languageCode).sorted().map { code in
            (code: code, url: folder.appending(path: "resume.\(code).md"))
        }
        return [
            .buildCommand(
                displayName: "Embedding resume.md" + translations.map { " and resume.\($0.code).md" }.joined(),
                executable: try context.tool(named: "resume-embed").url,
                arguments: [input.path, output.path] + translations.flatMap { [$0.code, $0.url.path] },
                inputFiles: [input] + translations.map(\.url),
                outputFiles: [output]
            )
        ]
    }

    /// `en` for `resume.en.md`: two or three lowercase letters, as language codes are.
    /// Which codes the program knows is the program's business (it skips others).
    static func languageCode(_ name: String) -> String? {
        guard name.hasPrefix("resume."), name.hasSuffix(".md") else { return nil }
        let code = name.dropFirst("resume.".count).dropLast(".md".count)
        guard (2...3).contains(code.count), code.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return String(code)
    }
}
