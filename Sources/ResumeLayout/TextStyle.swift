/// A terminal color: an index into the 256-color palette, and the nearest of the eight
/// basic colors for terminals that have only those.
public struct TerminalColor: Equatable, Hashable, Sendable {
    /// 0–255, the xterm 256-color palette.
    public var index256: UInt8
    /// 0–7: black, red, green, yellow, blue, magenta, cyan, white.
    public var fallback8: UInt8
    public init(_ index256: UInt8, fallback8: UInt8) {
        self.index256 = index256
        self.fallback8 = fallback8
    }
}

/// How a role looks. Colors are optional: nil means the terminal's own default.
public struct TextStyle: Equatable, Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool

    public init(
        foreground: TerminalColor? = nil, background: TerminalColor? = nil,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false,
        dim: Bool = false, italic: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    /// The terminal's default look.
    public static let plain = TextStyle()

}
