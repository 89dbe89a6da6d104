import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the résumé as json (JSON Resume), markdown or plain text.")
    @Option(help: "json, markdown or plain.") var format: String = "plain"
    @Option(help: "Read this résumé instead of the built-in one.") var file: String?
    func run() throws {}
}
