/// A look for every role, and the glyphs to draw with.
///
/// The themes only choose looks: the layout (and so every line's width) is the same in
/// all of them, apart from the glyph set.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var glyphs: Glyphs
    var styles: [Role: TextStyle]

    public init(name: String, glyphs: Glyphs = .unicode, styles: [Role: TextStyle]) {
        self.name = name
        self.glyphs = glyphs
        self.styles = styles
    }

    /// How `role` looks in this theme.
    public func style(for role: Role) -> TextStyle { styles[role] ?? .plain }

    /// The same theme drawing with `glyphs` (`.ascii` for terminals without Unicode).
    public func with(glyphs: Glyphs) -> Theme {
        var copy = self
        copy.glyphs = glyphs
        return copy
    }

    /// Every built-in theme, in the order `t` cycles through them.
    public static let all: [Theme] = [.dark, .light, .mono]

    /// The built-in theme called `name` ("dark", "light", "mono" or "monochrome"), any case.
    public static func named(_ name: String) -> Theme? {
        switch name.lowercased() {
        case "dark": return .dark
        case "light": return .light
        case "mono", "monochrome", "none": return .mono
        default: return nil
        }
    }
}

// MARK: - The built-in themes

private func color(_ index: UInt8, _ fallback: UInt8) -> TerminalColor { TerminalColor(index, fallback8: fallback) }

// Every coloured role's text reaches WCAG's 4.5:1 for body text on the backgrounds its
// theme is for (ContrastTests prints the table), secondary text included: it is still
// read. Secondary roles are set apart by a greyer colour, never by the dim attribute,
// which many terminals draw at half intensity on top of the colour.
// Only indices 16–255 carry contrast: colour schemes redefine 0–15 (the eight-colour
// fallbacks) freely, while 16–255 look the same in nearly every terminal. (0–15 would
// be 6 bytes shorter a switch, but red 1 is 4.3:1 on Solarized light's cream, and bright
// yellow 11 is Solarized dark's grey.)
//
// Every change of colour within a line costs bytes at each scroll, and a change back to
// plain text the most (ncurses follows `ESC[39m` with a full reset, `ESC(B ESC[m`): a
// bullet takes the look of the text it leads, and a highlighted figure stands out by its
// colour alone, as bold costs a whole attribute sequence (`ESC(B ESC[0;1m`) on top of
// the colour. With an uncoloured footer, that took `j` on the owner's career page from a
// median of 104 bytes beyond the new line's text to 46 (bench/RESULTS.md).

extension Theme {
    /// Light text on a dark background.
    ///
    /// For black to about #1e1e1e; `Theme.suiting(background:)` picks it for any
    /// background darker than mid grey.
    public static let dark = Theme(name: "dark", styles: [
        .plain: .plain,
        .name: TextStyle(foreground: color(117, 6), bold: true),
        .headline: TextStyle(foreground: color(252, 7), italic: true),
        .heading: TextStyle(foreground: color(214, 3), bold: true),
        .organization: TextStyle(foreground: color(81, 6), bold: true),
        .subheading: TextStyle(foreground: color(180, 3), bold: true),
        .period: TextStyle(foreground: color(150, 2)),
        .bullet: TextStyle(),
        .label: TextStyle(foreground: color(109, 4), bold: true),
        .link: TextStyle(foreground: color(75, 4), underline: true),
        .emphasis: TextStyle(bold: true),
        .code: TextStyle(foreground: color(179, 3)),
        .dim: TextStyle(foreground: color(246, 7)),
        .highlight: TextStyle(foreground: color(221, 3)),
        .match: TextStyle(foreground: color(16, 0), background: color(220, 3)),
        .currentMatch: TextStyle(foreground: color(16, 0), background: color(208, 1), bold: true),
    ])

    /// Dark text on a light background.
    ///
    /// For white and cream (Solarized light, #fdf6e3); `Theme.suiting(background:)`
    /// picks it from mid grey up.
    public static let light = Theme(name: "light", styles: [
        .plain: .plain,
        .name: TextStyle(foreground: color(25, 4), bold: true),
        .headline: TextStyle(foreground: color(238, 0), italic: true),
        .heading: TextStyle(foreground: color(94, 1), bold: true),
        .organization: TextStyle(foreground: color(24, 4), bold: true),
        .subheading: TextStyle(foreground: color(95, 3), bold: true),
        .period: TextStyle(foreground: color(22, 2)),
        .bullet: TextStyle(),
        .label: TextStyle(foreground: color(60, 5), bold: true),
        .link: TextStyle(foreground: color(26, 4), underline: true),
        .emphasis: TextStyle(bold: true),
        .code: TextStyle(foreground: color(124, 1)),
        .dim: TextStyle(foreground: color(241, 0)),
        // No orange reaches 4.5:1 on cream (166 was 3.5:1): red, which stands out from
        // the dark text without bold.
        .highlight: TextStyle(foreground: color(160, 1)),
        .match: TextStyle(foreground: color(16, 0), background: color(229, 3)),
        .currentMatch: TextStyle(foreground: color(16, 0), background: color(214, 1), bold: true),
    ])

    /// No colors at all: emphasis by bold and underline, the current search match by
    /// reverse video and other matches by bold underline, so it stays usable on a
    /// terminal without color or with NO_COLOR set.
    public static let mono = Theme(name: "mono", styles: [
        .plain: .plain,
        .name: TextStyle(bold: true, underline: true),
        .headline: TextStyle(italic: true),
        .heading: TextStyle(bold: true, underline: true),
        .organization: TextStyle(bold: true),
        .subheading: TextStyle(bold: true),
        .period: TextStyle(),
        .bullet: TextStyle(),
        .label: TextStyle(bold: true),
        .link: TextStyle(underline: true),
        .emphasis: TextStyle(bold: true),
        .code: TextStyle(),
        .dim: TextStyle(dim: true),
        .highlight: TextStyle(bold: true),
        .match: TextStyle(bold: true, underline: true),
        .currentMatch: TextStyle(bold: true, reverse: true),
    ])
}
