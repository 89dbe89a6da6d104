import CNCursesW
import ResumeViewer

/// Scrolls the page body on the terminal with its own delete-line and insert-line,
/// and moves ncurses' copies of the screen the same way, so that the refresh after it
/// writes only the rows scrolled in.
///
/// ncurses would find the scroll itself, by hashing lines, but it scrolls with a scroll
/// region wherever the terminal has one: set it, scroll, reset it (which homes the
/// cursor), move back to the new line. For one line that is 28 bytes against 17 here
/// (`ESC[2;1H ESC[M` at the body's top, `ESC[23d ESC[L` above the footer), and a key's
/// answer is mostly that overhead. ncurses has no call to prefer insert and delete line
/// (idlok only allows them), so we scroll, and move its copies of the screen so that
/// its own search finds nothing left to scroll.
struct LineScroller {
    private let deleteOne: String
    private let insertOne: String
    private let deleteMany: String?
    private let insertMany: String?

    /// Nil when the terminal cannot delete and insert lines (vt100): ncurses keeps
    /// scrolling for it, with the scroll region.
    init?() {
        guard let deleteOne = Self.capability("dl1"), let insertOne = Self.capability("il1") else { return nil }
        self.deleteOne = deleteOne
        self.insertOne = insertOne
        deleteMany = Self.capability("dl")
        insertMany = Self.capability("il")
    }

    /// Moves `scroll.rows` on the terminal, in ncurses' record of what the terminal
    /// shows (`curscr`) and in the screen it last sent (`newscr`), all three alike.
    /// The rows below the body stay where they are; the rows scrolled in are blank
    /// until the refresh writes them.
    func scroll(_ scroll: BodyScroll, screenHeight: Int) {
        let count = abs(scroll.lines)
        let top = scroll.rows.lowerBound
        let below = scroll.rows.upperBound + 1
        // Only on the screen ncurses has: a frame for a size it has not caught up with is
        // drawn whole instead.
        guard count > 0, top >= 0, below <= screenHeight, count < below - top, Int(cn_lines()) == screenHeight else { return }
        var capture = cn_capture()
        guard cn_capture_begin(&capture) == OK else { return }
        defer { cn_capture_end(&capture) }
        // Lines come in blank in the current background: make it the default one.
        _ = vidattr(cn_a_normal())
        // Where the cursor rests is not known here (`leaveok`): the first move is absolute.
        if scroll.lines > 0 {
            _ = mvcur(-1, -1, Int32(top), 0)
            edit(deleteOne, deleteMany, count)
            if below < screenHeight {
                _ = mvcur(Int32(top), 0, Int32(below - count), 0)
                edit(insertOne, insertMany, count)
            }
        } else {
            if below < screenHeight {
                _ = mvcur(-1, -1, Int32(below - count), 0)
                edit(deleteOne, deleteMany, count)
                _ = mvcur(Int32(below - count), 0, Int32(top), 0)
            } else {
                _ = mvcur(-1, -1, Int32(top), 0)
            }
            edit(insertOne, insertMany, count)
        }
        for window in [cn_curscr(), cn_newscr()] {
            guard let window else { continue }
            // Should ncurses' copy not take the move (a size it has not caught up with),
            // what it believes the terminal shows is wrong: have the refresh repaint it all.
            guard wsetscrreg(window, Int32(top), Int32(below - 1)) == OK else {
                clearok(cn_curscr(), true)
                return
            }
            scrollok(window, true)
            if wscrl(window, Int32(scroll.lines)) != OK { clearok(cn_curscr(), true) }
            scrollok(window, false)
            wsetscrreg(window, 0, Int32(screenHeight - 1))
            // Scrolling marks the rows changed. Left so, the refresh would hash them afresh
            // and, matching them against its hashes of the rows before the scroll (which it
            // keeps to itself), scroll them a second time. Unmarked, only the rows the new
            // frame really changes are looked at, and the rest keep hashes that agree.
            wtouchln(window, Int32(top), Int32(below - top), 0)
        }
    }

    /// Sends `one` `count` times, or `many` once with the count when that is shorter.
    private func edit(_ one: String, _ many: String?, _ count: Int) {
        if count > 1, let many, let sequence = many.withCString({ cn_with_count($0, Int32(count)) }) {
            let counted = String(cString: sequence)
            if counted.utf8.count < one.utf8.count * count {
                _ = putp(counted)
                return
            }
        }
        for _ in 0..<count { _ = putp(one) }
    }

    private static func capability(_ name: String) -> String? {
        name.withCString { cn_string_capability($0) }.map { String(cString: $0) }
    }
}
