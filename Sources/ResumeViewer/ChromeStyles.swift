import ResumeLayout

extension FrameRole {
    /// The screen's own roles, around the résumé: every theme gives each of them a look.
    public static let chrome: [FrameRole] = [.tabBar, .tabName, .tabCurrent, .footer, .footerHint, .cursor, .emphasis]
}

extension Theme {
    /// How the screen's chrome (tab bar, footer, cursor) looks in this theme.
    ///
    /// It lives here rather than in the terminal back end so that it is a value the tests
    /// can measure: each coloured bar sets its own background, so its contrast is the same
    /// on every terminal, and the footer's hints are measured on the terminal backgrounds
    /// the theme is for (ContrastTests holds the table).
    public var chromeStyles: [FrameRole: TextStyle] {
        switch name {
        case "dark": return darkChrome
        case "light": return lightChrome
        default: return monoChrome
        }
    }
}

private func color(_ index: UInt8, _ fallback: UInt8) -> TerminalColor { TerminalColor(index, fallback8: fallback) }

// The footer is the terminal's own text on its own background, its hints in the theme's
// grey for secondary text: the position it shows changes at every line scrolled, and in
// the terminal's default colours ncurses redraws it with no colour change before it and
// no reset after it. A bar's colours cost 36 bytes a key (`ESC[38;5;252m ESC[48;5;236m`
// before the counter, `ESC[39;49m ESC(B ESC[m` after), nearly as much as the rest of a
// scroll by one plain line. The tab bar keeps its bar.

/// Light text on a dark grey tab bar (236, #303030), the current tab in the theme's heading orange.
private let darkChrome: [FrameRole: TextStyle] = {
    let bar = color(236, 0)
    return [
        .tabBar: TextStyle(foreground: color(252, 7), background: bar),
        .tabName: TextStyle(foreground: color(117, 6), background: bar, bold: true),
        .tabCurrent: TextStyle(foreground: color(16, 0), background: color(214, 3), bold: true),
        .footer: TextStyle(),
        .footerHint: TextStyle(foreground: color(246, 7)),
        .cursor: TextStyle(reverse: true),
        .emphasis: TextStyle(bold: true),
    ]
}()

/// Dark text on a light grey tab bar, the current tab white on the theme's name blue.
private let lightChrome: [FrameRole: TextStyle] = {
    // 254 (#e4e4e4): on 252 (#d0d0d0) the blue tab name was 4.2:1. A lighter bar lifts
    // it over 4.5:1 and still stands apart from a white or cream terminal.
    let bar = color(254, 7)
    return [
        .tabBar: TextStyle(foreground: color(236, 0), background: bar),
        .tabName: TextStyle(foreground: color(25, 4), background: bar, bold: true),
        .tabCurrent: TextStyle(foreground: color(231, 7), background: color(25, 4), bold: true),
        .footer: TextStyle(),
        .footerHint: TextStyle(foreground: color(241, 0)),
        .cursor: TextStyle(reverse: true),
        .emphasis: TextStyle(bold: true),
    ]
}()

/// No colours: reverse-video bars, the current tab standing out by not being reversed.
private let monoChrome: [FrameRole: TextStyle] = [
    .tabBar: TextStyle(reverse: true),
    .tabName: TextStyle(bold: true, reverse: true),
    .tabCurrent: TextStyle(bold: true, underline: true),
    .footer: TextStyle(reverse: true),
    .footerHint: TextStyle(reverse: true),
    .cursor: TextStyle(underline: true),
    .emphasis: TextStyle(bold: true),
]
