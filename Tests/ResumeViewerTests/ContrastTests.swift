import Foundation
import ResumeLayout
import ResumeViewer
import XCTest

/// The coloured themes measured with WCAG 2.x: every role with a colour, the résumé's and
/// the screen's chrome, on the terminal backgrounds its theme is for; and the choice of a
/// theme from the terminal's background.
final class ContrastTests: XCTestCase {
    // MARK: - The table

    /// The terminal backgrounds each coloured theme must read well on. Mono sets no
    /// colours, so its text is the terminal's own.
    static let cases: [(theme: Theme, terminals: [(name: String, background: RGBColor)])] = [
        (.dark, [("black", RGBColor(0x00, 0x00, 0x00)), ("typical dark", RGBColor(0x1e, 0x1e, 0x1e))]),
        (.light, [("xterm white", RGBColor(0xff, 0xff, 0xff)), ("Solarized light", RGBColor(0xfd, 0xf6, 0xe3))]),
    ]

    /// WCAG 2.x's minimum for body text (success criterion 1.4.3, level AA). Every role is
    /// held to it, secondary text and footer hints too: none is a mere decoration.
    static let bodyText = 4.5

    struct Row {
        var theme: String
        /// The terminal background the row was measured on, or "any" when the role sets
        /// its own background.
        var terminal: String
        var role: String
        var foreground: TerminalColor
        var background: RGBColor
        var ratio: Double

        var line: String {
            [pad(theme, 6), pad(terminal, 16), pad(role, 18),
             pad(String(foreground.index256), 4) + foreground.rgb.hex, pad(background.hex, 8), String(format: "%5.2f", ratio)]
                .joined(separator: " ")
        }
    }

    /// Each role of `theme` that has a colour, by the name the table shows.
    static func coloredStyles(of theme: Theme) -> [(name: String, style: TextStyle)] {
        let content = Role.allCases.map { ($0.rawValue, theme.style(for: $0)) }
        let chrome = FrameRole.chrome.map { ("chrome.\($0)", theme.chromeStyles[$0] ?? .plain) }
        return (content + chrome).filter { $0.1.foreground != nil }
    }

    /// Every row: a role with its own background once, any other once per terminal background.
    static func table() -> [Row] {
        var rows: [Row] = []
        for (theme, terminals) in cases {
            for (role, style) in coloredStyles(of: theme) {
                guard let foreground = style.foreground else { continue }
                if let background = style.background {
                    rows.append(Row(theme: theme.name, terminal: "any", role: role, foreground: foreground,
                                    background: background.rgb, ratio: foreground.rgb.contrastRatio(with: background.rgb)))
                    continue
                }
                for (name, background) in terminals {
                    rows.append(Row(theme: theme.name, terminal: name, role: role, foreground: foreground,
                                    background: background, ratio: foreground.rgb.contrastRatio(with: background)))
                }
            }
        }
        return rows
    }

    func testEveryColouredRoleReadsAsBodyText() {
        let rows = Self.table()
        // Printed once, to paste into notes.
        let header = [pad("theme", 6), pad("terminal", 16), pad("role", 18), pad("fg", 11), pad("bg", 8), "ratio"]
        print((["contrast table (WCAG 2.x, xterm palette):", header.joined(separator: " ")] + rows.map(\.line))
            .joined(separator: "\n"))
        for row in rows {
            XCTAssertGreaterThanOrEqual(
                row.ratio, Self.bodyText,
                "\(row.theme) theme, \(row.role) on \(row.terminal == "any" ? "its own background" : row.terminal): "
                    + "\(row.foreground.index256) \(row.foreground.rgb.hex) on \(row.background.hex) is "
                    + String(format: "%.2f", row.ratio) + ":1, under \(Self.bodyText):1")
        }
    }

    func testTheTableHasEveryColouredRole() {
        let rows = Self.table()
        for (theme, terminals) in Self.cases {
            for (role, style) in Self.coloredStyles(of: theme) {
                let measured = rows.filter { $0.theme == theme.name && $0.role == role }
                XCTAssertEqual(measured.count, style.background == nil ? terminals.count : 1, "\(theme.name) \(role)")
            }
            // A background without a foreground would put the terminal's own text colour,
            // which nobody can measure, on it.
            for role in Role.allCases where theme.style(for: role).foreground == nil {
                XCTAssertNil(theme.style(for: role).background, "\(theme.name) \(role) has a background but no foreground")
            }
            for role in FrameRole.chrome where theme.chromeStyles[role]?.foreground == nil {
                XCTAssertNil(theme.chromeStyles[role]?.background, "\(theme.name) \(role) has a background but no foreground")
            }
        }
    }

    func testEveryThemeStylesEveryChromeRole() {
        for theme in Theme.all {
            XCTAssertEqual(Set(theme.chromeStyles.keys), Set(FrameRole.chrome), theme.name)
        }
        for (role, style) in Theme.mono.chromeStyles {
            XCTAssertNil(style.foreground, "mono \(role)")
            XCTAssertNil(style.background, "mono \(role)")
        }
    }

    /// Many terminals draw dim text at half intensity on top of its colour, which halves
    /// a contrast measured without it; a colour already makes a role secondary.
    func testNoColouredRoleIsAlsoDim() {
        for (theme, _) in Self.cases {
            let styles = Role.allCases.map { ("\($0)", theme.style(for: $0)) }
                + FrameRole.chrome.map { ("chrome.\($0)", theme.chromeStyles[$0] ?? .plain) }
            for (role, style) in styles where style.foreground != nil || style.background != nil {
                XCTAssertFalse(style.dim, "\(theme.name) \(role) is dim as well as coloured")
            }
        }
    }

    /// What a line scrolled in costs: the footer's position changes at every line, and a
    /// bullet leads most lines. In the terminal's own text they need no change of colour
    /// and no reset after it (about 60 bytes a key in all, scripts/bench.d/bytes_per_key.py);
    /// a highlight stands out by colour alone, as bold costs a whole attribute sequence more.
    func testWhatEveryScrollRedrawsNeedsNoColourChange() {
        for (theme, _) in Self.cases {
            XCTAssertEqual(theme.chromeStyles[.footer], TextStyle(), "\(theme.name) footer")
            XCTAssertNil(theme.chromeStyles[.footerHint]?.background, "\(theme.name) footer hints")
            XCTAssertEqual(theme.style(for: .bullet), theme.style(for: .plain), "\(theme.name) bullet")
            XCTAssertFalse(theme.style(for: .highlight).bold, "\(theme.name) highlight")
        }
    }

    // MARK: - The colour model

    func testXtermPalette() {
        let expected: [(UInt8, String)] = [
            (0, "#000000"), (1, "#cd0000"), (7, "#e5e5e5"), (8, "#7f7f7f"), (12, "#5c5cff"), (15, "#ffffff"),
            (16, "#000000"), (17, "#00005f"), (21, "#0000ff"), (46, "#00ff00"), (67, "#5f87af"),
            (94, "#875f00"), (196, "#ff0000"), (214, "#ffaf00"), (231, "#ffffff"),
            (232, "#080808"), (236, "#303030"), (244, "#808080"), (255, "#eeeeee"),
        ]
        for (index, hex) in expected {
            XCTAssertEqual(RGBColor(xterm: index).hex, hex, "index \(index)")
        }
    }

    func testLuminanceAndContrastRatio() {
        XCTAssertEqual(RGBColor.black.relativeLuminance, 0)
        XCTAssertEqual(RGBColor.white.relativeLuminance, 1, accuracy: 1e-12)
        XCTAssertEqual(RGBColor.black.contrastRatio(with: .white), 21, accuracy: 1e-9)
        XCTAssertEqual(RGBColor.white.contrastRatio(with: .black), 21, accuracy: 1e-9)
        XCTAssertEqual(RGBColor(0x1e, 0x1e, 0x1e).contrastRatio(with: RGBColor(0x1e, 0x1e, 0x1e)), 1)
        // #767676 is the lightest grey that passes 4.5:1 on white (4.54), a figure often quoted.
        XCTAssertEqual(RGBColor(0x76, 0x76, 0x76).contrastRatio(with: .white), 4.54, accuracy: 0.005)
        XCTAssertEqual(RGBColor(0x80, 0x80, 0x80).relativeLuminance, 0.2159, accuracy: 0.0001)
    }

    // MARK: - Choosing a theme from the background

    func testSuitingBackground() {
        let cases: [(String, RGBColor, String)] = [
            ("xterm white", RGBColor(0xff, 0xff, 0xff), "light"),
            ("black", RGBColor(0x00, 0x00, 0x00), "dark"),
            ("typical dark #1e1e1e", RGBColor(0x1e, 0x1e, 0x1e), "dark"),
            ("Solarized light #fdf6e3", RGBColor(0xfd, 0xf6, 0xe3), "light"),
            // Relative luminance 0.216, over the 0.179 where black and white text tie.
            ("mid grey #808080", RGBColor(0x80, 0x80, 0x80), "light"),
            ("Solarized dark #002b36", RGBColor(0x00, 0x2b, 0x36), "dark"),
            // Either side of the tie: #757575 is 0.178, #767676 is 0.181.
            ("#757575", RGBColor(0x75, 0x75, 0x75), "dark"),
            ("#767676", RGBColor(0x76, 0x76, 0x76), "light"),
        ]
        for (name, background, theme) in cases {
            XCTAssertEqual(Theme.suiting(background: background).name, theme, name)
        }
    }

    /// What the start-up probe will do with xterm's reply on its default white background.
    func testSuitingXtermsOSC11Reply() throws {
        let white = try XCTUnwrap(RGBColor(osc11Reply: "rgb:ffff/ffff/ffff"))
        XCTAssertEqual(white, .white)
        XCTAssertEqual(Theme.suiting(background: white).name, "light")
        let black = try XCTUnwrap(RGBColor(osc11Reply: "rgb:0000/0000/0000"))
        XCTAssertEqual(Theme.suiting(background: black).name, "dark")
    }
}

/// `text` padded with spaces to `width` characters (the table is ASCII).
private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
