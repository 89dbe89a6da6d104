/// Where a search query was found: one page, one or more pieces of lines.
public struct SearchMatch: Equatable, Hashable, Sendable {
    /// A piece of one line: cells `startCell..<endCell`.
    public struct Fragment: Equatable, Hashable, Sendable {
        public var line: Int
        /// The first cell of the match on this line.
        public var startCell: Int
        /// The cell after the last one (exclusive).
        public var endCell: Int
        public init(line: Int, startCell: Int, endCell: Int) {
            self.line = line
            self.startCell = startCell
            self.endCell = endCell
        }
    }
    public var page: Int
    /// In reading order; more than one when the wrap split the match across lines.
    public var fragments: [Fragment]
    public init(page: Int, fragments: [Fragment]) {
        self.page = page
        self.fragments = fragments
    }
    /// The first line the match is on (where to scroll to).
    public var line: Int { fragments.first?.line ?? 0 }
}
