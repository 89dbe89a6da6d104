/// Which writing system a character belongs to, as far as a résumé's conventions care:
/// Hangul is written with spaces between words, Chinese and Japanese without.
enum Script {
    case hangul, han, kana, latin, other

    static func of(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: return .hangul
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: return .han
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return .latin
        default: return .other
        }
    }

    /// A Chinese or Japanese character, or their punctuation (、。「」，：), which are
    /// written with no space between them.
    static func isSpacelessCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch of(scalar) {
        case .han, .kana: return true
        default:
            let v = scalar.value
            return (0x3000...0x303F).contains(v) || (0xFF01...0xFF65).contains(v)
        }
    }
}
