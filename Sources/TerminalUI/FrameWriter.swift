import CNCursesW
import ResumeViewer

/// Copies a composed `Frame` into ncurses' virtual screen, and ncurses sends the
/// terminal only the cells that differ from what it shows: one line of scrolling costs
/// a scroll and a line, not a screen.
struct FrameWriter {
    var palette: Palette

    /// Writes `frame`; with `everything`, the terminal is cleared and every cell sent
    /// again (after a resize, or Ctrl-L), because what it kept of the old screen may be
    /// wrong.
    func write(_ frame: Frame, everything: Bool = false) {
        let window = cn_stdscr()
        werase(window)
        if everything { clearok(window, true) }
        for y in 0..<frame.height {
            // The last cell of the last row is never written: on a terminal that measures
            // a character wider than we do, writing there wraps, scrolls the whole screen
            // up and leaves every later update a row off.
            let rowEnd = y == frame.height - 1 ? frame.width - 1 : frame.width
            // One draw call per run of cells in the same role.
            var x = 0
            while x < rowEnd {
                let role = frame[x, y].role
                var text = ""
                var end = x
                while end < rowEnd, frame[end, y].role == role {
                    text += frame[end, y].text
                    end += 1
                }
                draw(text, y: y, x: x, style: palette.style(for: role))
                x = end
            }
        }
        wrefresh(window)
    }

    /// Writes text with the wide-character API, so Hangul takes its two cells, and each
    /// cluster exactly the cells the layout gave it (`CellFaithfulText`).
    private func draw(_ text: String, y: Int, x: Int, style: Palette.Style) {
        let window = cn_stdscr()
        wattr_set(window, style.attributes, style.pair, nil)
        var wide = CellFaithfulText.scalars(text).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        _ = mvwaddnwstr(window, Int32(y), Int32(x), wide, Int32(wide.count - 1))
        wattr_set(window, cn_a_normal(), 0, nil)
    }
}
