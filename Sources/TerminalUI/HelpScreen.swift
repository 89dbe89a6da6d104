import ResumeLayout

/// The `?` screen, generated from the key table. Shared by the painter and the reducer
/// (which needs its length to scroll it), so the two can't disagree.
enum HelpScreen {
    static func lines(width: Int) -> [StyledLine] {
        let rows = KeyTable.helpRows
        let widest = rows.map { CellWidth.of($0.keys) }.max() ?? 0
        // Keys in a column when the column leaves room for the words; on a narrow
        // screen each binding takes two lines, keys then words, so nothing is cut.
        let twoColumns = widest + 2 + 16 <= width
        var lines: [StyledLine] = [StyledLine([Span("Keys", .heading)]), StyledLine()]
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
        lines.append(StyledLine())
        lines += Wrap.wrap([Span("Mouse: the wheel scrolls, a click on a tab opens it. Esc or ? closes this help.", .dim)],
                           width: width).lines
        return lines
    }
}
