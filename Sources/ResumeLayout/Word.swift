/// A run of text between spaces, in one or more roles ("Email(" + link + ")로" is one word).
///
/// The unit of wrapping: a line break goes between words, and inside a word only when it
/// alone is wider than the line.
public struct Word: Equatable, Sendable {
    /// The pieces, each inert (see `InertText`) and measured.
    public private(set) var pieces: [Span]
    /// The width of the whole word in cells.
    public private(set) var width: Int

    /// A word of these pieces, made inert and measured (their own widths are not trusted).
    public init(_ pieces: [Span] = []) {
        self.pieces = []
        self.width = 0
        for piece in pieces { append(piece.text, piece.role) }
    }

    /// A word of one role; `text` should hold no spaces (it is made inert, not split).
    public init(_ text: String, _ role: Role) {
        self.init([])
        append(text, role)
    }

    public var isEmpty: Bool { pieces.isEmpty }

    /// The width of the word's first grapheme cluster.
    var firstCharacterWidth: Int { pieces.first?.text.first.map { CellWidth.of($0) } ?? 0 }
    public var text: String { pieces.map(\.text).joined() }

    /// Adds text in `role` to the end of the word, merging it with a last piece of the same role.
    mutating func append(_ text: String, _ role: Role) {
        guard !text.isEmpty else { return }
        let inert = InertText.make(text)
        let w = CellWidth.of(inert)
        width += w
        if let last = pieces.indices.last, pieces[last].role == role {
            pieces[last].text += inert
            pieces[last].width += w
        } else {
            pieces.append(Span(inert, role, width: w))
        }
    }

    /// Splits styled text into words at spaces, tabs and line breaks (Markdown whitespace;
    /// runs of it count as one space). Text is made inert on the way.
    public static func split(_ spans: [Span]) -> [Word] {
        var words: [Word] = []
        var current = Word()
        for span in spans {
            let utf8 = span.text.utf8
            var start = utf8.startIndex
            var index = start
            // ASCII whitespace bytes never occur inside a multi-byte UTF-8 sequence, so
            // splitting on bytes is safe and much cheaper than walking grapheme clusters.
            while index != utf8.endIndex {
                let byte = utf8[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if start != index { current.append(String(span.text[start..<index]), span.role) }
                    if !current.isEmpty { words.append(current) }
                    current = Word()
                    index = utf8.index(after: index)
                    start = index
                } else {
                    index = utf8.index(after: index)
                }
            }
            if start != utf8.endIndex { current.append(String(span.text[start...]), span.role) }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Words of `text`, all in one role.
    public static func split(_ text: String, _ role: Role) -> [Word] {
        split([Span(text, role, width: 0)])
    }
}
