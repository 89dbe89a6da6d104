/// Everything the résumé viewer can be asked to do. Keys map to actions through the
/// keymap of the current mode; the reducer is the only place that changes the state.
public enum Action: Equatable, Sendable {
    case nextPage, previousPage
    case goToPage(Int)              // 0-based
    case scroll(Int)                // lines; negative is up
    case pageDown, pageUp, halfPageDown, halfPageUp
    case top, bottom
    case nextEntry, previousEntry
    case beginSearch
    case searchInsert(String)
    case searchDeleteBackward
    case searchSubmit
    case nextMatch, previousMatch
    case escape                     // close help or the search prompt, clear highlights
    case toggleHelp
    case cycleTheme
    case switchLanguage             // `L`: the résumé's next language, at the same place
    case copyEmail                  // to the viewer's clipboard, through the terminal (OSC 52)
    case redraw                     // draw every cell again (Ctrl-L)
    case quit
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
}
