import ResumeModel

/// A GFM table prepared for layout: every cell split into measured words.
///
/// At a width it is drawn as aligned columns, sized by the cells' widths in terminal
/// cells (Hangul and kanji count two), two spaces apart, with a rule under the header;
/// a cell too long for its column wraps inside it. When even the narrowest columns
/// don't fit, each row is stacked instead, one "header: value" line per cell.
struct TableCells: Sendable {
    let header: [[Word]]
    let rows: [[[Word]]]
    let alignments: [Table.Alignment]
    let columns: Int

    init(_ table: Table, words: (Inline) -> [Word]) {
        header = table.header.map { cell in words(cell).map { $0.restyled(.label) } }
        rows = table.rows.map { $0.map(words) }
        alignments = table.alignments
        columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
    }

    static let gap = 2
    /// A column narrower than this wraps too much to read; stack the rows instead.
    static let narrowest = 6

    func layout(width: Int, indent: Int, glyphs: Glyphs) -> [StyledLine] {
        guard columns > 0 else { return [] }
        let room = width - indent
        let all = [header] + rows
        let natural = (0..<columns).map { column in all.map { cellWidth($0, column) }.max() ?? 0 }
        let longestWord = (0..<columns).map { column in
            all.map { row in column < row.count ? (row[column].map(\.width).max() ?? 0) : 0 }.max() ?? 0
        }
        let gaps = Self.gap * (columns - 1)
        if natural.reduce(0, +) + gaps <= room {
            return grid(widths: natural, indent: indent, glyphs: glyphs)
        }
        let minimum = longestWord.map { min(max($0, Self.narrowest), max(room / columns, Self.narrowest)) }
        guard minimum.reduce(0, +) + gaps <= room else { return stacked(width: width, indent: indent) }
        // Share the room beyond the minimums in proportion to what each column wants more.
        var widths = minimum
        let want = zip(natural, minimum).map { max($0 - $1, 0) }
        let spare = room - gaps - minimum.reduce(0, +)
        let totalWant = want.reduce(0, +)
        if totalWant > 0 {
            for column in 0..<columns { widths[column] += spare * want[column] / totalWant }
        }
        return grid(widths: widths, indent: indent, glyphs: glyphs)
    }

    private func cellWidth(_ row: [[Word]], _ column: Int) -> Int {
        guard column < row.count, !row[column].isEmpty else { return 0 }
        return row[column].reduce(0) { $0 + $1.width } + row[column].count - 1
    }

    // MARK: - Columns

    private func grid(widths: [Int], indent: Int, glyphs: Glyphs) -> [StyledLine] {
        var lines: [StyledLine] = []
        if header.contains(where: { !$0.isEmpty }) {
            lines += row(header, widths: widths, indent: indent)
            let rule = widths.map { String(repeating: glyphs.rule, count: max($0, 1)) }
                .joined(separator: String(repeating: " ", count: Self.gap))
            lines.append(StyledLine(pad(indent) + [Span(rule, .dim)]))
        }
        for cells in rows { lines += row(cells, widths: widths, indent: indent) }
        return lines
    }

    /// One table row: each cell wrapped in its column, the row as tall as its tallest cell.
    private func row(_ cells: [[Word]], widths: [Int], indent: Int) -> [StyledLine] {
        let wrapped: [[StyledLine]] = widths.indices.map { column in
            guard column < cells.count, !cells[column].isEmpty else { return [] }
            var lines: [StyledLine] = []
            var flow: [LineFlow] = []
            Wrap.wrap(Paragraph(cells[column]), width: max(widths[column], 1), into: &lines, flow: &flow)
            return lines
        }
        let height = max(wrapped.map(\.count).max() ?? 0, 1)
        var out: [StyledLine] = []
        for index in 0..<height {
            var spans = pad(indent)
            var pending = 0
            for column in widths.indices {
                let line = index < wrapped[column].count ? wrapped[column][index] : StyledLine()
                let free = max(widths[column] - line.width, 0)
                let alignment = column < alignments.count ? alignments[column] : .none
                let before = alignment == .right ? free : alignment == .center ? free / 2 : 0
                // Spaces are only written before text, so no line ends with them.
                if !line.spans.isEmpty {
                    spans += pad(pending + before)
                    spans += line.spans
                    pending = free - before
                } else {
                    pending += widths[column]
                }
                pending += Self.gap
            }
            out.append(StyledLine(spans))
        }
        return out
    }

    // MARK: - Stacked

    /// Each row as "header: value" lines, a blank line between rows.
    private func stacked(width: Int, indent: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var flow: [LineFlow] = []
        for (index, cells) in rows.enumerated() {
            if index > 0 { lines.append(StyledLine()) }
            for column in 0..<columns {
                guard column < cells.count, !cells[column].isEmpty else { continue }
                let title = column < header.count ? header[column].map(\.text).joined(separator: " ") : ""
                let lead = title.isEmpty ? nil : Word(title + ":", .label)
                Wrap.wrap(Paragraph(cells[column], lead: lead, indent: indent, hang: indent + 2), width: width,
                          into: &lines, flow: &flow)
            }
        }
        return lines
    }

    private func pad(_ count: Int) -> [Span] {
        count > 0 ? [Span(String(repeating: " ", count: count), .plain)] : []
    }
}

extension Word {
    /// The same text, all in `role` (a table's header cells).
    func restyled(_ role: Role) -> Word {
        Word(pieces.map { Span($0.text, role, width: $0.width) }, spaceBefore: spaceBefore)
    }
}
