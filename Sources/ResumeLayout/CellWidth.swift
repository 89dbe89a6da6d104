/// How many terminal cells text takes. Everything in the layout measures with this.
///
/// Widths are per grapheme cluster (a `Character`), because that is what a person sees
/// as one letter and what a line break must never split:
/// - two cells: Hangul syllables and leading jamo, CJK, fullwidth forms, emoji with
///   emoji presentation; an emoji made of several scalars (a ZWJ sequence, a base with
///   VS16 U+FE0F, a skin tone, a flag of two regional indicators, a keycap) is two cells;
/// - no cells: a cluster made only of combining marks, joiners, variation selectors or
///   Hangul medial and final jamo (they join the cluster before them);
/// - one cell: everything else, including controls and the format characters
///   `InertText` replaces, which count as their one-cell visible stand-in.
/// The scalar table comes from glibc's `wcwidth` (see `WidthTable`); a cluster is never
/// wider than two cells.
public enum CellWidth {
    /// The width of `s` in cells: the sum over its grapheme clusters.
    public static func of(_ s: String) -> Int {
        // Fast path: printable ASCII is one cell per byte, and is most of any résumé.
        var ascii = true
        for byte in s.utf8 where byte < 0x20 || byte >= 0x7F {
            ascii = false
            break
        }
        if ascii { return s.utf8.count }
        var total = 0
        for character in s { total += of(character) }
        return total
    }

    /// The width of one grapheme cluster in cells: 0, 1 or 2.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        let base = scalarWidth(first)
        guard let second = iterator.next() else { return base }
        // Several scalars: an emoji sequence is two cells, whatever its parts say.
        let emojiBase = first.properties.isEmoji
        var total = base
        var next: Unicode.Scalar? = second
        while let scalar = next {
            let v = scalar.value
            if emojiBase, v == 0xFE0F || v == 0x200D || (0x1F3FB...0x1F3FF).contains(v) || v == 0x20E3 {
                return 2
            }
            if isRegionalIndicator(first.value), isRegionalIndicator(v) { return 2 }
            total += scalarWidth(scalar)
            next = iterator.next()
        }
        return min(total, 2)
    }

    /// The width of a scalar on its own: what glibc's `wcwidth`, and so ncurses, says.
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return 1 }  // printable ASCII, and C0 controls as their picture
        if v < 0xA0 { return 1 }  // DEL and C1 as their stand-in
        if v < 0x300 { return 1 } // Latin-1 and Latin Extended: no wide or zero scalars
        // Hangul syllables and CJK ideographs are the bulk of Korean, Chinese and Japanese
        // résumés; answer them without bisecting.
        if v >= 0xAC00, v <= 0xD7A3 { return 2 }
        if v >= 0x4E00, v <= 0x9FFF { return 2 }
        if InertText.isHidingFormat(v) { return 1 }
        if WidthTable.contains(WidthTable.zero, v) { return 0 }
        if WidthTable.contains(WidthTable.wide, v) { return 2 }
        return 1
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }
}
