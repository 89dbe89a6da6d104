/// Lines between two headings to paragraphs and bullet lists.
///
/// Deliberately a small subset of CommonMark: what a résumé uses, read the way a
/// person reading the plain file would read it. Anything else is kept as paragraph text.
struct BlockParser {
    /// Bullets deeper than this are kept at this depth, so no input can make the
    /// recursive steps after this one (inline conversion, writing) go arbitrarily deep.
    static let maxDepth = 16

    /// In the contact section every line is its own paragraph: an address or a phone
    /// number must not be run together with the next line.
    var linesAreParagraphs = false
    private(set) var diagnostics: [Diagnostic] = []

    init(linesAreParagraphs: Bool = false) {
        self.linesAreParagraphs = linesAreParagraphs
    }

    mutating func parse(_ lines: ArraySlice<SourceLine>) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var paragraph: SourceText?
        var list: ListBuilder?
        var afterBlank = false

        func flushParagraph() {
            if let text = paragraph, !text.isEmpty { blocks.append(.paragraph(text)) }
            paragraph = nil
        }
        func flushList() {
            if var builder = list { blocks.append(.list(builder.finish())) }
            list = nil
        }

        for line in lines {
            switch LineShape(line) {
            case .blank:
                flushParagraph()
                afterBlank = true
                continue
            case .heading:
                // The caller splits at headings; if one slips through, keep its text.
                flushList()
                flushParagraph()
                blocks.append(.paragraph(SourceText(line, from: 0)))
            case .bullet(let indent, let contentStart, let number):
                // An ordered marker other than 1 does not interrupt a paragraph, so a
                // wrapped line starting "2020. 3월" stays part of the sentence.
                if var text = paragraph, let number, number != 1, !linesAreParagraphs {
                    text.appendLine(line, from: 0)
                    paragraph = text
                    break
                }
                flushParagraph()
                if list == nil { list = ListBuilder() }
                if list?.add(indent: indent, text: SourceText(line, from: contentStart)) == true {
                    diagnostics.append(Diagnostic(.warning, line: line.number, column: line.column(at: indent),
                        "bullets are nested more than \(BlockParser.maxDepth) levels deep; this one is kept at level \(BlockParser.maxDepth)"))
                }
            case .text(let indent):
                if list != nil {
                    // A line right under a bullet continues it; after a blank line it
                    // must be indented to continue it, otherwise the list has ended.
                    if !afterBlank || indent >= 2 {
                        list?.continueLast(line)
                        break
                    }
                    flushList()
                }
                if linesAreParagraphs {
                    flushParagraph()
                    paragraph = SourceText(line, from: 0)
                    flushParagraph()
                } else if var text = paragraph {
                    text.appendLine(line, from: 0)
                    paragraph = text
                } else {
                    paragraph = SourceText(line, from: 0)
                }
            }
            afterBlank = false
        }
        flushParagraph()
        flushList()
        return blocks
    }
}

/// Builds a bullet tree from items in file order: an item indented 2 or more
/// spaces deeper than the one above is its child.
struct ListBuilder {
    private struct Open {
        var indent: Int
        var item: RawItem
    }
    private var open: [Open] = []
    private var roots: [RawItem] = []

    /// Returns true when the item had to be kept shallower than written.
    mutating func add(indent: Int, text: SourceText) -> Bool {
        while let top = open.last, indent < top.indent + 2 { close() }
        var clamped = false
        if open.count >= BlockParser.maxDepth {
            close()
            clamped = true
        }
        open.append(Open(indent: indent, item: RawItem(text: text)))
        return clamped
    }

    mutating func continueLast(_ line: SourceLine) {
        guard !open.isEmpty else { return }
        open[open.count - 1].item.text.appendLine(line, from: 0)
    }

    mutating func finish() -> [RawItem] {
        while !open.isEmpty { close() }
        return roots
    }

    private mutating func close() {
        guard let done = open.popLast() else { return }
        if open.isEmpty {
            roots.append(done.item)
        } else {
            open[open.count - 1].item.children.append(done.item)
        }
    }
}
