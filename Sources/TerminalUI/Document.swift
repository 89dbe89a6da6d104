import ResumeLayout
import ResumeModel

/// The résumé laid out for the current width and theme, with its search index.
///
/// Layout is a pure function of (résumé, page, width, theme); this class only caches
/// its results so that a key press costs a lookup, and a resize or a theme change
/// costs one relayout.
public final class Document {
    public let resume: Resume
    public let pages: [PageInfo]
    public private(set) var width: Int
    public private(set) var theme: Theme
    private let prepared: ResumeDocument
    private var layouts: [PageLayout] = []
    private var searcher: Searcher
    private var lastQuery: String?
    private var lastResults: [SearchMatch] = []

    /// `glyphs` is `.ascii` when the terminal can't show Unicode symbols.
    public init(resume: Resume, width: Int, theme: Theme, today: CalendarDate, glyphs: Glyphs = .unicode) {
        self.resume = resume
        self.prepared = ResumeDocument(resume, today: today, glyphs: glyphs)
        self.pages = prepared.pages
        self.width = max(width, 1)
        self.theme = theme
        self.searcher = Searcher(layouts: [])
        relayout()
    }

    /// Every web address the résumé links to (talk URLs, link targets, contact links).
    public private(set) lazy var urls: Set<String> = {
        var urls = Set(resume.contacts.filter { $0.kind == .link }.map(\.value))
        for section in resume.sections {
            for case .talk(let talk) in section.entries { if let url = talk.url { urls.insert(url) } }
        }
        for inline in resume.inlineTexts {
            for run in inline { if case .link(let url) = run.style, url.hasPrefix("http") { urls.insert(url) } }
        }
        return urls
    }()

    public var pageCount: Int { pages.count }
    public var name: String { InertText.make(resume.name) }

    /// Short names for the tab bar.
    public var pageTitles: [String] { pages.map(\.tabName) }

    /// The page called `name` ("talks", "Talks", "3"), if any.
    public func pageIndex(named name: String) -> Int? {
        Layout.pageIndex(named: name, in: pages)
    }

    public func setWidth(_ newWidth: Int) {
        let newWidth = max(newWidth, 1)
        guard newWidth != width else { return }
        width = newWidth
        relayout()
    }

    /// Themes change how roles look, not where text goes: no relayout.
    public func setTheme(_ newTheme: Theme) {
        theme = newTheme
    }

    public func lines(page: Int) -> [StyledLine] { layouts[page].lines }
    public func lineCount(page: Int) -> Int { layouts[page].lines.count }
    public func entryStarts(page: Int) -> [Int] { layouts[page].entryStarts }

    /// All matches of `query` across pages, in reading order. Typing one more character
    /// refines the previous result rather than rescanning (see `Searcher`).
    public func search(_ query: String) -> [SearchMatch] {
        if query == lastQuery { return lastResults }
        lastQuery = query
        lastResults = searcher.search(query)
        return lastResults
    }

    private func relayout() {
        layouts = prepared.layoutAll(width: width)
        searcher = Searcher(layouts: layouts)
        lastQuery = nil
    }
}
