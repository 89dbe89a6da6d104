/// How a character behaves at a line break: the Line_Break classes of UAX #14 (the
/// Unicode Line Breaking Algorithm) that decide where Chinese and Japanese text, which
/// has no spaces, may break.
///
/// Values follow the Unicode data file (LineBreak.txt) for the characters Chinese and
/// Japanese text uses, with these tailorings:
/// - small kana and the prolonged sound mark ー (class CJ) never start a line, as NS:
///   JIS X 4051's strict rule (CSS `line-break: strict`, ICU's default line rules);
/// - U+FF5E ～ never starts a line (ID in the data file): Chinese and Japanese use it as
///   a wave dash, "3～5年", which JIS X 4051 counts among the hyphens, as it does 〜;
/// - the curly quotation marks open (“ ‘) and close (” ’): UAX #14 gives them QU, which
///   glues both sides and would make a Chinese quotation unbreakable before and after;
/// - only currency signs are prefixes (PR): a plus sign or backslash is a letter, so
///   "C++开发" may break after "C++";
/// - emoji stay letters (ID in the data file): this layout breaks only Chinese and
///   Japanese runs, and an emoji inside an English or Korean word stays with it.
/// Letters, digits and everything not listed are `alphabetic`, as AL, NU and AI are.
enum LineBreakClass: Equatable, Sendable {
    /// AL, NU, HL, AI and all not listed: no break between two of them (UAX #14 LB28).
    case alphabetic
    /// ID: ideographs, kana, fullwidth letters and digits; a break before and after.
    case ideographic
    /// OP: opening brackets, and the opening curly quotes.
    case openPunctuation
    /// CL and CP: closing brackets, 、 。 ，．, and the closing curly quotes.
    case closePunctuation
    /// EX: ! ? ！ ？
    case exclamation
    /// IS: , . : ; between numbers.
    case infixSeparator
    /// SY: the slash, which does not start a line (UAX #14 LB13).
    case symbol
    /// NS, and CJ taken strictly: small kana, ー, ・, 々, iteration marks, 〜, ：；.
    case nonstarter
    /// IN: … ‥, which neither start a line nor part from each other.
    case inseparable
    /// BA and HY: ‐ – -, which stay with what comes before and allow a break after.
    case hyphen
    /// PR: currency signs before a number (¥ ＄ ￥).
    case prefixNumeric
    /// PO: units after a number (% ％ ° ℃ ‰).
    case postfixNumeric
    /// GL and the straight quotes " ': no break on either side (UAX #14 LB12, LB19).
    case glue

    /// Whether a line may start with this character (JIS X 4051's 行頭禁則).
    var mayStartLine: Bool {
        switch self {
        case .alphabetic, .ideographic, .openPunctuation, .prefixNumeric: true
        case .closePunctuation, .exclamation, .infixSeparator, .symbol, .nonstarter,
             .inseparable, .hyphen, .postfixNumeric, .glue: false
        }
    }

    /// Whether a line may end with this character (JIS X 4051's 行末禁則).
    var mayEndLine: Bool {
        switch self {
        case .openPunctuation, .prefixNumeric, .glue: false
        default: true
        }
    }

    // MARK: - Lookup

    /// The class of `scalar` (of a grapheme cluster's first scalar: combining marks go
    /// with their base, UAX #14 LB9).
    static func of(_ scalar: Unicode.Scalar) -> LineBreakClass {
        let v = scalar.value
        if v < 0x80 { return ascii(v) }
        // Hangul is most of a Korean résumé: answer it before walking the table.
        if v >= 0xAC00, v <= 0xD7A3 { return .alphabetic }
        if v < 0x2000 { return latin(v) }
        if v < 0x2E80 { return punctuation(v) }
        if v < 0x3100 { return kana(v) }
        if v >= 0xFE10, v <= 0xFFEF { return forms(v) }
        if v >= 0x31F0, v <= 0x31FF { return .nonstarter } // small katakana (CJ)
        if v >= 0x1B132, v <= 0x1B167 { return smallKanaExtension(v) }
        return isEastAsian(v) ? .ideographic : .alphabetic
    }

    /// Whether `v` belongs to Chinese or Japanese text: ideographs, kana, bopomofo, CJK
    /// and fullwidth punctuation. Only these break with no space (UAX #14 LB30 keeps
    /// Latin letters and narrow brackets together; LB31 breaks around ideographs).
    /// Hangul is left out on purpose: Korean breaks at spaces (see `LineBreak`).
    static func isEastAsian(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E80...0x312F,   // radicals, CJK symbols and punctuation, kana, bopomofo
             0x3190...0x31FF,   // kanbun, bopomofo extended, strokes, small katakana
             0x3200...0x4DBF,   // enclosed CJK, CJK compatibility, extension A
             0x4E00...0x9FFF,   // CJK unified ideographs
             0xF900...0xFAFF,   // compatibility ideographs
             0xFE10...0xFE1F,   // vertical forms
             0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
             0xFF00...0xFF9F,   // fullwidth forms and halfwidth katakana
             0xFFE0...0xFFEF,   // fullwidth signs
             0x1B000...0x1B2FF, // kana supplement and extensions, Nüshu
             0x20000...0x3FFFD: // ideograph extensions B and later
            return true
        default:
            return false
        }
    }

    /// Whether `v` is Hangul: syllables, jamo, compatibility and halfwidth jamo.
    static func isHangul(_ v: UInt32) -> Bool {
        switch v {
        case 0xAC00...0xD7FF, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xFFA0...0xFFDC: true
        default: false
        }
    }

    private static func ascii(_ v: UInt32) -> LineBreakClass {
        switch v {
        case 0x21, 0x3F: .exclamation            // ! ?
        case 0x22, 0x27: .glue                   // " ' (QU)
        case 0x24: .prefixNumeric                // $
        case 0x25: .postfixNumeric               // %
        case 0x28, 0x5B, 0x7B: .openPunctuation  // ( [ {
        case 0x29, 0x5D, 0x7D: .closePunctuation // ) ] }
        case 0x2C, 0x2E, 0x3A, 0x3B: .infixSeparator // , . : ;
        case 0x2D: .hyphen                       // -
        case 0x2F: .symbol                       // /
        case 0x7C: .hyphen                       // | (BA)
        default: .alphabetic
        }
    }

    /// Latin-1 and the alphabets up to U+1FFF, where only Latin-1 has marks that matter.
    private static func latin(_ v: UInt32) -> LineBreakClass {
        switch v {
        case 0xA0: .glue                   // no-break space
        case 0xA1, 0xBF: .openPunctuation  // ¡ ¿
        case 0xA2, 0xB0: .postfixNumeric   // ¢ °
        case 0xA3, 0xA4, 0xA5, 0xB1: .prefixNumeric // £ ¤ ¥ ±
        case 0xAB, 0xBB: .glue             // « » (QU)
        case 0xAD: .hyphen                 // soft hyphen (BA)
        default: .alphabetic
        }
    }

    /// General punctuation, currency and letterlike symbols (U+2000–2E7F).
    private static func punctuation(_ v: UInt32) -> LineBreakClass {
        switch v {
        case 0x2007, 0x2011, 0x202F: .glue                      // figure space, non-breaking hyphen, narrow NBSP
        case 0x2000...0x200A, 0x205F: .hyphen                   // spaces of set widths (BA): a break after
        case 0x2010, 0x2012, 0x2013, 0x2027: .hyphen            // ‐ ‒ – ‧ (BA)
        case 0x2056, 0x2058...0x205B, 0x205D, 0x205E: .hyphen   // dotted word separators (BA)
        case 0x201B, 0x201F, 0x2039, 0x203A: .glue              // ‛ ‟ ‹ › (QU)
        case 0x2018, 0x201C, 0x201A, 0x201E: .openPunctuation   // ‘ “ (tailored), ‚ „
        case 0x2019, 0x201D: .closePunctuation                  // ’ ” (tailored)
        case 0x2024, 0x2025, 0x2026: .inseparable               // ․ ‥ …
        case 0x2030...0x2037: .postfixNumeric                   // ‰ ‱ ′ ″ ‴ ‵ ‶ ‷
        case 0x203C, 0x203D, 0x2047, 0x2048, 0x2049: .nonstarter // ‼ ‽ ⁇ ⁈ ⁉
        case 0x2044: .infixSeparator                            // ⁄
        case 0x2045, 0x207D, 0x208D: .openPunctuation           // ⁅ ⁽ ₍
        case 0x2046, 0x207E, 0x208E: .closePunctuation          // ⁆ ⁾ ₎
        case 0x20A7, 0x20B6, 0x20BB, 0x20BE, 0x20C0: .postfixNumeric // currency signs written after the amount
        case 0x20A0...0x20CF: .prefixNumeric                    // other currency signs
        case 0x2103, 0x2109: .postfixNumeric                    // ℃ ℉
        case 0x2116: .prefixNumeric                             // №
        default: .alphabetic
        }
    }

    /// CJK symbols and punctuation, hiragana, katakana (U+2E80–30FF).
    private static func kana(_ v: UInt32) -> LineBreakClass {
        switch v {
        case 0x3000: .hyphen // ideographic space: BA, a break after it, not before
        case 0x3001, 0x3002: .closePunctuation                   // 、。
        case 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D:
            .openPunctuation                                     // 〈《「『【〔〖〘〚〝
        case 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x301E, 0x301F:
            .closePunctuation                                    // 〉》」』】〕〗〙〛〞〟
        case 0x3005, 0x301C, 0x303B, 0x303C: .nonstarter          // 々 〜 〻 〼
        case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E,
             0x3095, 0x3096:                                      // ぁぃぅぇぉっゃゅょゎゕゖ (CJ)
            .nonstarter
        case 0x309B, 0x309C, 0x309D, 0x309E, 0x30A0, 0x30FB, 0x30FD, 0x30FE:
            .nonstarter                                          // ゛゜ゝゞ゠・ヽヾ
        case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE,
             0x30F5, 0x30F6, 0x30FC:                              // ァィゥェォッャュョヮヵヶー (CJ)
            .nonstarter
        default: .ideographic
        }
    }

    /// Small kana of the Small Kana Extension block (CJ, taken as NS).
    private static func smallKanaExtension(_ v: UInt32) -> LineBreakClass {
        switch v {
        case 0x1B132, 0x1B150...0x1B152, 0x1B155, 0x1B164...0x1B167: .nonstarter
        default: .ideographic
        }
    }

    /// Vertical, compatibility, small and halfwidth/fullwidth forms (U+FE10–FFEF).
    private static func forms(_ v: UInt32) -> LineBreakClass {
        switch v {
        // Vertical forms
        case 0xFE10, 0xFE13, 0xFE14: .infixSeparator
        case 0xFE11, 0xFE12, 0xFE18: .closePunctuation
        case 0xFE15, 0xFE16: .exclamation
        case 0xFE17: .openPunctuation
        case 0xFE19: .inseparable
        // CJK compatibility forms: vertical brackets, each opening one on an odd code point
        case 0xFE35...0xFE44: v % 2 == 1 ? .openPunctuation : .closePunctuation
        case 0xFE47: .openPunctuation
        case 0xFE48: .closePunctuation
        // Small form variants
        case 0xFE50, 0xFE52: .closePunctuation
        case 0xFE54, 0xFE55: .nonstarter
        case 0xFE56, 0xFE57: .exclamation
        case 0xFE59, 0xFE5B, 0xFE5D: .openPunctuation
        case 0xFE5A, 0xFE5C, 0xFE5E: .closePunctuation
        case 0xFE69: .prefixNumeric
        case 0xFE6A: .postfixNumeric
        // Fullwidth forms
        case 0xFF01, 0xFF1F: .exclamation                             // ！？
        case 0xFF04, 0xFFE1, 0xFFE5, 0xFFE6: .prefixNumeric           // ＄￡￥￦
        case 0xFF05, 0xFFE0: .postfixNumeric                          // ％￠
        case 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62: .openPunctuation // （［｛｟｢
        case 0xFF09, 0xFF0C, 0xFF0E, 0xFF3D, 0xFF5D, 0xFF60, 0xFF61, 0xFF63, 0xFF64:
            .closePunctuation                                         // ），．］｝｠｡｣､
        case 0xFF1A, 0xFF1B, 0xFF65, 0xFF9E, 0xFF9F: .nonstarter      // ：；･ﾞﾟ
        case 0xFF5E: .nonstarter                                      // ～ (tailored, see above)
        case 0xFF67...0xFF70: .nonstarter                             // small halfwidth katakana, ｰ (CJ)
        case 0xFFA0...0xFFDC, 0xFFE8...0xFFEE: .alphabetic            // halfwidth Hangul and symbols
        default: isEastAsian(v) ? .ideographic : .alphabetic
        }
    }
}
