import ArgumentParser
import Glibc
import ResumeServer

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
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == [SessionStarter.command] {
            // Warmed up on what most sessions show: the built-in résumé as the server asks for it.
            StarterProcess.serve(warmUp: { QuickArguments.show(["show", "--answer-wait", "1500"])?.warmUp() }, run: runSession)
        }
        run(arguments)
    }

    /// One command line, as `main` reads it: in this process, or in a session the
    /// starter forked (which then ends).
    static func run(_ arguments: [String]) {
        guard let request = QuickArguments.show(arguments) else {
            main(arguments)
            return
        }
        do {
            try request.run()
        } catch {
            exit(withError: error)
        }
    }

    /// A session forked by the starter: its command line, then exit as a process would.
    static func runSession(_ arguments: [String]) -> Never {
        run(arguments)
        Glibc.exit(0)
    }
}
