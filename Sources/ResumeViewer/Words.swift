import ResumeModel

/// The viewer's own words (help, hints, messages, the tour's captions) in one language.
/// The UI speaks the language of the résumé shown, so a Korean résumé gets a Korean
/// screen; each language is one table (this file's English, `WordsKorean.swift`,
/// `WordsChinese.swift`, `WordsJapanese.swift`), looked up by `Words.of(_:)`, so no
/// sentence of the UI is written anywhere else.
public struct Words: Sendable {
    /// The language's name in itself, as the `L` hint offers it: "English", "한국어".
    public let languageName: String

    // MARK: - Help: headings, then each binding's description

    public let browseKeysTitle, searchKeysTitle, helpKeysTitle: String
    public let nextPage, previousPage, scrollDownLine, scrollUpLine, pageDown, pageUp, halfPageDown, halfPageUp: String
    public let topOfPage, bottomOfPage, nextEntry, previousEntry, searchAllPages, nextMatch, previousMatch: String
    public let closeHelpOrSearch, thisHelp, cycleTheme, copyEmail, redraw, quit, goToPage, switchLanguage: String
    public let wheelScrollUp, wheelScrollDown, clickTab: String
    public let typeQuery, jumpToFirstMatch, deleteCharacter, cancelSearch: String
    public let top, bottom, closeHelp: String
    /// How help writes the triggers that are not one key.
    public let anyCharacter, wheelUp, wheelDown, click, anyOtherKey: String

    // MARK: - Footer

    public let hintPages, hintScroll, hintSearch, hintHelp, hintQuit, hintJump, hintCancel, hintCloses: String
    /// The footer's name for the help screen.
    public let helpName: String
    /// The prompt's count of matches as the query is typed: "no match", "1 match", "12 matches".
    public let matchCount: @Sendable (Int) -> String
    public let tourTakeOver: String

    // MARK: - Messages

    public let theme: @Sendable (_ name: String) -> String
    public let noEmail: String
    public let copied: @Sendable (_ address: String) -> String
    public let lastEntry: String
    public let noMatch: String
    public let noMatchFor: @Sendable (_ query: String) -> String
    public let wrappedToFirstPage, wrappedToFirstMatch, wrappedToLastMatch, noSearchYet: String
    public let onlyOneLanguage: String
    public let handedOver, tourEnded: String
    /// The too-small screen's messages, longest first; it shows the longest that fits.
    public let tooSmall: @Sendable (_ width: Int, _ height: Int) -> [String]

    // MARK: - The tour's captions

    public let tourOpening: @Sendable (_ name: String) -> String
    /// Ends with the figure: the tour's tests check the screen shows what the caption ends with.
    public let keyFigure: @Sendable (_ figure: String) -> String
    /// Ends with the word found, for the same reason.
    public let initialsSearch: @Sendable (_ initials: String, _ word: String) -> String
    public let contacts, thanks: String

    /// The words for `language`.
    public static func of(_ language: Language) -> Words {
        switch language {
        case .korean: return .korean
        case .chinese: return .chinese
        case .japanese: return .japanese
        case .english: return .english
        }
    }
}

extension Words {
    static let english = Words(
        languageName: "English",
        browseKeysTitle: "Keys", searchKeysTitle: "In the search prompt", helpKeysTitle: "On this help screen",
        nextPage: "next page", previousPage: "previous page",
        scrollDownLine: "scroll down one line", scrollUpLine: "scroll up one line",
        pageDown: "page down", pageUp: "page up", halfPageDown: "half a page down", halfPageUp: "half a page up",
        topOfPage: "top of the page", bottomOfPage: "bottom of the page",
        nextEntry: "next entry (job, talk, skill)", previousEntry: "previous entry",
        searchAllPages: "search all pages (Korean initials work: ㄹㄷㅅ)",
        nextMatch: "next match", previousMatch: "previous match",
        closeHelpOrSearch: "close help or search, clear highlights", thisHelp: "this help",
        cycleTheme: "theme: dark, light, monochrome", copyEmail: "copy the email address to your clipboard",
        redraw: "redraw the screen", quit: "quit", goToPage: "go to page N",
        switchLanguage: "switch to the résumé's other language, keeping your place",
        wheelScrollUp: "scroll up", wheelScrollDown: "scroll down", clickTab: "on a tab: open its page",
        typeQuery: "type the query (Korean too); matches show as you type",
        jumpToFirstMatch: "jump to the first match from here",
        deleteCharacter: "delete a character; on an empty query, close", cancelSearch: "cancel the search",
        top: "top", bottom: "bottom", closeHelp: "close the help",
        anyCharacter: "any character", wheelUp: "wheel up", wheelDown: "wheel down", click: "click",
        anyOtherKey: "any other key",
        hintPages: "pages", hintScroll: "scroll", hintSearch: "search", hintHelp: "help", hintQuit: "quit",
        hintJump: "jump", hintCancel: "cancel", hintCloses: "closes",
        helpName: "Help",
        matchCount: { $0 == 0 ? "no match" : $0 == 1 ? "1 match" : "\($0) matches" },
        tourTakeOver: "any key takes over",
        theme: { "theme: " + $0 },
        noEmail: "no email address in this résumé",
        copied: { "copied \($0) to your clipboard" },
        lastEntry: "last entry",
        noMatch: "no match",
        noMatchFor: { "no match for \"\($0)\"" },
        wrappedToFirstPage: "search wrapped to the first page",
        wrappedToFirstMatch: "search wrapped to the first match",
        wrappedToLastMatch: "search wrapped to the last match",
        noSearchYet: "no search yet: press / to search",
        onlyOneLanguage: "only one language",
        handedOver: "you have the controls: ? shows the keys",
        tourEnded: "end of the tour: you have the controls",
        tooSmall: { width, height in [
            "Please make the window larger (at least \(width)x\(height)). q quits.",
            "Please make the window larger.",
            "Window too small",
            "Too small",
        ] },
        tourOpening: { "\($0): the résumé, presenting itself" },
        keyFigure: { "key figure: " + $0 },
        initialsSearch: { "search understands Korean initials: \($0) finds \($1)" },
        contacts: "contacts", thanks: "thanks for watching")
}
