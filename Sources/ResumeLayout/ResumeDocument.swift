import ResumeModel
import Synchronization

/// A résumé prepared for layout: split into pages and words, measured, made inert.
///
/// Preparing is the costly part (walking every grapheme cluster once); laying a page
/// out at a width is then only arithmetic on measured words, so a resize is cheap.
/// Build one per résumé, today's date and glyph set; lay out at any width.
///
/// A page is prepared the first time it is laid out, and kept: the first screen shows
/// one page, and preparing the others first made every start slower by a sixth
/// (`perf record`, bench/RESULTS.md "Start-up").
public struct ResumeDocument: Sendable {
    /// The pages, in tab order.
    public let pages: [PageInfo]
    let glyphs: Glyphs
    private let builder: PageBuilder
    private let prepared: PreparedPages

    /// Prepares `resume`; `today` dates ongoing tenures, `glyphs` draws bullets and separators.
    public init(_ resume: Resume, today: CalendarDate, glyphs: Glyphs = .unicode) {
        self.builder = PageBuilder(resume: resume, today: today, glyphs: glyphs)
        self.pages = Layout.pages(of: resume)
        self.glyphs = glyphs
        self.prepared = PreparedPages(count: pages.count)
    }

    /// The prepared items of page `page`, which must exist.
    func content(_ page: Int) -> [LayoutItem] {
        prepared.items(page) { builder.items(for: pages[page]) }
    }

    /// Page `page` laid out at `width` cells; an out-of-range page is empty.
    public func layout(page: Int, width: Int) -> PageLayout {
        guard pages.indices.contains(page) else { return PageLayout() }
        var result = PageLayout()
        lay(content(page), width: max(width, 1), into: &result)
        // Nor at the bottom.
        while let last = result.lines.last, last.width == 0 {
            result.lines.removeLast()
            result.flow.removeLast()
        }
        result.entryStarts = result.entryStarts.map { min($0, max(result.lines.count - 1, 0)) }
        return result
    }

    private func lay(_ items: [LayoutItem], width: Int, into result: inout PageLayout) {
        for item in items {
            switch item {
            case .blank:
                // One blank line at most, never at the top.
                if let last = result.lines.last, last.width > 0 { result.append(StyledLine()) }
            case .entry:
                result.entryStarts.append(result.lines.count)
            case .paragraph(let paragraph):
                Wrap.wrap(paragraph, width: width, into: &result.lines, flow: &result.flow)
            case .code(let text, let indent):
                // Verbatim: a line is never joined to the next; one wider than the window
                // is cut by cells onto the next line, at the same indentation.
                let at = min(indent, Wrap.maxIndent(width: width))
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let expanded = line.replacing("\t", with: "    ")
                    guard !expanded.allSatisfy(\.isWhitespace) else {
                        result.append(StyledLine())
                        continue
                    }
                    let word = Word([Span(String(expanded), .code, width: 0)])
                    Wrap.wrap(Paragraph([word], indent: at), width: width, into: &result.lines, flow: &result.flow)
                }
            case .rule(let indent):
                let at = min(indent, Wrap.maxIndent(width: width))
                let count = max(1, (width - at) / max(CellWidth.of(glyphs.rule), 1))
                var spans: [Span] = at > 0 ? [Span(String(repeating: " ", count: at), .plain)] : []
                spans.append(Span(String(repeating: glyphs.rule, count: count), .dim))
                result.append(StyledLine(spans))
            case .quote(let inner, let indent):
                // The quote's text is laid out narrower, then a bar is drawn down its left.
                let at = min(indent, Wrap.maxIndent(width: width))
                let bar = glyphs.quoteBar + " "
                let barWidth = CellWidth.of(bar)
                var quoted = PageLayout()
                lay(inner, width: max(width - at - barWidth, 1), into: &quoted)
                while let last = quoted.lines.last, last.width == 0 { quoted.lines.removeLast(); quoted.flow.removeLast() }
                for (line, flow) in zip(quoted.lines, quoted.flow) {
                    var spans: [Span] = at > 0 ? [Span(String(repeating: " ", count: at), .plain)] : []
                    spans.append(Span(line.width == 0 ? glyphs.quoteBar : bar, .dim))
                    spans.append(contentsOf: line.spans)
                    result.lines.append(StyledLine(spans))
                    result.flow.append(LineFlow(indent: flow.indent + at + barWidth, join: flow.join))
                }
            case .table(let cells, let indent):
                for line in cells.layout(width: width, indent: min(indent, Wrap.maxIndent(width: width)), glyphs: glyphs) {
                    result.append(line)
                }
            }
        }
    }

    /// Every page laid out at `width`.
    public func layoutAll(width: Int) -> [PageLayout] {
        pages.indices.map { layout(page: $0, width: width) }
    }
}

/// The pages prepared so far. Shared by the copies of one `ResumeDocument`, and locked,
/// since a document may be laid out from more than one thread.
private final class PreparedPages: Sendable {
    private let pages: Mutex<[[LayoutItem]?]>

    init(count: Int) {
        pages = Mutex(Array(repeating: nil, count: count))
    }

    func items(_ page: Int, prepare: () -> [LayoutItem]) -> [LayoutItem] {
        if let items = pages.withLock({ $0[page] }) { return items }
        // Prepared outside the lock: two threads may both prepare a page, and get alike.
        let items = prepare()
        pages.withLock { $0[page] = items }
        return items
    }
}

/// The prepared content of a page.
indirect enum LayoutItem: Sendable {
    case blank
    /// The next line starts an entry.
    case entry
    case paragraph(Paragraph)
    /// A code block's text, shown line for line.
    case code(String, indent: Int)
    /// A thematic break, drawn across the width.
    case rule(indent: Int)
    /// A block quote's content, with a bar down its left.
    case quote([LayoutItem], indent: Int)
    case table(TableCells, indent: Int)
}

extension PageLayout {
    /// Appends a line that ends its text (a table row, a rule, a blank line).
    mutating func append(_ line: StyledLine) {
        lines.append(line)
        flow.append(LineFlow(indent: 0, join: .end))
    }
}

/// The entry points the front end calls.
public enum Layout {
    /// The pages of `resume`: About (name, headline, summary, contacts, closing words),
    /// then every other section in file order, the order its author chose. About,
    /// contact and closing sections are shown on About, not as pages of their own.
    public static func pages(of resume: Resume) -> [PageInfo] {
        var pages = [PageInfo(title: InertText.make(resume.name), kind: .about)]
        for (index, section) in resume.sections.enumerated() {
            guard let kind = PageKind(section.kind) else { continue }
            pages.append(PageInfo(title: InertText.make(section.title), kind: kind, section: index))
        }
        return pages
    }

    /// Page `page` of `resume` at `width` cells. Prepares the résumé every time: a front
    /// end that lays out repeatedly should keep a `ResumeDocument` instead.
    public static func layout(_ resume: Resume, page: Int, width: Int, theme: Theme, today: CalendarDate) -> PageLayout {
        ResumeDocument(resume, today: today, glyphs: theme.glyphs).layout(page: page, width: width)
    }
}
