import ArgumentParser

/// The `resume-tui` command: wiring only. Each subcommand lives in its own file.
@main
struct ResumeTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume-tui",
        abstract: "An interactive terminal résumé, locally or over SSH.",
        subcommands: [Show.self, TourCommand.self, Check.self, Export.self, Serve.self],
        defaultSubcommand: Show.self
    )

    /// The usual command lines (no arguments, as a visitor's session and most people
    /// start it, or the server's `show …`) skip the parser's tree of five commands; see
    /// `QuickArguments`. Errors leave the way they would have through `main()`.
    static func main() {
        guard let request = QuickArguments.show(Array(CommandLine.arguments.dropFirst())) else {
            main(nil)
            return
        }
        do {
            try request.run()
        } catch {
            exit(withError: error)
        }
    }
}
