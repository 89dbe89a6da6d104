import ArgumentParser
import ResumeContent

/// The default: the interactive résumé on a terminal, plain text otherwise.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the résumé (the default).")
    @Option(help: "Read this résumé instead of the built-in one.") var file: String?
    @Flag(help: "Print plain text even on a terminal.") var plain = false
    @Option(help: "Width of plain text, in terminal cells.") var width: Int = 80
    @Option(help: "Open on this page (about, career, talks, skills, or a number).") var page: String?
    @Option(help: "dark, light or mono.") var theme: String?

    func run() throws {
        print(String(decoding: ResumeContent.bytes, as: UTF8.self), terminator: "")
    }
}
