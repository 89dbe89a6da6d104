import CNCursesW
import ResumeLayout

/// Paints a frame: the state and the laid-out document into ncurses' virtual screen.
///
/// Every frame is drawn whole into memory (`werase`, not `clear`), and ncurses sends the
/// terminal only the cells that differ from what it shows: one line of scrolling costs
/// a scroll and a line, not a screen.
struct Painter {
    var palette: Palette

    /// Paints the frame and returns the résumé's URLs now on screen (for OSC 8).
    @discardableResult
    func paint(_ state: AppState, _ document: Document) -> [VisibleLink] {
        let window = cn_stdscr()
        werase(window)
        var links: [VisibleLink] = []
        if state.isTooSmall {
            paintTooSmall(state)
        } else {
            paintTabBar(state, document)
            if state.mode == .help { paintHelp(state) } else { links = paintBody(state, document) }
            paintFooter(state, document)
        }
        wrefresh(window)
        return links
    }

    // MARK: - Parts

    private func paintTabBar(_ state: AppState, _ document: Document) {
        let bar = TabBar.layout(titles: document.pageTitles, name: document.name, current: state.page, width: state.width)
        put(StyledLine([Span(String(repeating: " ", count: state.width), .dim)]), y: 0, x: 0, role: .tabBar)
        if let name = bar.name { put(name, y: 0, x: 0, role: .tabName) }
        for tab in bar.tabs {
            put(tab.label, y: 0, x: tab.column, role: tab.page == state.page ? .tabCurrent : .tabBar)
        }
    }

    private func paintBody(_ state: AppState, _ document: Document) -> [VisibleLink] {
        var lines = document.lines(page: state.page)
        let offset = state.offsets[state.page]
        guard offset < lines.count || lines.isEmpty else { return [] }
        if !state.matches.isEmpty {
            lines = highlight(lines, page: state.page, matches: state.matches, current: state.currentMatch)
        }
        var links: [VisibleLink] = []
        for row in 0..<state.bodyHeight where offset + row < lines.count {
            put(lines[offset + row], y: row + 1, x: state.margin)
            var x = state.margin
            for span in lines[offset + row].spans {
                // A whole URL of the résumé; a URL the wrap broke in pieces stays plain text.
                if span.role == .link, document.urls.contains(span.text) {
                    links.append(VisibleLink(y: row + 1, x: x, text: span.text))
                }
                x += span.width
            }
        }
        return links
    }

    private func paintFooter(_ state: AppState, _ document: Document) {
        let y = state.height - 1
        put(String(repeating: " ", count: state.width), y: y, x: 0, role: .footer)
        if state.mode == .search {
            let prompt = "/" + InertText.make(state.query)
            let counter = state.query.isEmpty ? "type to search, Enter to jump, Esc to cancel"
                : state.matches.isEmpty ? "no match" : state.matches.count == 1 ? "1 match" : "\(state.matches.count) matches"
            put(prompt, y: y, x: 0, role: .footer)
            let cursorX = min(CellWidth.of(prompt), state.width - 1)
            put(" ", y: y, x: cursorX, role: .cursor)
            rightAligned(counter, y: y, state: state, after: cursorX + 2)
            return
        }
        if state.mode == .help {
            put(" Help", y: y, x: 0, role: .footer)
            rightAligned("↓↑ scroll  Esc or ? closes", y: y, state: state, after: 7)
            return
        }
        let count = document.lineCount(page: state.page)
        let first = min(state.offsets[state.page] + 1, count)
        let last = min(state.offsets[state.page] + state.bodyHeight, count)
        let percent = count <= state.bodyHeight ? 100 : last * 100 / max(count, 1)
        let title = " \(document.pageTitles[state.page])"
        let position = "  \(first)-\(last)/\(count) \(percent)%"
        var left = title + position
        if let current = state.currentMatch, !state.matches.isEmpty {
            // Narrow windows drop the query, then the position, before the match counter:
            // a cut would leave half a quoted query.
            let counter = "\(current + 1)/\(state.matches.count)"
            let forms = [left + "  \"\(InertText.make(state.query))\" " + counter, left + "  " + counter, title + "  " + counter]
            left = forms.first { CellWidth.of($0) < state.width } ?? TabBar.clip(forms[2], to: state.width)
        }
        if let caption = state.caption {
            left = " ▶ \(document.pageTitles[state.page])" + (caption.isEmpty ? "" : " · " + caption)
            put(TabBar.clip(left, to: state.width), y: y, x: 0, role: .footer)
            rightAligned("any key takes over", y: y, state: state, after: CellWidth.of(left) + 2)
            return
        }
        put(left, y: y, x: 0, role: .footer)
        let room = state.width - CellWidth.of(left) - 3
        rightAligned(state.message ?? FooterHints.fitting(room), y: y, state: state, after: CellWidth.of(left) + 2)
    }

    private func paintHelp(_ state: AppState) {
        let lines = HelpScreen.lines(width: state.contentWidth)
        for row in 0..<state.bodyHeight where state.helpOffset + row < lines.count {
            put(lines[state.helpOffset + row], y: row + 1, x: state.margin)
        }
    }

    private func paintTooSmall(_ state: AppState) {
        guard state.width > 0, state.height > 0 else { return }
        // The longest message that fits whole: a cut sentence would say less than a short one.
        let messages = [
            "Please make the window larger (at least \(AppState.minimumWidth)x\(AppState.minimumHeight)). q quits.",
            "Please make the window larger.",
            "Window too small",
            "Too small",
        ]
        for message in messages {
            let lines = Wrap.wrap([Span(message, .emphasis)], width: state.width).lines
            guard lines.count <= state.height, lines.allSatisfy({ $0.width <= state.width }) else { continue }
            for (row, line) in lines.enumerated() { put(line, y: row, x: 0, role: .emphasis) }
            return
        }
        put(TabBar.clip("Too small", to: state.width), y: 0, x: 0, role: .emphasis)
    }

    private func rightAligned(_ text: String, y: Int, state: AppState, after minimumX: Int) {
        let room = state.width - minimumX - 1
        guard room > 0 else { return }
        let clipped = TabBar.clip(text, to: room)
        put(clipped, y: y, x: state.width - CellWidth.of(clipped) - 1, role: .footerHint)
    }

    // MARK: - Drawing

    private func put(_ text: String, y: Int, x: Int, role: PaletteRole) {
        let style = palette.style(for: role)
        draw(text, y: y, x: x, style: style)
    }

    private func put(_ line: StyledLine, y: Int, x: Int, role: PaletteRole? = nil) {
        var column = x
        for span in line.spans {
            let style = role.map { palette.style(for: $0) } ?? palette.style(for: .content(span.role))
            draw(span.text, y: y, x: column, style: style)
            column += span.width
        }
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

/// The footer's key hints, made from the key table so they can't name a key that
/// does nothing.
enum FooterHints {
    /// In screen order; `priority` decides which stay when the footer is narrow (help
    /// and quit first: with those a newcomer can find everything else).
    static let hints: [(text: String, priority: Int)] = {
        func keys(_ action: Action) -> String {
            KeyTable.browse.first { $0.action == action }?.keys.first?.label ?? ""
        }
        return [
            ("\(keys(.previousPage))\(keys(.nextPage)) pages", 2),
            ("\(keys(.scroll(1)))\(keys(.scroll(-1))) scroll", 4),
            ("\(keys(.beginSearch)) search", 3),
            ("\(keys(.toggleHelp)) help", 0),
            ("\(keys(.quit)) quit", 1),
        ]
    }()

    static let text = fitting(Int.max)

    /// As many whole hints as fit in `width` cells, never a cut one.
    static func fitting(_ width: Int) -> String {
        var chosen = Set<Int>()
        var used = 0
        for (index, hint) in hints.enumerated().sorted(by: { $0.element.priority < $1.element.priority }) {
            let cost = CellWidth.of(hint.text) + (chosen.isEmpty ? 0 : 2)
            if used + cost <= width {
                chosen.insert(index)
                used += cost
            }
        }
        return hints.indices.filter(chosen.contains).map { hints[$0].text }.joined(separator: "  ")
    }
}
