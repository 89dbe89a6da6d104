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
}
