import ResumeLayout

/// The `?` screen, generated from the keymaps: every key each mode takes, under the
/// mode's heading. Shared by `compose` and the reducer (which needs its length to
/// scroll it), so the two can't disagree.
enum HelpScreen {
    static func lines(width: Int, words: Words) -> [StyledLine] {
        var lines: [StyledLine] = []
        for keymap in Keymaps.all {
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines.append(StyledLine([Span(keymap.title(in: words), .heading)]))
            lines.append(StyledLine())
            lines += rows(keymap.helpRows(in: words), width: width)
        }
        return lines
    }

    private static func rows(_ rows: [(keys: String, help: String)], width: Int) -> [StyledLine] {
        let widest = rows.map { CellWidth.of($0.keys) }.max() ?? 0
        // Keys in a column when the column leaves room for the words; on a narrow
        // screen each binding takes two lines, keys then words, so nothing is cut.
        let twoColumns = widest + 2 + 16 <= width
        var lines: [StyledLine] = []
        for row in rows {
            if twoColumns {
                let column = widest + 2
                let words = Wrap.wrap([Span(row.help)], width: width - column).lines
                for (index, line) in words.enumerated() {
                    let lead = index == 0
                        ? [Span(row.keys, .label), Span(String(repeating: " ", count: column - CellWidth.of(row.keys)))]
                        : [Span(String(repeating: " ", count: column))]
                    lines.append(StyledLine(lead + line.spans))
                }
            } else {
                lines += Wrap.wrap([Span(row.keys, .label)], width: width).lines
                lines += Wrap.wrap([Span(row.help)], width: width, indent: 2).lines
            }
        }
        return lines
    }
}
