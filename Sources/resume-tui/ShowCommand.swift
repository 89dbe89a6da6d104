import ArgumentParser

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

    var request: ShowRequest {
        ShowRequest(file: source.file, language: language.lang, plain: plain, width: width.width, page: page?.name,
                    theme: screen.theme, ambiguous: screen.ambiguous, answerWait: screen.answerWait)
    }

    func run() throws { try request.run() }
}
