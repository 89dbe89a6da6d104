import ResumeLayout
import ResumeModel

/// The résumé, prepared once, and laid out at the width asked for.
///
/// Layout is a pure function of (résumé, page, width); this class only remembers the
/// last width's layouts and search index, so a key press costs a lookup and a resize
/// one relayout. It holds no state of the viewer's: asking it the same question gives
/// the same answer, whatever was asked before.
public final class Document {
    public let resume: Resume
    public let pages: [PageInfo]
    /// The same résumé in its other languages, in the order `L` cycles; each is laid out
    /// on its own. Empty for a translation itself. Read when first needed (`L`), not at
    /// start: most visitors never switch, and every session is a start.
    public var translations: [Document] {
        if let loaded { return loaded }
        let read = pending.compactMap { translation in
            translation.read().map { Document(resume: $0, today: today, glyphs: glyphs) }
        }
        loaded = read
        return read
    }
    private var loaded: [Document]?
    /// The translations as found, each read on first use.
    private let pending: [Translation]
    private let today: CalendarDate
    private let glyphs: Glyphs
    private let prepared: ResumeDocument
    /// The layouts at the last width asked for (none yet: width 0, which no one asks for).
    private var laidOut = LaidOut(width: 0, layouts: [])

    /// The layouts at one width, each made when first asked for, with their search
    /// index, made at the first search, and the last search.
    private struct LaidOut {
        let width: Int
        var layouts: [PageLayout?]
        var searcher: Searcher?
        var lastQuery: String?
        var lastResults: [SearchMatch] = []
    }

    /// `glyphs` is `.ascii` when the terminal can't show Unicode symbols; `translations`
    /// are the résumé in its other languages, in the order `L` shows them.
    public convenience init(resume: Resume, translations: [Resume] = [], today: CalendarDate, glyphs: Glyphs = .unicode) {
        self.init(resume: resume, reading: translations.map { translation in
            Translation(language: translation.language) { translation }
        }, today: today, glyphs: glyphs)
    }

    /// A translation as found: its language, known from its file's name, and how to read
    /// it. `read` returns nil for one that turns out not to show; `L` then skips it.
    public struct Translation: Sendable {
        public let language: Language
        public let read: @Sendable () -> Resume?
        public init(language: Language, read: @escaping @Sendable () -> Resume?) {
            self.language = language
            self.read = read
        }
    }

    /// Like `init(resume:translations:…)`, with translations read only when `L` needs them.
    public init(resume: Resume, reading translations: [Translation], today: CalendarDate, glyphs: Glyphs = .unicode) {
        self.resume = resume
        self.today = today
        self.glyphs = glyphs
        self.prepared = ResumeDocument(resume, today: today, glyphs: glyphs)
        self.pages = prepared.pages
        self.pending = translations
    }

    /// This résumé, then its translations: what `AppState.languageIndex` counts.
    public var editions: [Document] { [self] + translations }

    /// The viewer's words in the language `L` switches to from `state`, nil with one
    /// language: what the footer offers, known without reading the translation.
    public func nextWords(after state: AppState) -> Words? {
        guard loaded == nil, state.languageIndex == 0, !pending.isEmpty else { return edition(after: state)?.words }
        return Words.of(pending[0].language)
    }

    /// The edition `state` shows (this one if its index is out of range).
    public func shown(in state: AppState) -> Document {
        if state.languageIndex == 0 { return self }
        let editions = editions
        return editions.indices.contains(state.languageIndex) ? editions[state.languageIndex] : self
    }

    /// The viewer's words in this résumé's language.
    public var words: Words { Words.of(resume.language) }

    /// Every web address the résumé links to (talk URLs, link targets, contact links).
    public private(set) lazy var urls: Set<String> = {
        var urls = Set(resume.contacts.filter { $0.kind == .link || $0.kind == .website }.map(\.value))
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

    /// Short names for the tab bar, in the résumé's language ("경력"; a page of a kind the
    /// viewer has no name for shows the résumé's own heading).
    public var pageTitles: [String] { pages.map { $0.tabName(in: resume.language) } }

    /// The page called `name` ("talks", "Talks", "3"), if any.
    public func pageIndex(named name: String) -> Int? {
        Layout.pageIndex(named: name, in: pages)
    }

    public func lines(page: Int, width: Int) -> [StyledLine] { layout(page: page, width: width).lines }
    public func lineCount(page: Int, width: Int) -> Int { layout(page: page, width: width).lines.count }
    public func entryStarts(page: Int, width: Int) -> [Int] { layout(page: page, width: width).entryStarts }

    /// Page `page` at `width` cells (an empty layout for a page that doesn't exist).
    public func layout(page: Int, width: Int) -> PageLayout {
        guard pages.indices.contains(page) else { return PageLayout() }
        let width = use(width)
        if let layout = laidOut.layouts[page] { return layout }
        let layout = prepared.layout(page: page, width: width)
        laidOut.layouts[page] = layout
        return layout
    }

    /// All matches of `query` across pages at `width`, in reading order. Typing one more
    /// character refines the previous result rather than rescanning (see `Searcher`).
    public func search(_ query: String, width: Int) -> [SearchMatch] {
        let width = use(width)
        if query == laidOut.lastQuery { return laidOut.lastResults }
        if laidOut.searcher == nil {
            let searcher = Searcher(layouts: pages.indices.map { layout(page: $0, width: width) })
            laidOut.searcher = searcher
        }
        let results = laidOut.searcher?.search(query) ?? []
        laidOut.lastQuery = query
        laidOut.lastResults = results
        return results
    }

    /// Makes the kept layouts those of `width` (at least 1), dropping another width's.
    private func use(_ width: Int) -> Int {
        let width = max(width, 1)
        if laidOut.width != width {
            laidOut = LaidOut(width: width, layouts: Array(repeating: nil, count: pages.count))
        }
        return width
    }
}
