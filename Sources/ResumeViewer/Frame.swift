import ResumeLayout

/// What a cell of the screen is, so a palette can decide how it looks: the résumé's own
/// roles, and the screen's chrome around them.
public enum FrameRole: Hashable, Sendable {
    case content(Role)
    case tabBar, tabName, tabCurrent
    case footer, footerHint
    case cursor
    case emphasis
}

/// A URL drawn on the screen: where, and the text that shows it (the terminal back end
/// makes it a hyperlink).
public struct VisibleLink: Equatable, Sendable {
    public var y: Int
    public var x: Int
    public var text: String
    public init(y: Int, x: Int, text: String) {
        self.y = y
        self.x = x
        self.text = text
    }
}

/// How a terminal draws the characters Unicode calls East Asian Ambiguous (• · – → é α):
/// in one cell, as most do, or in two, as CJK terminals set to do so.
public enum AmbiguousWidth: String, Sendable, CaseIterable {
    case narrow, wide
}

/// One screen as a value: a grid of cells, each with its text and role. `compose` makes
/// it from the state; the terminal back end only copies it out (ratatui's `Buffer`).
///
/// A two-cell character sits in its first cell; the cell after it holds "" (covered).
/// Nothing is ever written outside the grid, and a wide character that would cross the
/// right edge is not written at all.
public struct Frame: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var role: FrameRole
    }

    public let width: Int
    public let height: Int
    /// How the terminal draws East Asian Ambiguous characters. When it draws them wide,
    /// `put` writes one-cell ASCII stand-ins instead (see `AmbiguousStandIn` for why).
    public let ambiguous: AmbiguousWidth
    public private(set) var cells: [Cell]
    /// The résumé's URLs now on screen, whole.
    public var links: [VisibleLink] = []

    public init(width: Int, height: Int, ambiguous: AmbiguousWidth = .narrow, role: FrameRole = .content(.plain)) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        self.ambiguous = ambiguous
        cells = Array(repeating: Cell(text: " ", role: role), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// The cells of row `y`.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }

    /// Fills row `y` from column `x` to the end with spaces in `role`.
    public mutating func fill(y: Int, from x: Int = 0, role: FrameRole) {
        // A start at or past the right edge fills nothing (and must not make a range
        // that runs backwards, which traps).
        guard y >= 0, y < height, x < width else { return }
        for column in max(x, 0)..<width {
            set(column, y, Cell(text: " ", role: role))
        }
    }

    /// Writes `text` from column `x` of row `y` in `role`, cut at the right edge;
    /// returns the column after it.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: FrameRole) -> Int {
        guard y >= 0, y < height else { return x }
        var column = x
        for character in text {
            let cells = CellWidth.of(character)
            guard cells > 0 else { continue }
            guard column >= 0, column + cells <= width else { break }
            let drawn = ambiguous == .wide ? AmbiguousStandIn.forWideTerminal(character) : character
            set(column, y, Cell(text: String(drawn), role: role))
            if cells == 2 { set(column + 1, y, Cell(text: "", role: role)) }
            column += cells
        }
        return column
    }

    /// Writes a laid-out line from column `x`, each span in its own role (or all in
    /// `role`); returns the column after it.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, role: FrameRole? = nil) -> Int {
        var column = x
        for span in line.spans {
            let end = put(span.text, x: column, y: y, role: role ?? .content(span.role))
            // A span measures as the layout measured it, even where a cluster was skipped.
            column = max(end, column + span.width)
        }
        return column
    }

    /// Writes one cell, first clearing the other half of any wide character it cuts.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * width + x
        if cells[index].text.isEmpty, x > 0 {
            cells[index - 1].text = " "
        }
        if CellWidth.of(cells[index].text) == 2, x + 1 < width, cells[index + 1].text.isEmpty {
            cells[index + 1].text = " "
        }
        cells[index] = cell
    }
}

extension Frame {
    /// Row `y` as text: what a person reads on it (trailing spaces included).
    public func text(ofRow y: Int) -> String {
        row(y).map(\.text).joined()
    }

    /// Every row as text, one per line.
    public var text: String {
        (0..<height).map(text(ofRow:)).joined(separator: "\n")
    }
}
