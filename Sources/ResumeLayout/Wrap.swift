/// Word wrapping by terminal cells.
///
/// Rules:
/// - Lines break between words: at the spaces of Korean and English, and between the
///   words `Word.split` cuts Chinese and Japanese into, where no space is added or taken
///   (`LineBreak` says where, and keeps closing punctuation off a line's start and opening
///   brackets off its end). A word goes on the next line when it does not fit, and is
///   broken itself only when it alone is wider than the line's room; then it is cut
///   between grapheme clusters, and a two-cell cluster never goes into a one-cell
///   remainder (it starts the next line).
/// - Indentation never takes more than a quarter of the width, so narrow windows keep
///   room for text: at 20 columns a nested bullet still has 15 cells.
/// - No line ends with a space, and no line is wider than the width, with one exception:
///   at width 1 a two-cell cluster has nowhere to go but a line of its own, two cells
///   wide. (`Wrap.fits(_:width:)` states the rule; the tests check it.)
public enum Wrap {
    /// Whether `line` obeys the width rule: at most `width` cells, or, at width 1 only,
    /// a single two-cell grapheme cluster alone.
    public static func fits(_ line: StyledLine, width: Int) -> Bool {
        if line.width <= width { return true }
        guard width <= 1 else { return false }
        let text = line.text
        return text.count == 1 && line.width == 2
    }

    /// Wraps styled text to `width` cells: a convenience over `Paragraph` for callers
    /// outside the page layout.
    public static func wrap(_ spans: [Span], width: Int, indent: Int = 0, hang: Int? = nil) -> (lines: [StyledLine], flow: [LineFlow]) {
        var lines: [StyledLine] = []
        var flow: [LineFlow] = []
        wrap(Paragraph(Word.split(spans), indent: indent, hang: hang), width: width, into: &lines, flow: &flow)
        return (lines, flow)
    }

    /// The most indentation a line of `width` may have.
    static func maxIndent(width: Int) -> Int { width / 4 }

    /// Appends the lines of `paragraph` at `width` to `lines`, and what joins them to `flow`.
    /// A width below 1 is taken as 1.
    public static func wrap(_ paragraph: Paragraph, width rawWidth: Int, into lines: inout [StyledLine], flow: inout [LineFlow]) {
        let width = max(rawWidth, 1)
        guard !paragraph.words.isEmpty || paragraph.lead != nil else { return }
        let cap = maxIndent(width: width)
        var builder = LineBuilder(width: width, indent: min(paragraph.indent, cap))
        let hang = min(max(paragraph.hang, paragraph.indent), cap)
        var leadGap = 1
        if let lead = paragraph.lead {
            builder.place(lead, hang: hang, lines: &lines, flow: &flow)
            // Pad to the hanging column so the first line's text lines up with the rest.
            leadGap = max(1, hang - builder.column)
        }
        for (index, word) in paragraph.words.enumerated() {
            // The first word follows the lead; a word of a Chinese or Japanese run follows
            // the one before with nothing between.
            let spaced = index == 0 || word.spaceBefore
            let gap = index == 0 ? leadGap : (spaced ? 1 : 0)
            if builder.hasText {
                // After a lead, a word that must be broken anyway starts beside it rather
                // than leaving the bullet alone on its line.
                let besideLead = index == 0 && word.width > width - hang
                    && builder.column + gap + word.firstCharacterWidth <= width
                if builder.column + gap + word.width <= width || besideLead {
                    if gap > 0 { builder.appendSpace(gap, before: word) }
                    if besideLead {
                        builder.place(word, hang: hang, lines: &lines, flow: &flow)
                    } else {
                        builder.append(word)
                    }
                    continue
                }
                // A break with no space between the words takes nothing from the text: search
                // reads the next line straight on, as after a word broken by cells.
                builder.finish(spaced ? .space : .word, lines: &lines, flow: &flow)
                builder.start(indent: hang)
            }
            builder.place(word, hang: hang, lines: &lines, flow: &flow)
        }
        builder.finish(.end, lines: &lines, flow: &flow)
    }
}

/// One line being filled.
struct LineBuilder {
    let width: Int
    private(set) var spans: [Span] = []
    private(set) var column = 0
    private(set) var indent = 0
    private(set) var hasText = false

    init(width: Int, indent: Int) {
        self.width = width
        start(indent: indent)
    }

    mutating func start(indent: Int) {
        spans = indent > 0 ? [Span(String(repeating: " ", count: indent), .plain, width: indent)] : []
        column = indent
        self.indent = indent
        hasText = false
    }

    mutating func finish(_ join: LineJoin, lines: inout [StyledLine], flow: inout [LineFlow]) {
        // An unused indent is not a line: it would be nothing but trailing spaces.
        guard hasText else { return }
        var join = join
        // A word with a space in it (a contact label) broken just after that space.
        if let last = spans.indices.last, spans[last].text.last == " ", !(last == 0 && indent > 0) {
            while spans[last].text.last == " " {
                spans[last].text.removeLast()
                spans[last].width -= 1
            }
            if spans[last].text.isEmpty { spans.removeLast() }
            join = .space
        }
        lines.append(StyledLine(spans))
        flow.append(LineFlow(indent: indent, join: join))
    }

    /// A space between two words takes the role they share (a link of two words stays
    /// one underline), else plain.
    mutating func appendSpace(_ count: Int, before word: Word) {
        let role = spans.last.flatMap { last in word.pieces.first?.role == last.role ? last.role : nil } ?? .plain
        add(count == 1 ? " " : String(repeating: " ", count: count), role, count)
    }

    mutating func append(_ word: Word) {
        for piece in word.pieces { add(piece.text, piece.role, piece.width) }
        hasText = true
    }

    /// Puts `word` on the current line, which has no text yet, breaking it across lines
    /// when it is wider than the room.
    mutating func place(_ word: Word, hang: Int, lines: inout [StyledLine], flow: inout [LineFlow]) {
        if column + word.width <= width {
            append(word)
            return
        }
        for piece in word.pieces {
            for character in piece.text {
                let w = CellWidth.of(character)
                if character == " " {
                    // Nor does a continuation line start with that space.
                    if !hasText { continue }
                    // A space with no room left is where the line breaks: the next line
                    // continues after a space, not inside a word.
                    if column + w > width {
                        finish(.space, lines: &lines, flow: &flow)
                        start(indent: hang)
                        continue
                    }
                }
                if column + w > width, hasText {
                    finish(.word, lines: &lines, flow: &flow)
                    start(indent: hang)
                }
                // At width 1 a two-cell cluster lands here on an empty line: alone, it is
                // the only way to show it (see `Wrap.fits`).
                add(String(character), piece.role, w)
                hasText = true
            }
        }
    }

    private mutating func add(_ text: String, _ role: Role, _ w: Int) {
        if let last = spans.indices.last, spans[last].role == role, !(last == 0 && indent > 0) {
            spans[last].text += text
            spans[last].width += w
        } else {
            spans.append(Span(text, role, width: w))
        }
        column += w
    }
}
