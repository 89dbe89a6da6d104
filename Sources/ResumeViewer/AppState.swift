import ResumeLayout

/// Everything the screen shows, as a value. The screen is a function of this state
/// and of the résumé (`compose`); only `reduce` changes it.
public struct AppState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case browse, search, help }

    public var page = 0
    /// Which of the résumé's languages is shown: 0 for the résumé as opened, then its
    /// translations in the order `L` cycles (`Document.editions`).
    public var languageIndex = 0
    /// The first visible body line of each page, so switching pages keeps your place.
    public var offsets: [Int]
    public var width: Int
    public var height: Int
    public var mode: Mode = .browse
    public var helpOffset = 0
    /// The text of the search prompt, and of the last search while highlights stay.
    public var query = ""
    public var matches: [SearchMatch] = []
    public var currentMatch: Int?
    /// Which of `Theme.all` colors the screen; the only place the theme is kept.
    public var themeIndex: Int
    /// A one-line message in the footer ("search wrapped", "no match").
    public var message: String?
    /// How the terminal draws East Asian Ambiguous characters (asked at start-up).
    public var ambiguous: AmbiguousWidth = .narrow
    /// While the tour plays: what it is showing (the footer also says how to take over).
    public var caption: String?

    public init(pageCount: Int, width: Int, height: Int, page: Int = 0, themeIndex: Int = 0) {
        self.offsets = Array(repeating: 0, count: max(pageCount, 1))
        self.width = width
        self.height = height
        self.page = min(max(page, 0), max(pageCount - 1, 0))
        self.themeIndex = min(max(themeIndex, 0), Theme.all.count - 1)
    }

    public var theme: Theme { Theme.all[themeIndex] }

    /// Rows of the page body: the screen less the tab bar and the footer.
    public var bodyHeight: Int { max(height - 2, 0) }

    /// Below this the layout would be useless; a "please enlarge" screen is shown instead.
    public static let minimumWidth = 20
    public static let minimumHeight = 5
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Left and right margin of the body: one cell when there is room for it.
    public var margin: Int { width >= 40 ? 1 : 0 }
    /// The width the document is laid out at.
    public var contentWidth: Int { max(width - 2 * margin, 1) }
}
