/// `lines` (page `page` of a layout) with the cells of `matches` on that page in role
/// `.match`, and those of `matches[current]` in `.currentMatch`. Spans are split at
/// grapheme boundaries, so every line keeps its width and text.
public func highlight(_ lines: [StyledLine], page: Int, matches: [SearchMatch], current: Int?) -> [StyledLine] {
    var marks: [Int: [(start: Int, end: Int, role: Role)]] = [:]
    for (index, match) in matches.enumerated() where match.page == page {
        let role: Role = index == current ? .currentMatch : .match
        for fragment in match.fragments where lines.indices.contains(fragment.line) {
            marks[fragment.line, default: []].append((fragment.startCell, fragment.endCell, role))
        }
    }
    var result = lines
    for (lineIndex, ranges) in marks {
        var spans: [Span] = []
        var cell = 0
        for span in lines[lineIndex].spans {
            var previous = span.role
            for character in span.text {
                let w = CellWidth.of(character)
                var role = span.role
                if w == 0 {
                    role = previous  // a combining mark goes with its base
                } else if let mark = ranges.last(where: { cell >= $0.start && cell < $0.end }) {
                    role = mark.role
                    // The current match wins where two marks meet.
                    if ranges.contains(where: { cell >= $0.start && cell < $0.end && $0.role == .currentMatch }) {
                        role = .currentMatch
                    }
                }
                previous = role
                if let last = spans.indices.last, spans[last].role == role {
                    spans[last].text.append(character)
                    spans[last].width += w
                } else {
                    spans.append(Span(String(character), role, width: w))
                }
                cell += w
            }
        }
        result[lineIndex] = StyledLine(spans)
    }
    return result
}
