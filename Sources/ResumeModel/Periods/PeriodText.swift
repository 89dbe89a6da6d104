/// The text a period is read from: one normalized character per character of the
/// caller's string, with the string's index of each, so a span found here maps back.
///
/// Normalizing only folds the fullwidth forms CJK input methods type (`２０１９．０９`,
/// `２０１９／０９`) into ASCII; everything else is kept as written.
struct PeriodText {
    let chars: [Character]
    /// `indices[i]` is where `chars[i]` starts in the caller's string; one more entry
    /// holds the end, so that any `i...chars.count` maps.
    let indices: [String.Index]

    init(_ text: Substring) {
        var chars: [Character] = []
        var indices: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            chars.append(PeriodText.normalized(text[index]))
            indices.append(index)
            index = text.index(after: index)
        }
        indices.append(text.endIndex)
        self.chars = chars
        self.indices = indices
    }

    var count: Int { chars.count }

    /// The character at `i`, or nil outside the text, so lookahead needs no bounds checks.
    subscript(_ i: Int) -> Character? { i >= 0 && i < chars.count ? chars[i] : nil }

    func isDigit(_ i: Int) -> Bool { self[i].map(\.isDigitASCII) ?? false }
    func isLatinLetter(_ i: Int) -> Bool { self[i].map(\.isLatinLetter) ?? false }
    func isLetter(_ i: Int) -> Bool { self[i]?.isLetter ?? false }

    /// The first position at or after `i` that is not a space (a line break is not a space:
    /// a period never runs across lines).
    func skippingSpaces(from i: Int) -> Int {
        var j = i
        while let ch = self[j], ch.isSpaceOnLine { j += 1 }
        return j
    }

    /// Where the run of ASCII digits starting at `i` ends (`i` itself when there is none).
    func digitsEnd(from i: Int) -> Int {
        var j = i
        while isDigit(j) { j += 1 }
        return j
    }

    /// Where the run of Latin letters starting at `i` ends.
    func lettersEnd(from i: Int) -> Int {
        var j = i
        while isLatinLetter(j) { j += 1 }
        return j
    }

    func string(_ range: Range<Int>) -> String { String(chars[range]) }

    /// The number written by `range`, or nil when it has too many digits to be a part of
    /// a date (only years, months and days are parsed, so four digits are enough).
    func number(_ range: Range<Int>) -> Int? {
        guard range.count <= 4 else { return nil }
        return Int(string(range))
    }

    /// `word` (a short ASCII or CJK word) starts at `i`; Latin letters compare ignoring case.
    func hasWord(_ word: String, at i: Int) -> Bool {
        var j = i
        for expected in word {
            guard let ch = self[j], ch == expected || ch.lowercasedLatin == expected else { return false }
            j += 1
        }
        return true
    }

    private static func normalized(_ ch: Character) -> Character {
        guard ch.unicodeScalars.count == 1, let scalar = ch.unicodeScalars.first else { return ch }
        switch scalar.value {
        // Fullwidth digits, then fullwidth punctuation that dates use.
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(UInt8(scalar.value - 0xFF10) + 0x30))
        case 0xFF0E: return "."
        case 0xFF0F: return "/"
        case 0xFF0D: return "-"
        case 0xFF0C: return ","
        // Curly apostrophes, as in "Spring ’21".
        case 0x2018, 0x2019: return "'"
        default: return ch
        }
    }
}

extension Character {
    var isDigitASCII: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
    var isLatinLetter: Bool {
        asciiValue.map { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) } ?? false
    }
    /// Whitespace inside a line: spaces, tabs, no-break and ideographic spaces.
    var isSpaceOnLine: Bool { isWhitespace && !isNewline }
    /// The lower-case form of a Latin letter; any other character unchanged.
    var lowercasedLatin: Character {
        guard let ascii = asciiValue, (0x41...0x5A).contains(ascii) else { return self }
        return Character(Unicode.Scalar(ascii + 0x20))
    }
}
