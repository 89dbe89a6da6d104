/// Where a line may break besides a space: inside Chinese and Japanese text, which is
/// written without spaces (UAX #14 with JIS X 4051's strict kinsoku rules; the classes
/// are in `LineBreakClass`).
///
/// Rules:
/// - Korean keeps breaking only at spaces: a word with any Hangul in it is never cut
///   here, Hanja in it included ("大韓民國은"), as Korean typesetting keeps an eojeol
///   whole (KLREQ; CSS `word-break: keep-all`).
/// - Between two characters with no space there is a break when at least one of them is
///   Chinese or Japanese (ideograph, kana, CJK or fullwidth punctuation), the first may
///   end a line and the second may start one. So every boundary inside a CJK run is one,
///   and so is the boundary between CJK and a Latin word glued to it (`使用|Redis|缓存`):
///   UAX #14 allows ID ÷ AL and AL ÷ ID (LB31), as browsers do for Chinese and Japanese.
///   Two Latin letters, digits or narrow brackets never break (LB28, LB30), so neither
///   `Redis` nor a URL is cut.
/// - Across a space, a word that must not start a line (closing punctuation, ! ? , . : ;,
///   nonstarters, … ‥) stays with the word before it (UAX #14 LB13 for CL, CP, EX, IS;
///   JIS X 4051 for NS and IN), and so does the word after an opening bracket (LB14).
///   A slash, hyphen, percent sign or quotation mark after a space may still start a line,
///   as UAX #14 allows (LB18): " / " and " - " are separators in an English list.
/// What these rules cannot keep (a segment alone wider than the line) the wrap breaks
/// between grapheme clusters, as it did before.
enum LineBreak {
    /// What the break rules need to know about one character.
    struct Unit {
        let lineBreak: LineBreakClass
        let isEastAsian: Bool

        init(_ scalar: Unicode.Scalar) {
            lineBreak = LineBreakClass.of(scalar)
            isEastAsian = LineBreakClass.isEastAsian(scalar.value)
        }
    }

    /// Whether a line may break between two adjacent characters with no space between them.
    static func allowed(_ before: Unit, _ after: Unit) -> Bool {
        (before.isEastAsian || after.isEastAsian) && before.lineBreak.mayEndLine && after.lineBreak.mayStartLine
    }

    /// Whether `text` ends with an opening bracket, which holds the next word to it across
    /// a space (LB14: OP SP* ×). `lead` is the first UTF-8 byte of its last scalar (as
    /// written, before `InertText`, which only turns controls into letters): every word is
    /// checked, so most are answered from it, as the brackets `LineBreakClass` knows are
    /// ASCII or start with C2, E2, E3 or EF.
    static func endsWithOpening(_ text: String, lead: UInt8) -> Bool {
        switch lead {
        case 0x28, 0x5B, 0x7B: return true // ( [ {
        case 0xC2, 0xE2, 0xE3, 0xEF:
            guard let scalar = text.unicodeScalars.last else { return false }
            return LineBreakClass.of(scalar) == .openPunctuation
        default: return false
        }
    }

    /// Whether `text` starts with what may not start a line even after a space: closing
    /// punctuation, ! ? , . : ; (LB13), nonstarters and … (JIS X 4051). `lead` is its
    /// first byte: the marks that are not ASCII start with E2, E3, EA, EF or F0.
    static func startsWithNonstarter(_ text: String, lead: UInt8) -> Bool {
        switch lead {
        case 0x21, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D: return true // ! ) , . : ; ? ] }
        case 0xE2, 0xE3, 0xEA, 0xEF, 0xF0:
            guard let scalar = text.unicodeScalars.first else { return false }
            switch LineBreakClass.of(scalar) {
            case .closePunctuation, .exclamation, .infixSeparator, .nonstarter, .inseparable: return true
            default: return false
            }
        default: return false
        }
    }

    /// `word` cut at its break opportunities, in order and measured (the word's own widths
    /// are not read): the first piece keeps the word's `spaceBefore`, the others join the
    /// one before with no space. Nil when the word cannot have an opportunity (it is
    /// Korean, or has no Chinese or Japanese character in it).
    static func segments(of word: Word) -> [Word]? {
        guard hasOpportunities(word) else { return nil }
        var segments: [Word] = []
        var current = Word()
        current.spaceBefore = word.spaceBefore
        var previous: Unit?
        for piece in word.pieces {
            let text = piece.text
            // Cut the piece as substrings, not character by character: a segment is
            // usually one ideograph, but a Latin word inside the run is many letters.
            var start = text.startIndex
            var width = 0
            var index = text.startIndex
            while index != text.endIndex {
                let character = text[index]
                let next = text.index(after: index)
                // A grapheme cluster takes its first scalar's class: combining marks go
                // with their base (LB9).
                guard let scalar = character.unicodeScalars.first else { index = next; continue }
                let unit = Unit(scalar)
                if let previous, allowed(previous, unit) {
                    if start != index { current.appendMeasured(String(text[start..<index]), piece.role, width) }
                    segments.append(current)
                    current = Word()
                    current.spaceBefore = false
                    start = index
                    width = 0
                }
                width += CellWidth.of(character)
                previous = unit
                index = next
            }
            if start != text.endIndex { current.appendMeasured(String(text[start...]), piece.role, width) }
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    /// Whether `word` may break inside at all: it has a Chinese or Japanese character and
    /// no Hangul (`Word.split` already skips words with Hangul syllables; this also sees
    /// jamo).
    private static func hasOpportunities(_ word: Word) -> Bool {
        var eastAsian = false
        for piece in word.pieces {
            for scalar in piece.text.unicodeScalars {
                let v = scalar.value
                // Nothing below the Hangul jamo is either.
                if v < 0x1100 { continue }
                if LineBreakClass.isHangul(v) { return false }
                if !eastAsian, LineBreakClass.isEastAsian(v) { eastAsian = true }
            }
        }
        return eastAsian
    }
}
