/// Makes text safe to hand to a terminal: nothing in it can act, only be seen.
///
/// resume.md is written by a person and served to strangers over SSH, so a stray byte in
/// it must never become a terminal command (OSC 52 writes the visitor's clipboard, CSI 6n
/// makes their terminal type a reply, BEL rings). Every piece of résumé text goes through
/// `make` before layout; the front end paints only laid-out text.
public enum InertText {
    /// `s` with every control and every invisible reordering or hiding character replaced
    /// by a visible one-cell stand-in:
    /// - C0 controls U+0000–001F become their Control Picture (U+2400 + code: ␛, ␇, ␊…),
    /// - DEL becomes ␡,
    /// - C1 controls U+0080–009F (0x9B is a one-byte CSI) become U+FFFD �,
    /// - BiDi embeddings, overrides, isolates and marks (U+061C, U+200E/F, U+202A–202E,
    ///   U+2066–2069), line and paragraph separators, invisible operators, deprecated
    ///   format characters, the BOM, interlinear annotation marks and tag characters
    ///   (except inside a flag emoji, where they name the flag) become U+FFFD � too.
    /// Zero-width joiners and non-joiners and variation selectors stay: emoji and scripts
    /// need them, and they cannot move or hide other text.
    public static func make(_ s: String) -> String {
        // Fast path: nearly all text has nothing to replace, and then costs no copy.
        guard s.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return s }
        var out = String.UnicodeScalarView()
        for character in s {
            let scalars = character.unicodeScalars
            // A subdivision flag (🏴 + tag letters + cancel tag) is the one legitimate use of tags.
            let isFlag = scalars.first?.value == 0x1F3F4
            for scalar in scalars {
                if isFlag, (0xE0020...0xE007F).contains(scalar.value) {
                    out.append(scalar)
                } else if let stand = replacement(for: scalar) {
                    out.append(stand)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// The visible stand-in for `scalar`, or nil when it may be shown as it is.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v < 0x7F { return nil }
        if v == 0x7F { return "\u{2421}" }
        if v <= 0x9F { return replacementCharacter }
        if v < 0x061C { return nil }
        return isHidingFormat(v) ? replacementCharacter : nil
    }

    static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

    /// Format characters that reorder text or make it invisible.
    static func isHidingFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x061C,                // Arabic letter mark
             0x200E, 0x200F,        // LRM, RLM
             0x2028, 0x2029,        // line and paragraph separators
             0x202A...0x202E,       // LRE, RLE, PDF, LRO, RLO
             0x2060...0x2064,       // word joiner, invisible operators
             0x2066...0x2069,       // LRI, RLI, FSI, PDI
             0x206A...0x206F,       // deprecated format characters
             0xFEFF,                // zero-width no-break space (BOM)
             0xFFF9...0xFFFB,       // interlinear annotation: hides the annotated text
             0xE0000...0xE007F:     // tags: invisible ASCII
            return true
        default:
            return false
        }
    }
}
