import Glibc
import ResumeContent
import ResumeModel
import ResumeViewer
import TerminalUI

/// What `show` was asked to do, as plain values: the same whether swift-argument-parser
/// read the command line or `QuickArguments` did.
struct ShowRequest: Equatable {
    var file: String?
    var language: LanguageOptions.Code?
    var plain = false
    var width = 80
    var page: String?
    var theme: ThemeChoice?
    var ambiguous: AmbiguousChoice = .auto
    var answerWait = UIOptions.localAnswerWait

    func run() throws {
        try reportingFailures {
            let environment = environment()
            let (resume, translations) = try ResumeFiles.load(file: file).chosenReadingLater(language?.language, environment: environment)
            let startPage = try pageIndex(page.flatMap(PageChoice.init(argument:)), in: resume)
            if plain || isatty(STDOUT_FILENO) == 0 {
                writeOut(plainText(resume, page: startPage, width: width))
                return
            }
            try runInteractive(resume, options(page: startPage ?? 0, translations: translations, environment: environment))
        }
    }

    /// The session starter's warm-up (`TerminalApp.warmUp`): what `run` does before the
    /// terminal, on the same résumé, in silence; a parse of the built-in résumé's text,
    /// for the parser's first use in a session; and a parse of every file read, which a
    /// session whose file has not changed takes as it is (`ParseMemo`).
    func warmUp() {
        _ = ResumeParser.parse(ResumeContent.bytes)
        let environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
        guard let files = try? ResumeFiles.load(file: file),
              let (resume, translations) = try? files.chosenReadingLater(language?.language, environment: environment)
        else { return }
        _ = try? files.resumes()
        TerminalApp.warmUp(resume: resume, options: options(page: 0, translations: translations, environment: environment))
    }

    /// The screen's options for this request, as `run` and the warm-up both give them.
    private func options(page: Int, translations: [Document.Translation], environment: [String: String]) -> UIOptions {
        var options = UIOptions(page: page, theme: theme?.theme, ambiguous: ambiguous.width(environment),
                                answerWait: answerWait, today: today(), environment: environment)
        options.translations = translations
        return options
    }
}
