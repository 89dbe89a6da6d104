/// A run of text the wrap keeps on one line, in one or more roles ("Email(" + link + ")로"
/// is one word).
///
/// The unit of wrapping: a line break goes between words, and inside a word only when it
/// alone is wider than the line. Korean and English words are the runs between spaces;
/// Chinese and Japanese text, which has no spaces, is cut into smaller words where a
/// line may break (see `LineBreak`), which follow each other with no space.
public struct Word: Equatable, Sendable {
    /// The pieces, each inert (see `InertText`) and measured.
    public private(set) var pieces: [Span]
    /// The width of the whole word in cells.
    public private(set) var width: Int
    /// Whether a space separates this word from the one before it. False for the second
    /// and later words of a Chinese or Japanese run: the wrap puts nothing between them,
    /// and a line broken there continues the text with no space (`LineJoin.word`).
    public internal(set) var spaceBefore = true

    /// A word of these pieces, made inert and measured (their own widths are not trusted).
    /// A copy of a word in other roles passes its `spaceBefore` on, or a run of Chinese
    /// would come back with spaces between its characters.
    public init(_ pieces: [Span] = [], spaceBefore: Bool = true) {
        self.pieces = []
        self.width = 0
        self.spaceBefore = spaceBefore
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
        appendMeasured(inert, role, CellWidth.of(inert))
    }

    /// Adds text in `role`, made inert, leaving its width to `measure()`: a word of Chinese
    /// or Japanese is measured a character at a time as it is cut (`LineBreak.segments`),
    /// and measuring it whole first would be done twice.
    private mutating func appendUnmeasured(_ text: String, _ role: Role) {
        appendMeasured(InertText.make(text), role, 0)
    }

    /// Sets the widths `appendUnmeasured` left out.
    private mutating func measure() {
        width = 0
        for index in pieces.indices {
            let w = CellWidth.of(pieces[index].text)
            pieces[index].width = w
            width += w
        }
    }

    /// Adds text that is already inert and `w` cells wide (a part of another word).
    mutating func appendMeasured(_ inert: String, _ role: Role, _ w: Int) {
        width += w
        if let last = pieces.indices.last, pieces[last].role == role {
            pieces[last].text += inert
            pieces[last].width += w
        } else {
            pieces.append(Span(inert, role, width: w))
        }
    }

    /// Joins `next`, which followed this word after a space, into it, space included: the
    /// space takes the role both sides share (a link stays one underline), else plain.
    mutating func join(_ next: Word) {
        let role = pieces.last.flatMap { last in next.pieces.first?.role == last.role ? last.role : nil } ?? .plain
        appendMeasured(" ", role, 1)
        for piece in next.pieces { appendMeasured(piece.text, piece.role, piece.width) }
    }

    /// Splits styled text into words at spaces, tabs and line breaks (Markdown whitespace;
    /// runs of it count as one space), and Chinese and Japanese runs where a line may break
    /// (see `LineBreak`). Text is made inert on the way.
    public static func split(_ spans: [Span]) -> [Word] {
        var words: [Word] = []
        var current = Word()
        // What the bytes of the current word tell before it is decoded (see `WordBytes`).
        var bytes = WordBytes()
        // Whether the last byte seen was 0xEA, which the next byte tells Hangul or not.
        var afterEA = false
        // The lead byte of the last scalar of `words.last`.
        var previousEnd: UInt8 = 0
        for span in spans {
            var text = span.text
            // This loop sees every byte of the résumé: read them from a buffer, which
            // costs a few instructions a byte where the String's UTF-8 view checks every
            // index. ASCII whitespace bytes never occur inside a multi-byte UTF-8 sequence,
            // so splitting on bytes is safe and much cheaper than walking grapheme clusters.
            text.withUTF8 { utf8 in
                var start = 0
                /// The bytes from `start` to `end`, a whole number of scalars, as a string.
                func piece(to end: Int) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
                }
                for index in utf8.indices {
                    let byte = utf8[index]
                    if byte < 0x80 {
                        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                            if start != index {
                                if current.isEmpty { bytes.first = utf8[start] }
                                current.appendUnmeasured(piece(to: index), span.role)
                            }
                            if !current.isEmpty { close(&current, bytes, after: &previousEnd, into: &words) }
                            current = Word()
                            bytes = WordBytes()
                            start = index + 1
                            continue
                        }
                        bytes.lastLead = byte
                    } else if byte >= 0xC0 {
                        bytes.lastLead = byte
                        if byte >= 0xE2 {
                            bytes.high = true
                            if byte >= 0xEB, byte <= 0xED { bytes.hangul = true } else if byte == 0xEA { afterEA = true }
                        }
                    } else if afterEA {
                        // The byte after 0xEA tells Hangul (U+AC00–AFFF) from Yi and the rest.
                        if byte >= 0xB0 { bytes.hangul = true }
                        afterEA = false
                    }
                }
                if start != utf8.count {
                    if current.isEmpty { bytes.first = utf8[start] }
                    current.appendUnmeasured(piece(to: utf8.count), span.role)
                }
            }
        }
        if !current.isEmpty { close(&current, bytes, after: &previousEnd, into: &words) }
        return words
    }

    /// Adds `word`, which a space or the text's start came before, to `words`: cut where
    /// Chinese or Japanese may break, and joined to the word before when a line must not
    /// break at the space between them (see `LineBreak`).
    private static func close(_ word: inout Word, _ bytes: WordBytes, after previousEnd: inout UInt8, into words: inout [Word]) {
        if bytes.mayBreakInside, let segments = LineBreak.segments(of: word) {
            attach(segments[0], bytes, after: previousEnd, into: &words)
            words += segments.dropFirst()
        } else {
            word.measure()
            attach(word, bytes, after: previousEnd, into: &words)
        }
        previousEnd = bytes.lastLead
    }

    private static func attach(_ word: Word, _ bytes: WordBytes, after previousEnd: UInt8, into words: inout [Word]) {
        if let last = words.indices.last, let end = words[last].pieces.last, let first = word.pieces.first,
           LineBreak.endsWithOpening(end.text, lead: previousEnd) || LineBreak.startsWithNonstarter(first.text, lead: bytes.first) {
            words[last].join(word)
        } else {
            words.append(word)
        }
    }

    /// Words of `text`, all in one role.
    public static func split(_ text: String, _ role: Role) -> [Word] {
        split([Span(text, role, width: 0)])
    }
}

/// What the bytes of a word tell before it is decoded: `Word.split` sees every byte
/// anyway, and this spares decoding the words that need no more (most of a résumé).
private struct WordBytes {
    /// The word's first byte, and the first byte of its last scalar.
    var first: UInt8 = 0
    var lastLead: UInt8 = 0
    /// A scalar at U+2000 or above (a lead byte of 0xE2 or more), where all Chinese and
    /// Japanese text is.
    var high = false
    /// A Hangul syllable (U+AC00–D7A3: lead byte 0xEA with a second byte from 0xB0, or
    /// 0xEB–0xED), which keeps the word whole.
    var hangul = false

    /// Whether the word may hold a break opportunity (`LineBreak.segments` decides).
    var mayBreakInside: Bool { high && !hangul }
}
