import CNCursesW
import ResumeLayout

/// What the painter colors: the document's roles, and the screen's own chrome.
enum PaletteRole: Hashable {
    case content(Role)
    case tabBar, tabName, tabCurrent
    case footer, footerHint
    case cursor
    case emphasis
}

/// A theme turned into ncurses attributes and color pairs for this terminal.
///
/// Without colors (a vt100, `NO_COLOR`, a monochrome terminal) every role takes the
/// monochrome theme's look, whatever theme was asked for: a search match that only
/// differed by background color would otherwise vanish.
struct Palette {
    struct Style {
        var attributes: attr_t
        var pair: Int16
    }

    private var styles: [PaletteRole: Style] = [:]
    /// The link role as an SGR sequence, for text written outside ncurses (OSC 8).
    let linkSGR: String

    init(theme: Theme, colors: Terminal.ColorSupport) {
        let source = colors == .none ? Theme.mono : theme
        let chrome = Palette.chrome(for: source)
        linkSGR = HyperlinkWriter.sgr(source.style(for: .link), colors: colors)
        for role in Role.allCases {
            styles[.content(role)] = Palette.make(source.style(for: role), colors)
        }
        for (role, style) in chrome {
            styles[role] = Palette.make(style, colors)
        }
    }

    func style(for role: PaletteRole) -> Style {
        styles[role] ?? Style(attributes: cn_a_normal(), pair: 0)
    }

    private static func chrome(for theme: Theme) -> [PaletteRole: TextStyle] {
        func color(_ index: UInt8, _ fallback: UInt8) -> TerminalColor { TerminalColor(index, fallback8: fallback) }
        switch theme.name {
        case "dark":
            let bar = TextStyle(foreground: color(252, 7), background: color(236, 0))
            return [
                .tabBar: bar,
                .tabName: TextStyle(foreground: color(117, 6), background: color(236, 0), bold: true),
                .tabCurrent: TextStyle(foreground: color(16, 0), background: color(214, 3), bold: true),
                .footer: bar,
                .footerHint: TextStyle(foreground: color(246, 7), background: color(236, 0)),
                .cursor: TextStyle(reverse: true),
                .emphasis: TextStyle(bold: true),
            ]
        case "light":
            let bar = TextStyle(foreground: color(236, 0), background: color(252, 7))
            return [
                .tabBar: bar,
                .tabName: TextStyle(foreground: color(25, 4), background: color(252, 7), bold: true),
                .tabCurrent: TextStyle(foreground: color(231, 7), background: color(25, 4), bold: true),
                .footer: bar,
                .footerHint: TextStyle(foreground: color(241, 0), background: color(252, 7)),
                .cursor: TextStyle(reverse: true),
                .emphasis: TextStyle(bold: true),
            ]
        default:
            // Reverse-video bars, the current tab standing out by not being reversed.
            return [
                .tabBar: TextStyle(reverse: true),
                .tabName: TextStyle(bold: true, reverse: true),
                .tabCurrent: TextStyle(bold: true, underline: true),
                .footer: TextStyle(reverse: true),
                .footerHint: TextStyle(reverse: true),
                .cursor: TextStyle(underline: true),
                .emphasis: TextStyle(bold: true),
            ]
        }
    }

    private static func make(_ style: TextStyle, _ colors: Terminal.ColorSupport) -> Style {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.underline { attributes |= cn_a_underline() }
        if style.reverse { attributes |= cn_a_reverse() }
        if style.dim { attributes |= cn_a_dim() }
        if style.italic { attributes |= cn_a_italic() }
        var pair: Int16 = 0
        if colors != .none, style.foreground != nil || style.background != nil {
            func number(_ color: TerminalColor?) -> Int32 {
                guard let color else { return -1 }  // the terminal's default
                return colors == .extended ? Int32(color.index256) : Int32(color.fallback8)
            }
            // alloc_pair reuses a pair for the same two colors; -1 when the table is full.
            let allocated = alloc_pair(number(style.foreground), number(style.background))
            if allocated > 0 && allocated <= Int32(Int16.max) { pair = Int16(allocated) }
        }
        return Style(attributes: attributes, pair: pair)
    }
}
