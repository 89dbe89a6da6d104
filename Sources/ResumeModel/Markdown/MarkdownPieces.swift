/// A top-level part of a Markdown résumé, in file order: a heading, which gives the
/// résumé its structure, or a block of content, with where it starts in the file.
struct MarkdownPiece: Equatable {
    enum Kind: Equatable {
        case heading(level: Int, text: Inline)
        case block(Block)
    }
    var kind: Kind
    var line: Int
    var column: Int
    /// A paragraph's lines, as the file breaks them: contact lines and the period under
    /// a job's heading are read line by line. Empty for other pieces.
    var lines: [Inline] = []
    /// A list's items' lines, so `check` can point a translation's reader at one bullet.
    /// Empty for other pieces.
    var itemLines: [Int] = []
}

/// cmark's tree as pieces and blocks: every CommonMark and GFM construct gets a block
/// of its own (see `Block`); raw HTML becomes the text it shows.
enum MarkdownPieces {
    static func pieces(of document: CMarkNode, map: SourceMap) -> [MarkdownPiece] {
        var pieces: [MarkdownPiece] = []
        var footnotes = 0
        for node in document.children {
            let line = node.startLine
            switch node.kind {
            case .heading:
                pieces.append(MarkdownPiece(kind: .heading(level: node.headingLevel, text: InlineBuilder.heading(of: node)),
                                            line: line, column: map.headingTextColumn(line: line)))
            case .footnoteDefinition:
                // cmark numbers references in the order they are first made (`[^note]` shows
                // as [1]) and puts the definitions that are referenced at the end, in that order.
                footnotes += 1
                let column = map.column(line: line, byteColumn: node.startColumn)
                pieces += footnote(node, number: footnotes, map: map).map { block in
                    var lines: [Inline] = []
                    if case .paragraph(let text) = block { lines = InlineBuilder.lines(splitting: text) }
                    return MarkdownPiece(kind: .block(block), line: line, column: column, lines: lines)
                }
            case .htmlBlock:
                let column = map.column(line: line, byteColumn: node.startColumn)
                pieces += HTMLBlock.pieces(HTMLToken.tokens(node.literal)).map { kind in
                    var lines: [Inline] = []
                    if case .block(.paragraph(let text)) = kind { lines = InlineBuilder.lines(splitting: text) }
                    return MarkdownPiece(kind: kind, line: line, column: column, lines: lines)
                }
            case .paragraph:
                let column = map.column(line: line, byteColumn: node.startColumn)
                pieces += blocks(node, map: map).map {
                    MarkdownPiece(kind: .block($0), line: line, column: column, lines: InlineBuilder.lines(of: node))
                }
            default:
                let column = map.column(line: line, byteColumn: node.startColumn)
                pieces += blocks(node, map: map).map { block in
                    var lines: [Inline] = []
                    var itemLines: [Int] = []
                    if case .paragraph(let text) = block { lines = InlineBuilder.lines(splitting: text) }
                    if case .list = block { itemLines = node.children.filter { $0.kind == .item }.map(\.startLine) }
                    return MarkdownPiece(kind: .block(block), line: line, column: column, lines: lines, itemLines: itemLines)
                }
            }
        }
        return pieces
    }

    /// How deep quotes and lists may nest in the model. A file may nest them thousands
    /// deep (`>>>>…`); below this their text is kept as one paragraph, so neither this
    /// reader nor the layout recurses without bound.
    static let maximumDepth = 24

    /// The blocks a node stands for: usually one; none for an empty paragraph or a
    /// comment; several for an HTML block with several paragraphs.
    static func blocks(_ node: CMarkNode, map: SourceMap) -> [Block] {
        blocks(node, depth: 0, map: map)
    }

    private static func blocks(_ node: CMarkNode, depth: Int, map: SourceMap) -> [Block] {
        if depth >= maximumDepth, node.kind == .blockQuote || node.kind == .list {
            let text = node.flattenedText
            return text.isEmpty ? [] : [.paragraph([InlineRun(text)])]
        }
        switch node.kind {
        case .paragraph:
            let text = InlineBuilder.inline(of: node)
            return text.isEmpty ? [] : [.paragraph(text)]
        case .heading:
            let text = InlineBuilder.heading(of: node)
            return text.isEmpty ? [] : [.heading(text)]
        case .list:
            if let lines = yearLines(node, map: map) { return lines }
            return [.list(listItems(node, depth: depth + 1, map: map))]
        case .codeBlock:
            var text = node.literal
            while text.last == "\n" { text.removeLast() }
            let language = node.fenceInfo.split(separator: " ").first.map(String.init)
            return [.code(CodeBlock(text, language: language))]
        case .blockQuote:
            let inner = node.children.flatMap { blocks($0, depth: depth + 1, map: map) }
            return inner.isEmpty ? [] : [.quote(inner)]
        case .thematicBreak:
            return [.rule]
        case .table:
            return [.table(table(node))]
        case .htmlBlock:
            return HTMLBlock.pieces(HTMLToken.tokens(node.literal)).map { kind in
                switch kind {
                case .block(let block): return block
                case .heading(_, let text): return .heading(text)
                }
            }
        case .footnoteDefinition:
            // Only at the top level, where `pieces` numbers them; never reached in practice.
            return node.children.flatMap { blocks($0, depth: depth + 1, map: map) }
        default:
            return node.children.flatMap { blocks($0, depth: depth + 1, map: map) }
        }
    }

    /// A footnote's blocks, the first paragraph marked with its number as the reference
    /// shows it: "[1] The note".
    private static func footnote(_ node: CMarkNode, number: Int, map: SourceMap) -> [Block] {
        var inner = node.children.flatMap { blocks($0, depth: 1, map: map) }
        let mark = InlineRun("[\(number)] ")
        if case .paragraph(let text)? = inner.first {
            inner[0] = .paragraph(text.first?.style == .plain ? [InlineRun(mark.text + text[0].text)] + text.dropFirst() : [mark] + text)
        } else {
            inner.insert(.paragraph([InlineRun("[\(number)]")]), at: 0)
        }
        return inner
    }

    /// `2021. 03. - 현재` on a line of its own is, to CommonMark, a list numbered 2021
    /// holding a list numbered 3 holding a bullet "현재". Korean dates are written that
    /// way, so a list whose every item is numbered with a year and holds only such a
    /// chain is read back as the lines it was: one paragraph, its lines broken where the
    /// file broke them (a paragraph each when blank lines part them). Each line keeps its
    /// own year (CommonMark numbers `2015.` then `2013.` as 2015, 2016), read from the file.
    private static func yearLines(_ list: CMarkNode, map: SourceMap) -> [Block]? {
        guard list.isOrderedList, (1900...2100).contains(list.listStart) else { return nil }
        var lines: [Inline] = []
        for item in list.children where item.kind == .item {
            let number = lines.isEmpty ? list.listStart : map.number(line: item.startLine, byteColumn: item.startColumn)
            guard let number, (1900...2100).contains(number), let line = yearLine(item, number: number) else { return nil }
            lines.append(line)
        }
        guard !lines.isEmpty else { return nil }
        if list.isTightList { return [.paragraph(Array(lines.joined(separator: [InlineRun.lineBreak])))] }
        return lines.map { .paragraph($0) }
    }

    /// One item of a year list as its line: "2021. 3. - 현재".
    private static func yearLine(_ item: CMarkNode, number: Int) -> Inline? {
        var text: Inline = [InlineRun("\(number). ")]
        var node = item
        while true {
            let children = node.children
            guard children.count <= 1 else { return nil }
            guard let child = children.first else { break }
            if child.kind == .paragraph {
                text += InlineBuilder.inline(of: child)
                break
            }
            guard child.kind == .list else { return nil }
            let items = child.children.filter { $0.kind == .item }
            guard items.count == 1 else { return nil }
            text.append(InlineRun(child.isOrderedList ? "\(child.listStart). " : "- "))
            node = items[0]
        }
        var merged: Inline = []
        for run in text {
            if let last = merged.indices.last, merged[last].style == run.style { merged[last].text += run.text } else { merged.append(run) }
        }
        if let last = merged.indices.last { merged[last].text = merged[last].text.trimmingSpaces() }
        return merged
    }

    private static func listItems(_ list: CMarkNode, depth: Int, map: SourceMap) -> [ListItem] {
        let ordered = list.isOrderedList
        var number = list.listStart
        return list.children.filter { $0.kind == .item }.map { item in
            var blocks = item.children.flatMap { self.blocks($0, depth: depth, map: map) }
            var text: Inline = []
            if case .paragraph(let first)? = blocks.first {
                text = first
                blocks.removeFirst()
            }
            defer { number += 1 }
            return ListItem(text, number: ordered ? number : nil, checked: item.taskChecked, blocks: blocks)
        }
    }

    private static func table(_ node: CMarkNode) -> Table {
        var header: [Inline] = []
        var rows: [[Inline]] = []
        for row in node.children where row.kind == .tableRow {
            let cells = row.children.filter { $0.kind == .tableCell }.map(InlineBuilder.inline(of:))
            if row.isTableHeaderRow, header.isEmpty { header = cells } else { rows.append(cells) }
        }
        return Table(header: header, alignments: node.tableAlignments, rows: rows)
    }
}

/// An HTML block (`<p align="center">…</p>`, `<div>`, `<h1>`, a comment) as the pieces
/// it shows: its headings stay headings (a name written as `<h1>` is still the name),
/// its list items a list, `<pre>` code, `<hr>` a rule, the rest paragraphs of text.
enum HTMLBlock {
    static func pieces(_ tokens: [HTMLToken]) -> [MarkdownPiece.Kind] {
        var pieces: [MarkdownPiece.Kind] = []
        var pending: [HTMLToken] = []
        var items: [ListItem] = []
        /// Where the current element that collects its own text started: a heading, a list item, `<pre>`.
        var collecting: (name: String, tokens: [HTMLToken])?
        var hidden = 0

        func flushParagraph() {
            let text = InlineBuilder.inline(ofHTML: pending)
            pending = []
            guard !text.isEmpty else { return }
            flushList()
            pieces.append(.block(.paragraph(text)))
        }
        func flushList() {
            guard !items.isEmpty else { return }
            pieces.append(.block(.list(items)))
            items = []
        }
        func finishCollecting() {
            guard let element = collecting else { return }
            collecting = nil
            if element.name == "pre" {
                let text = element.tokens.compactMap { if case .text(let t) = $0 { return t } else { return nil } }.joined()
                flushList()
                pieces.append(.block(.code(CodeBlock(text.trimmingNewlines()))))
                return
            }
            let level = HTMLElement.headingLevel(element.name)
            let text = level == nil ? InlineBuilder.inline(ofHTML: element.tokens) : InlineBuilder.heading(ofHTML: element.tokens)
            guard !text.isEmpty else { return }
            if let level {
                flushList()
                pieces.append(.heading(level: level, text: text))
            } else {
                items.append(ListItem(text))
            }
        }

        for token in tokens {
            // Scripts, styles and drawings: nothing in them is text to show.
            switch token {
            case .start(let name, _) where HTMLElement.hidden.contains(name):
                hidden += 1
                continue
            case .end(let name) where HTMLElement.hidden.contains(name):
                hidden = max(0, hidden - 1)
                continue
            default:
                if hidden > 0 { continue }
            }
            if let element = collecting {
                if case .end(let name) = token, name == element.name {
                    finishCollecting()
                } else if case .start(let name, _) = token, name == "li", element.name == "li" {
                    finishCollecting()
                    collecting = ("li", [])
                } else {
                    collecting?.tokens.append(token)
                }
                continue
            }
            switch token {
            case .start(let name, _) where HTMLElement.headingLevel(name) != nil || name == "li" || name == "pre":
                flushParagraph()
                collecting = (name, [])
            case .start("hr", _):
                flushParagraph()
                flushList()
                pieces.append(.block(.rule))
            case .start(let name, _) where HTMLElement.blocks.contains(name):
                flushParagraph()
                if name != "ul", name != "ol" { flushList() }
            case .end(let name) where HTMLElement.blocks.contains(name):
                flushParagraph()
                if name == "ul" || name == "ol" { flushList() }
            default:
                pending.append(token)
            }
        }
        finishCollecting()
        flushParagraph()
        flushList()
        return pieces
    }
}

private extension String {
    func trimmingNewlines() -> String {
        var text = self
        while text.first == "\n" || text.first == "\r" { text.removeFirst() }
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return text
    }
}
