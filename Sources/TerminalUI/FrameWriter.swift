import CNCursesW
import ResumeViewer

/// Copies a composed `Frame` into ncurses' virtual screen, and ncurses sends the
/// terminal only the cells that differ from what it shows: one line of scrolling costs
/// a scroll and a line, not a screen.
struct FrameWriter {
    var palette: Palette
    /// Scrolls the body with the terminal's own line editing; nil where it has none.
    var scroller: LineScroller?

    /// Writes `frame`; with `everything`, the terminal is cleared and every cell sent
    /// again (after a resize, or Ctrl-L), because what it kept of the old screen may be
    /// wrong. `scroll` says how the body moved since the last frame, if it only scrolled.
    func write(_ frame: Frame, everything: Bool = false, scroll: BodyScroll? = nil) {
        let window = cn_stdscr()
        if !everything, let scroll, let scroller { scroller.scroll(scroll, screenHeight: frame.height) }
        werase(window)
        if everything { clearok(window, true) }
        for y in 0..<frame.height {
            // The last cell of the last row is never written: on a terminal that measures
            // a character wider than we do, writing there wraps, scrolls the whole screen
            // up and leaves every later update a row off.
            let rowEnd = y == frame.height - 1 ? frame.width - 1 : frame.width
            // One draw call per run of cells in the same style.
            let styles = FrameWriter.blanksJoined(rowStyles(frame, y: y, count: rowEnd), in: frame, y: y)
            var x = 0
            while x < rowEnd {
                let style = styles[x]
                var text = ""
                var end = x
                while end < rowEnd, styles[end] == style {
                    text += frame[end, y].text
                    end += 1
                }
                draw(text, y: y, x: x, style: style)
                x = end
            }
        }
        wrefresh(window)
    }

    private func rowStyles(_ frame: Frame, y: Int, count: Int) -> [Palette.Style] {
        (0..<count).map { palette.style(for: frame[$0, y].role) }
    }

    /// The longest gap of blanks `blanksJoined` gives the style before it: ncurses would
    /// rather jump over a longer gap of plain blanks with one cursor movement than write it,
    /// while blanks in a colour it must write.
    static let joinableGap = 8

    /// `styles` with each short gap of blanks between two characters in the style of the
    /// character before it, when that shows on a blank no differently.
    ///
    /// Each change of colour costs bytes on the terminal, and a change back to plain text
    /// more (ncurses resets every attribute with sgr0, `ESC(B ESC[m`, after `ESC[39m`). In
    /// "2015.01 – 2018.06 · 42개월" the spaces around the grey dot are plain text between
    /// coloured runs: drawn in the colour before them, the line changes colour four times
    /// instead of six (22 bytes fewer when it scrolls in), and looks the same, since a
    /// space shows only its background (and an underline or reverse video, which
    /// `showsOnBlank` rules out).
    static func blanksJoined(_ styles: [Palette.Style], in frame: Frame, y: Int) -> [Palette.Style] {
        var joined = styles
        // From the row's first character: blanks before it are not between two.
        var x = (0..<styles.count).first { frame[$0, y].text != " " } ?? styles.count
        while x < styles.count {
            guard frame[x, y].text == " " else { x += 1; continue }
            var end = x
            while end < styles.count, frame[end, y].text == " " { end += 1 }
            // Only gaps with a character on both sides: blanks at either end of a row match
            // what ncurses cleared, and cost nothing as long as they stay plain. (`x` is
            // past the first character, so the cell before the gap holds one.)
            let before = styles[x - 1]
            if end < styles.count, end - x <= joinableGap, !before.showsOnBlank,
               !styles[x..<end].contains(where: \.showsOnBlank) {
                for column in x..<end { joined[column] = before }
            }
            x = end
        }
        return joined
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
