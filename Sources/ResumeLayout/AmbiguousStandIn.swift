/// One-cell ASCII stand-ins for East Asian Ambiguous characters, for terminals that draw
/// those characters two cells wide (xterm `-cjk_width`, PuTTY's "treat CJK ambiguous
/// characters as wide", the same option in iTerm2, WezTerm and Windows Terminal).
///
/// Why stand-ins rather than laying out with Ambiguous = 2 cells: ncurses measures what
/// it draws with libc's `wcwidth`, which makes these characters one cell, and keeps its
/// idea of the cursor by that. A two-cell "→" would put every later cell of its row one
/// column off what ncurses believes, whatever the layout did. A one-cell ASCII character
/// in the same place keeps the layout, ncurses and the terminal in agreement, so the
/// substitution can happen after the layout without moving anything. The price is that
/// "•" shows as "*" and "é" as "e" on such a terminal, which is what its users are used to
/// from tools that cannot ask (and far better than a garbled screen).
public enum AmbiguousStandIn {
    /// Whether a terminal may draw `scalar` in one cell or in two, depending on a setting.
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        // The table starts at U+00A1; Hangul syllables and CJK ideographs are wide, never
        // ambiguous, and are most of a Korean, Chinese or Japanese résumé.
        if v < 0xA1 { return false }
        if v >= 0xAC00, v <= 0xD7A3 { return false }
        if v >= 0x4E00, v <= 0x9FFF { return false }
        return WidthTable.contains(AmbiguousTable.ranges, v)
    }

    /// `character` as a terminal that draws Ambiguous characters wide should get it: itself
    /// when that terminal draws it as everyone does, otherwise a one-cell stand-in.
    ///
    /// Only a one-cell cluster that starts with an Ambiguous scalar is replaced (its
    /// combining marks go with it); an emoji sequence such as "↔️" is two cells everywhere.
    public static func forWideTerminal(_ character: Character) -> Character {
        guard let first = character.unicodeScalars.first, isAmbiguous(first),
              CellWidth.of(character) == 1 else { return character }
        return standIn(for: first)
    }

    /// `text` with every Ambiguous character replaced, cell for cell.
    public static func forWideTerminal(_ text: String) -> String {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return text }
        return String(text.map(forWideTerminal))
    }

    /// The one printable ASCII character that stands for `scalar`: an explicit choice for
    /// the common symbols, then what its Unicode name says (letters, arrows, box drawing,
    /// circled digits), then its general category.
    public static func standIn(for scalar: Unicode.Scalar) -> Character {
        if let chosen = common[scalar] { return chosen }
        if let letter = transliterated(scalar) { return letter }
        if let named = fromName(scalar) { return named }
        return byCategory(scalar.properties.generalCategory)
    }

    /// The symbols résumés and our own screens use most.
    private static let common: [Unicode.Scalar: Character] = [
        "¡": "!", "¤": "$", "§": "S", "¨": "\"", "ª": "a", "\u{AD}": "-", "®": "R",
        "°": "o", "±": "+", "²": "2", "³": "3", "´": "'", "¶": "P", "·": ".", "¸": ",",
        "¹": "1", "º": "o", "¼": "/", "½": "/", "¾": "/", "¿": "?", "×": "x", "÷": "/",
        "‐": "-", "–": "-", "—": "-", "―": "-", "‖": "|", "‘": "'", "’": "'", "“": "\"",
        "”": "\"", "†": "+", "‡": "+", "•": "*", "‥": ":", "…": ".", "‧": ".", "‰": "%",
        "′": "'", "″": "\"", "‵": "`", "※": "*", "‾": "-", "€": "E", "℃": "C", "℉": "F",
        "№": "N", "™": "T", "Å": "A", "∀": "A", "∂": "d", "∃": "E", "∇": "V", "∈": "e",
        "∋": "e", "∏": "P", "∑": "E", "√": "v", "∝": "~", "∞": "8", "∠": "<", "∣": "|",
        "∥": "|", "∧": "^", "∨": "v", "∩": "n", "∪": "u", "∫": "S", "∬": "S", "∮": "S",
        "∴": ":", "∵": ":", "∶": ":", "∷": ":", "∼": "~", "∽": "~", "≈": "~", "≌": "=",
        "≒": "=", "≠": "#", "≡": "=", "≤": "<", "≥": ">", "≦": "<", "≧": ">", "≪": "<",
        "≫": ">", "≮": "<", "≯": ">", "⊂": "(", "⊃": ")", "⊆": "(", "⊇": ")", "⊕": "+",
        "⊙": "o", "⊥": "T", "⌒": "^", "◦": "o", "●": "*", "○": "o", "◎": "o", "◯": "O",
        "★": "*", "☆": "*", "\u{FFFD}": "?",
    ]

    /// Greek and Cyrillic letters by position (their Unicode names do not start with the
    /// letter's sound, so the name rule below would get them wrong).
    private static func transliterated(_ scalar: Unicode.Scalar) -> Character? {
        let v = scalar.value
        switch v {
        case 0x391...0x3A9: return letter(in: "ABGDEZHTIKLMNXOPR STYFXPO", at: Int(v - 0x391))
        case 0x3B1...0x3C9: return letter(in: "abgdezhtiklmnxoprsstyfxpo", at: Int(v - 0x3B1))
        case 0x410...0x42F: return letter(in: "ABVGDEZZIYKLMNOPRSTUFHCCSS'Y'EYY", at: Int(v - 0x410))
        case 0x430...0x44F: return letter(in: "abvgdezziyklmnoprstufhccss'y'eyy", at: Int(v - 0x430))
        case 0x401: return "E"
        case 0x451: return "e"
        default: return nil
        }
    }

    private static func letter(in letters: String, at index: Int) -> Character? {
        let utf8 = Array(letters.utf8)
        guard index < utf8.count, utf8[index] != 0x20 else { return nil }
        return Character(Unicode.Scalar(utf8[index]))
    }

    private static let digits = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]

    private static func fromName(_ scalar: Unicode.Scalar) -> Character? {
        guard let name = scalar.properties.name else { return nil }
        let words = name.split(separator: " ").map(String.init)
        // "LATIN SMALL LETTER E WITH ACUTE", "CIRCLED LATIN CAPITAL LETTER A",
        // "LATIN SMALL LETTER SHARP S": the letter it is built on.
        if let at = words.firstIndex(of: "LETTER"), at + 1 < words.count, name.contains("LATIN") {
            let small = words.contains("SMALL")
            let word = words[at + 1]
            let base: Character
            switch word {
            case "SHARP": base = "s"
            case "DOTLESS": base = "i"
            case "ENG": base = "n"
            case "ETH": base = "d"
            case "THORN": base = "t"
            default:
                guard let first = word.first, first.isASCII, first.isLetter else { return nil }
                base = first
            }
            return small ? Character(base.lowercased()) : Character(base.uppercased())
        }
        // "CIRCLED DIGIT ONE", "PARENTHESIZED DIGIT ONE", "DIGIT ONE FULL STOP".
        if let at = words.firstIndex(of: "DIGIT"), at + 1 < words.count,
           let digit = digits.firstIndex(of: words[at + 1]) {
            return Character(String(digit))
        }
        if name.contains("ARROW") {
            if name.contains("LEFT RIGHT") { return "-" }
            if name.contains("UP DOWN") { return "|" }
            if name.contains("LEFT") { return "<" }
            if name.contains("RIGHT") { return ">" }
            if name.contains("UP") { return "^" }
            if name.contains("DOWN") { return "v" }
            return "-"
        }
        if name.hasPrefix("BOX DRAWINGS") {
            let horizontal = name.contains("HORIZONTAL") || name.contains("LEFT") || name.contains("RIGHT")
            let vertical = name.contains("VERTICAL") || name.contains("UP") || name.contains("DOWN")
            if horizontal, !vertical { return "-" }
            if vertical, !horizontal { return "|" }
            return "+"
        }
        if name.contains("BLOCK") || name.contains("SHADE") { return "#" }
        if name.contains("TRIANGLE") {
            if name.contains("UP-POINTING") { return "^" }
            if name.contains("DOWN-POINTING") { return "v" }
            if name.contains("LEFT-POINTING") { return "<" }
            return ">"
        }
        if name.contains("CIRCLE") { return name.contains("BLACK") ? "*" : "o" }
        if name.contains("SQUARE") { return "#" }
        if name.contains("ROMAN NUMERAL") || name.contains("NUMBER") { return "#" }
        return nil
    }

    private static func byCategory(_ category: Unicode.GeneralCategory) -> Character {
        switch category {
        case .mathSymbol: return "="
        case .otherSymbol: return "*"
        case .modifierSymbol: return "'"
        case .currencySymbol: return "$"
        case .otherNumber, .letterNumber, .decimalNumber: return "#"
        case .dashPunctuation: return "-"
        case .openPunctuation: return "("
        case .closePunctuation: return ")"
        case .initialPunctuation, .finalPunctuation: return "'"
        case .otherPunctuation, .connectorPunctuation: return "."
        case .format: return "-"
        default: return "?"
        }
    }
}
