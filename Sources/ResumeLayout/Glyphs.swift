/// The few symbols the layout draws itself, in a Unicode set and an ASCII set for
/// terminals (or fonts) without them.
public struct Glyphs: Equatable, Hashable, Sendable {
    /// Marks a top-level bullet.
    public var bullet: String
    /// Marks a nested bullet.
    public var subBullet: String
    /// Between the parts of a line: "2023.09 – 현재 · 3년 2개월".
    public var separator: String
    /// Between two dates.
    public var dash: String
    /// Repeated across the width for a thematic break, and under a table's header.
    public var rule: String
    /// Down the left of a block quote.
    public var quoteBar: String

    public init(bullet: String, subBullet: String, separator: String, dash: String, rule: String, quoteBar: String) {
        self.bullet = bullet
        self.subBullet = subBullet
        self.separator = separator
        self.dash = dash
        self.rule = rule
        self.quoteBar = quoteBar
    }

    /// Typographic symbols: • ◦ · – ─ │
    public static let unicode = Glyphs(bullet: "•", subBullet: "◦", separator: "·", dash: "–", rule: "─", quoteBar: "│")
    /// Plain ASCII for terminals or fonts without those symbols: * - | - - |
    public static let ascii = Glyphs(bullet: "*", subBullet: "-", separator: "|", dash: "-", rule: "-", quoteBar: "|")
}
