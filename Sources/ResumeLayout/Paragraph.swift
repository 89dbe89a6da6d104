/// Text to wrap as one block: an optional lead (a bullet marker or a contact label) at
/// `indent`, then words, whose continuation lines hang at `hang`.
///
///     indent
///     │ hang
///     │ │
///     • 신규 레디스 클러스터 셋팅 및,
///       레디스 점검 수행
public struct Paragraph: Equatable, Sendable {
    public var words: [Word]
    /// Drawn first on the first line; the text after it starts at `hang` when it can.
    public var lead: Word?
    /// Column of the first line's first cell, before shrinking for narrow widths.
    public var indent: Int
    /// Column of every continuation line (and of the text after a lead).
    public var hang: Int

    public init(_ words: [Word], lead: Word? = nil, indent: Int = 0, hang: Int? = nil) {
        self.words = words
        self.lead = lead
        self.indent = indent
        self.hang = hang ?? (indent + (lead.map { $0.width + 1 } ?? 0))
    }
}

/// How a laid-out line continues into the next one; search uses it to find a match the
/// wrap split in two.
public enum LineJoin: Equatable, Hashable, Sendable {
    /// The wrap broke at a space: the next line continues the text after that space.
    case space
    /// The wrap broke inside a word too wide for the line: the next line continues the word.
    case word
    /// The text ends here (a paragraph's last line, a blank line).
    case end
}

/// What the layout knows about a line beyond its spans.
public struct LineFlow: Equatable, Hashable, Sendable {
    /// Leading cells that are layout indentation, not text.
    public var indent: Int
    public var join: LineJoin
    public init(indent: Int, join: LineJoin) {
        self.indent = indent
        self.join = join
    }
}
