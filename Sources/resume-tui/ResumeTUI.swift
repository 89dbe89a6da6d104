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

    /// With no arguments (the way a visitor's session and most people start it) `show`
    /// is parsed on its own: the whole tree of five commands and their options is built
    /// only when there is something on the command line to match against it.
    static func main() {
        if CommandLine.arguments.count == 1 {
            Show.main([])
        } else {
            main(nil)
        }
    }
}
