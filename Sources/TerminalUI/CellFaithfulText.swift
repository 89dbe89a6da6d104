import ResumeLayout

/// Text as ncurses should be given it so that it takes exactly the cells the layout
/// measured.
///
/// The layout counts an emoji made of several scalars (🧑‍💻, 👍🏽, ❤️, 1️⃣) as two
/// cells, as a person sees it. ncurses adds up `wcwidth` scalar by scalar (🧑 2 + ZWJ 0
/// + 💻 2 = 4) and moves its cursor that far, so the rest of the row shifted and the
/// emoji spilled onto the next one; and terminals disagree among themselves on such
/// sequences. So a cluster whose scalar widths don't add up to the layout's width is
/// drawn as its first scalar, padded with spaces to that width: 🧑‍💻 shows as 🧑, ❤️
/// as ❤ and a space. Every terminal then agrees with ncurses and the layout, and the
/// plain text and exports keep the full sequence.
enum CellFaithfulText {
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.unicodeScalars) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for character in text {
            let scalars = character.unicodeScalars
            guard scalars.count > 1 else {
                result.append(contentsOf: scalars)
                continue
            }
            let cells = CellWidth.of(character)
            if scalars.reduce(0, { $0 + CellWidth.scalarWidth($1) }) == cells {
                result.append(contentsOf: scalars)  // é as e + U+0301, Hangul jamo, 🇰🇷
                continue
            }
            let first = scalars.first!
            var drawn = CellWidth.scalarWidth(first)
            if drawn > 0, drawn <= cells { result.append(first) } else { drawn = 0 }
            result.append(contentsOf: repeatElement(" ", count: cells - drawn))
        }
        return result
    }
}
