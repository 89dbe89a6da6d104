/// A terminal size in character cells, always within bounds a UI can handle.
public struct WindowSize: Equatable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    /// What a client that reports 0 (unknown) gets: the classic terminal.
    public static let fallback = WindowSize(uncheckedColumns: 80, rows: 24)
    /// Larger than any real screen, small enough that no one sizes buffers from it into trouble.
    public static let maximum = 1000
    /// The most cells a session's screen gets, a 4K display in a small font. ncurses keeps
    /// three cell arrays for a screen and the viewer a frame more, about 80 bytes a cell:
    /// at 1000x1000 one visitor cost the host 80 MiB (`scripts/bench.d/busy_session.py
    /// --size 1000x1000`), where the capacity counts 2.3 MiB a session. A larger window
    /// keeps its width and is drawn in its top rows.
    public static let maximumCells = 100_000

    private init(uncheckedColumns columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Clamps what a client sent. SSH carries sizes as UInt32, so anything is possible:
    /// 0 means "unknown" (RFC 4254 lets a client send pixels only) and is replaced by 80x24
    /// as a whole, so a half-known size doesn't produce a 1-column screen.
    public init(columns: Int, rows: Int) {
        if columns <= 0 || rows <= 0 {
            self = .fallback
            return
        }
        self.columns = min(columns, Self.maximum)
        self.rows = min(rows, Self.maximum, Swift.max(Self.maximumCells / self.columns, 1))
    }

    public var description: String { "\(columns)x\(rows)" }
}
