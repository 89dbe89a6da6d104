/// How the page body moved from one screen to the next, when all that happened is a
/// scroll: the terminal can then move the rows it already shows, and only the rows
/// scrolled in are written (plus whatever else changed, such as the footer's position).
public struct BodyScroll: Equatable, Sendable {
    /// The body's rows on the screen, first to last.
    public var rows: ClosedRange<Int>
    /// How many lines the text moved up; negative when it moved down.
    public var lines: Int
}

extension AppState {
    /// The scroll from `earlier` to this state, or nil when the body shows something
    /// else: another page, language, size or mode, or a jump of a whole screen or more,
    /// where nothing on screen stays to be reused.
    ///
    /// A scroll only saves bytes; what the terminal shows after it is always the
    /// composed frame (see `FrameWriter`), so a hint that is off costs a repaint of the
    /// rows that differ, never a wrong screen.
    public func bodyScroll(since earlier: AppState) -> BodyScroll? {
        guard !isTooSmall, !earlier.isTooSmall, width == earlier.width, height == earlier.height,
              page == earlier.page, languageIndex == earlier.languageIndex, ambiguous == earlier.ambiguous,
              themeIndex == earlier.themeIndex, (mode == .help) == (earlier.mode == .help) else { return nil }
        let lines = mode == .help ? helpOffset - earlier.helpOffset : offsets[page] - earlier.offsets[page]
        guard lines != 0, abs(lines) < bodyHeight else { return nil }
        return BodyScroll(rows: 1...bodyHeight, lines: lines)
    }
}
