import ArgumentParser
import Glibc
import ResumeLayout
import TerminalUI

/// `resume-tui tour`: the résumé presents itself, for a meeting room or a booth.
struct TourCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tour",
        abstract: "Play a tour of the résumé by itself; any key takes over.",
        discussion: "At --speed 1 the tour takes about a minute and a half; --loop restarts it for a booth."
    )
    @OptionGroup var source: SourceOptions
    @OptionGroup var language: LanguageOptions
    @Option(help: "Pace: 2 is twice as fast (0.25-20).") var speed: Double = 1
    @Flag(help: "Start over at the end, until a key is pressed.") var loop = false
    @OptionGroup var screen: ScreenOptions
    @Option(help: "Record the tour to this asciicast v2 file (80x24) instead of showing it.") var record: String?
    @Flag(help: .hidden) var exitAfterTour = false

    func validate() throws {
        guard (0.25...20).contains(speed) else { throw ValidationError("--speed must be between 0.25 and 20") }
    }

    func run() throws {
        try reportingFailures {
            let environment = environment()
            let (resume, translations) = try source.files().chosenReadingLater(language.language, environment: environment)
            if let record {
                // The recording's terminal is ours: nothing to ask it.
                var arguments = ["tour", "--speed", String(speed), "--theme", (screen.theme ?? .dark).rawValue,
                                 "--ambiguous", "narrow", "--exit-after-tour"]
                if let file = source.file { arguments += ["--file", file] }
                if let code = language.lang { arguments += ["--lang", code.rawValue] }
                try TourRecorder(arguments: arguments).record(to: record)
                return
            }
            guard isatty(STDOUT_FILENO) != 0 else {
                throw Failure("resume-tui: the tour needs a terminal; try `resume-tui --plain`", status: 2)
            }
            var options = screen.uiOptions(today: today(), environment: environment)
            options.translations = translations
            options.tour = (speed, loop)
            options.exitAfterTour = exitAfterTour
            try runInteractive(resume, options)
        }
    }
}
