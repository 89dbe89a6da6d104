/// What one grapheme cluster is, for search: the same number for text that should match,
/// whatever its case or Unicode normalization.
///
/// Keys below 0x110000 are scalar values (ASCII lowercased, precomposed Hangul, jamo and
/// common CJK, which have no case and one normal form); anything else is looked up, by
/// its lowercased text, in a table whose `String` hashing already treats canonically
/// equivalent text (NFC and NFD) as equal.
struct SearchKeys: Sendable {
    private(set) var table: [String: UInt32] = [:]

    /// Never produced for text: where a paragraph ends, so no match runs across it.
    static let paragraphEnd: UInt32 = 0xFFFF_FFFF
    /// Given to a query character that occurs nowhere in the text.
    static let absent: UInt32 = 0xFFFF_FFFE
    static let firstInterned: UInt32 = 0x20_0000

    /// The key of `c` in the text, adding it to the table when new.
    mutating func intern(_ c: Character) -> UInt32 {
        if let key = Self.direct(c) { return key }
        let folded = c.lowercased()
        if let key = table[folded] { return key }
        let key = Self.firstInterned + UInt32(table.count)
        table[folded] = key
        return key
    }

    /// The key of `c` in a query: as in the text, or `absent`.
    func lookup(_ c: Character) -> UInt32 {
        if let key = Self.direct(c) { return key }
        return table[c.lowercased()] ?? Self.absent
    }

    /// The key of a cluster that needs no table, or nil.
    static func direct(_ c: Character) -> UInt32? {
        let scalars = c.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next()?.value else { return nil }
        guard let second = iterator.next()?.value else {
            if first < 0x80 { return (0x41...0x5A).contains(first) ? first + 0x20 : first }
            if Hangul.isSyllable(first) || (0x3131...0x318E).contains(first) || (0x1100...0x11FF).contains(first)
                || (0x4E00...0x9FFF).contains(first) || (0x3040...0x30FF).contains(first) {
                return first
            }
            return nil
        }
        // Hangul written as jamo (NFD) is the same syllable as its precomposed form.
        let third = iterator.next()?.value
        guard iterator.next() == nil else { return nil }
        return Hangul.compose(first, second, third)
    }
}

/// Hangul syllable arithmetic (Unicode §3.12).
enum Hangul {
    static let syllableBase: UInt32 = 0xAC00
    static let syllableCount: UInt32 = 11172
    static let perInitial: UInt32 = 588  // 21 vowels × 28 finals

    static func isSyllable(_ v: UInt32) -> Bool { v >= syllableBase && v < syllableBase + syllableCount }

    /// The initial consonant (0–18) of a syllable.
    static func initial(ofSyllable v: UInt32) -> UInt32 { (v - syllableBase) / perInitial }

    /// The 19 initial consonants as compatibility jamo (what a keyboard types: ㄱ–ㅎ).
    static let compatibilityInitials: [UInt32] = [
        0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
        0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
    ]

    /// The initial-consonant index a query character stands for: a compatibility jamo
    /// consonant that can begin a syllable, or a leading conjoining jamo (U+1100–1112).
    static func initialIndex(ofKey v: UInt32) -> UInt32? {
        if (0x1100...0x1112).contains(v) { return v - 0x1100 }
        guard (0x3131...0x314E).contains(v) else { return nil }
        return compatibilityInitials.firstIndex(of: v).map { UInt32($0) }
    }

    /// The precomposed syllable for L V (T) jamo, or LV + T; nil for anything else.
    static func compose(_ a: UInt32, _ b: UInt32, _ c: UInt32?) -> UInt32? {
        let isFinal = { (v: UInt32) in (0x11A8...0x11C2).contains(v) }
        if (0x1100...0x1112).contains(a), (0x1161...0x1175).contains(b) {
            let lv = syllableBase + ((a - 0x1100) * 21 + (b - 0x1161)) * 28
            guard let c else { return lv }
            return isFinal(c) ? lv + (c - 0x11A7) : nil
        }
        if isSyllable(a), (a - syllableBase) % 28 == 0, isFinal(b), c == nil {
            return a + (b - 0x11A7)
        }
        return nil
    }
}

/// One character of a query.
enum QueryUnit: Equatable, Sendable {
    /// Matches text with this key.
    case exact(UInt32)
    /// An initial consonant alone (ㄹ): matches any syllable that begins with it, and the
    /// jamo itself.
    case initial(UInt32)

    func matches(_ key: UInt32) -> Bool {
        switch self {
        case .exact(let k):
            return key == k
        case .initial(let index):
            if Hangul.isSyllable(key) { return Hangul.initial(ofSyllable: key) == index }
            return key == Hangul.compatibilityInitials[Int(index)] || key == 0x1100 + index
        }
    }

    /// Whether every text key `other` matches, `self` matches too: then the positions
    /// where a query with `self` here matched are the only ones to check for `other`.
    func covers(_ other: QueryUnit) -> Bool {
        if self == other { return true }
        guard case .initial = self else { return false }
        switch other {
        case .exact(let key): return matches(key)
        case .initial: return false
        }
    }
}

/// The initial consonants of a Korean word, as a search for it would be typed: 레디스 →
/// ㄹㄷㅅ. Nil when the word is not all Hangul syllables.
public enum KoreanInitials {
    public static func of(_ word: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            guard Hangul.isSyllable(scalar.value),
                  let initial = Unicode.Scalar(Hangul.compatibilityInitials[Int(Hangul.initial(ofSyllable: scalar.value))])
            else { return nil }
            out.append(initial)
        }
        return out.isEmpty ? nil : String(out)
    }
}
