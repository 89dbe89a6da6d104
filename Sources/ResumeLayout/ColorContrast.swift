// Foundation for `pow`: the sRGB curve's exponent of 2.4 is not a whole number.
import Foundation

/// A colour as a screen shows it: 8-bit sRGB channels.
///
/// Themes speak in palette indices (`TerminalColor`); this is what those indices look like
/// on xterm, so the themes' contrast can be measured and the terminal's background (which
/// it reports as RGB, see `init?(osc11Reply:)`) can choose a theme.
public struct RGBColor: Equatable, Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static let black = RGBColor(0, 0, 0)
    public static let white = RGBColor(255, 255, 255)

    /// `#rrggbb`, as people write colours in notes and terminal settings.
    public var hex: String {
        "#" + [red, green, blue].map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}

// MARK: - The xterm palette

extension RGBColor {
    /// What xterm shows for palette index `index` by default.
    ///
    /// Terminals let users change the first sixteen, so those are only xterm's defaults;
    /// 16–255 are the same in nearly every emulator, which is why the themes stay in that
    /// range for anything contrast depends on.
    public init(xterm index: UInt8) {
        switch index {
        case 0..<16:
            self = xtermBasic[Int(index)]
        case 16..<232:
            // A 6x6x6 cube: index 16 + 36r + 6g + b, each step one of these levels.
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let cube = Int(index) - 16
            self.init(levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        default:
            // 24 greys from 8 to 238 in steps of 10; neither end is pure black or white,
            // which the cube already has.
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            self.init(grey, grey, grey)
        }
    }
}

extension TerminalColor {
    /// The colour as xterm draws it with its default palette.
    public var rgb: RGBColor { RGBColor(xterm: index256) }
}

/// xterm's default colours 0–15 (its `XTerm` resources): the eight basic colours, then
/// their bright versions.
private let xtermBasic: [RGBColor] = [
    RGBColor(0x00, 0x00, 0x00), RGBColor(0xcd, 0x00, 0x00), RGBColor(0x00, 0xcd, 0x00), RGBColor(0xcd, 0xcd, 0x00),
    RGBColor(0x00, 0x00, 0xee), RGBColor(0xcd, 0x00, 0xcd), RGBColor(0x00, 0xcd, 0xcd), RGBColor(0xe5, 0xe5, 0xe5),
    RGBColor(0x7f, 0x7f, 0x7f), RGBColor(0xff, 0x00, 0x00), RGBColor(0x00, 0xff, 0x00), RGBColor(0xff, 0xff, 0x00),
    RGBColor(0x5c, 0x5c, 0xff), RGBColor(0xff, 0x00, 0xff), RGBColor(0x00, 0xff, 0xff), RGBColor(0xff, 0xff, 0xff),
]

// MARK: - WCAG 2.x contrast

extension RGBColor {
    /// WCAG 2.x relative luminance: 0 for black, 1 for white, weighted by how bright
    /// the eye finds each primary once the sRGB gamma is undone.
    public var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            // 0.04045 is the sRGB standard's knee; WCAG 2.0 printed 0.03928, which gives
            // the same result for every 8-bit value.
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.x contrast ratio, from 1 (the same) to 21 (black and white), whichever is
    /// lighter. Body text needs 4.5.
    public func contrastRatio(with other: RGBColor) -> Double {
        let a = relativeLuminance
        let b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

// MARK: - A theme for the background

extension Theme {
    /// `.light` or `.dark`, whichever reads better on a terminal whose background is
    /// `background` (as its OSC 11 reply gives it).
    ///
    /// The light theme's text is dark and the dark theme's is light, so the choice is the
    /// one between black and white text: whichever contrasts more with the background.
    /// They contrast equally where (L + 0.05) / 0.05 = 1.05 / (L + 0.05), at a relative
    /// luminance of about 0.179, so mid grey (#808080, 0.216) and anything brighter gets
    /// the light theme. The eye's sense of "light" is not the point: a background that
    /// looks medium is already too bright for light-grey text. A tie goes to dark, the
    /// default.
    public static func suiting(background: RGBColor) -> Theme {
        background.contrastRatio(with: .black) > background.contrastRatio(with: .white) ? .light : .dark
    }
}
