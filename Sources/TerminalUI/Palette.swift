import CNCursesW
import ResumeLayout
import ResumeViewer

/// A theme turned into ncurses attributes and color pairs for this terminal.
///
/// Without colors (a vt100, `NO_COLOR`, a monochrome terminal) every role takes the
/// monochrome theme's look, whatever theme was asked for: a search match that only
/// differed by background color would otherwise vanish.
struct Palette {
    struct Style: Equatable {
        var attributes: attr_t
        var pair: Int16
        /// Whether a blank cell in this style looks different from a plain blank: a
        /// background, underline or reverse video shows on a space; a foreground colour,
        /// bold or italic does not.
        var showsOnBlank = false
    }

    private var styles: [FrameRole: Style] = [:]
    /// The link role as an SGR sequence, for text written outside ncurses (OSC 8).
    let linkSGR: String

    init(theme: Theme, colors: Terminal.ColorSupport) {
        let source = colors == .none ? Theme.mono : theme
        let chrome = source.chromeStyles
        linkSGR = HyperlinkWriter.sgr(source.style(for: .link), colors: colors)
        for role in Role.allCases {
            styles[.content(role)] = Palette.make(source.style(for: role), colors)
        }
        for (role, style) in chrome {
            styles[role] = Palette.make(style, colors)
        }
    }

    func style(for role: FrameRole) -> Style {
        styles[role] ?? Style(attributes: cn_a_normal(), pair: 0)
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
        let background = colors != .none && style.background != nil
        return Style(attributes: attributes, pair: pair, showsOnBlank: background || style.underline || style.reverse)
    }
}
