import ResumeLayout

extension FrameRole {
    /// The screen's own roles, around the résumé: every theme gives each of them a look.
    public static let chrome: [FrameRole] = [.tabBar, .tabName, .tabCurrent, .footer, .footerHint, .cursor, .emphasis]
}

extension Theme {
    /// How the screen's chrome (tab bar, footer, cursor) looks in this theme.
    ///
    /// It lives here rather than in the terminal back end so that it is a value the tests
    /// can measure: each coloured role sets its own background, so its contrast is the same
    /// on every terminal (ContrastTests holds the table).
    public var chromeStyles: [FrameRole: TextStyle] {
        switch name {
        case "dark": return darkChrome
        case "light": return lightChrome
        default: return monoChrome
        }
    }
}

private func color(_ index: UInt8, _ fallback: UInt8) -> TerminalColor { TerminalColor(index, fallback8: fallback) }

/// Light text on dark grey bars (236, #303030), the current tab in the theme's heading orange.
private let darkChrome: [FrameRole: TextStyle] = {
    let bar = color(236, 0)
    return [
        .tabBar: TextStyle(foreground: color(252, 7), background: bar),
        .tabName: TextStyle(foreground: color(117, 6), background: bar, bold: true),
        .tabCurrent: TextStyle(foreground: color(16, 0), background: color(214, 3), bold: true),
        .footer: TextStyle(foreground: color(252, 7), background: bar),
        // 248 (#a8a8a8, 5.6:1 on the bar): 246 was 4.4:1, under what body text needs.
        .footerHint: TextStyle(foreground: color(248, 7), background: bar),
        .cursor: TextStyle(reverse: true),
        .emphasis: TextStyle(bold: true),
    ]
}()

/// Dark text on light grey bars, the current tab white on the theme's name blue.
private let lightChrome: [FrameRole: TextStyle] = {
    // 254 (#e4e4e4): on 252 (#d0d0d0) the blue tab name was 4.2:1 and the grey hints
    // 4.0:1. A lighter bar lifts both over 4.5:1 and still stands apart from a white or
    // cream terminal.
    let bar = color(254, 7)
    return [
        .tabBar: TextStyle(foreground: color(236, 0), background: bar),
        .tabName: TextStyle(foreground: color(25, 4), background: bar, bold: true),
        .tabCurrent: TextStyle(foreground: color(231, 7), background: color(25, 4), bold: true),
        .footer: TextStyle(foreground: color(236, 0), background: bar),
        .footerHint: TextStyle(foreground: color(241, 0), background: bar),
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
