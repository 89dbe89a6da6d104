import ResumeModel

/// A résumé prepared for layout: split into pages and words, measured, made inert.
///
/// Preparing is the costly part (walking every grapheme cluster once); laying a page
/// out at a width is then only arithmetic on measured words, so a resize is cheap.
/// Build one per résumé, today's date and glyph set; lay out at any width.
public struct ResumeDocument: Sendable {
    /// The pages, in tab order.
    public let pages: [PageInfo]
    let content: [[LayoutItem]]

    /// Prepares `resume`; `today` dates ongoing tenures, `glyphs` draws bullets and separators.
    public init(_ resume: Resume, today: CalendarDate, glyphs: Glyphs = .unicode) {
        let builder = PageBuilder(resume: resume, today: today, glyphs: glyphs)
        let pages = Layout.pages(of: resume)
        self.pages = pages
        self.content = pages.map { builder.items(for: $0) }
    }

    /// Page `page` laid out at `width` cells; an out-of-range page is empty.
    public func layout(page: Int, width: Int) -> PageLayout {
        guard content.indices.contains(page) else { return PageLayout() }
        var result = PageLayout()
        for item in content[page] {
            switch item {
            case .blank:
                // One blank line at most, never at the top.
                if let last = result.lines.last, last.width > 0 {
                    result.lines.append(StyledLine())
                    result.flow.append(LineFlow(indent: 0, join: .end))
                }
            case .entry:
                result.entryStarts.append(result.lines.count)
            case .paragraph(let paragraph):
                Wrap.wrap(paragraph, width: width, into: &result.lines, flow: &result.flow)
            }
        }
        // Nor at the bottom.
        while let last = result.lines.last, last.width == 0 {
            result.lines.removeLast()
            result.flow.removeLast()
        }
        result.entryStarts = result.entryStarts.map { min($0, max(result.lines.count - 1, 0)) }
        return result
    }

    /// Every page laid out at `width`.
    public func layoutAll(width: Int) -> [PageLayout] {
        pages.indices.map { layout(page: $0, width: width) }
    }
}

/// The prepared content of a page.
enum LayoutItem: Sendable {
    case blank
    /// The next line starts an entry.
    case entry
    case paragraph(Paragraph)
}

/// The entry points the front end calls.
public enum Layout {
    /// The pages of `resume`: About (name, headline, contacts, closing words), then each
    /// career, talks and skills section, then every other section in file order. Contact
    /// and closing sections are shown on About, not as pages of their own.
    public static func pages(of resume: Resume) -> [PageInfo] {
        var pages = [PageInfo(title: InertText.make(resume.name), kind: .about)]
        let order: [(SectionKind, PageKind)] = [(.career, .career), (.talks, .talks), (.skills, .skills), (.generic, .generic)]
        for (sectionKind, pageKind) in order {
            for (index, section) in resume.sections.enumerated() where section.kind == sectionKind {
                pages.append(PageInfo(title: InertText.make(section.title), kind: pageKind, section: index))
            }
        }
        return pages
    }

    /// Page `page` of `resume` at `width` cells. Prepares the résumé every time: a front
    /// end that lays out repeatedly should keep a `ResumeDocument` instead.
    public static func layout(_ resume: Resume, page: Int, width: Int, theme: Theme, today: CalendarDate) -> PageLayout {
        ResumeDocument(resume, today: today, glyphs: theme.glyphs).layout(page: page, width: width)
    }
}
