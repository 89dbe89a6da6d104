import ArgumentParser

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the résumé over SSH.")
    func run() throws {}
}
