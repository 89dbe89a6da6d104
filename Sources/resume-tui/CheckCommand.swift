import ArgumentParser

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check resume.md and print what is wrong, with line numbers.")
    @Option(help: "The file to check (default: the built-in résumé).") var file: String?
    func run() throws {}
}
