import ArgumentParser
import Glibc
import TerminalUI

/// The default: the interactive résumé on a terminal, plain text otherwise.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the résumé (the default): interactive on a terminal, plain text in a pipe."
    )

    @OptionGroup var source: SourceOptions
    @OptionGroup var language: LanguageOptions
    @Flag(help: "Print plain text even on a terminal.") var plain = false
    @OptionGroup var width: WidthOptions
    @Option(help: "Open on this page: its name (about, career, talks, …) or its number.") var page: PageChoice?
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        try reportingFailures {
            let environment = environment()
            let (resume, translations) = try source.files().chosen(language.language, environment: environment)
            let startPage = try pageIndex(page, in: resume)
            if plain || isatty(STDOUT_FILENO) == 0 {
                writeOut(plainText(resume, page: startPage, width: width.width))
                return
            }
            var options = screen.uiOptions(page: startPage ?? 0, today: today(), environment: environment)
            options.translations = translations
            try runInteractive(resume, options)
        }
    }
}
