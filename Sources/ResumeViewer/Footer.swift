import ResumeLayout

/// The bottom row: where you are and what you can do, in the current mode.
///
/// Browse: the page, the lines shown and how far down, a match counter after a search,
/// then a message or the keymap's hints. Search: the prompt with its cursor, the count
/// of matches and the hints. Help: its name and hints. During the tour: what it shows.
enum Footer {
    /// `document` is the edition shown, whose language the footer speaks; `next` the
    /// words of the one `L` switches to, if there is one (its hint names it).
    static func compose(_ state: AppState, _ document: Document, next: Words?, into frame: inout Frame) {
        let words = document.words
        let y = state.height - 1
        frame.fill(y: y, role: .footer)
        let keymap = Keymaps.keymap(for: state.mode)
        switch state.mode {
        case .search:
            // A query wider than the row shows its end, where the typing happens: what was
            // typed first moves out at the left, as in a shell's line editor.
            var shown = Substring(InertText.make(state.query))
            while !shown.isEmpty, CellWidth.of("/" + shown) > state.width - 2 { shown = shown.dropFirst() }
            let prompt = "/" + shown
            frame.put(prompt, x: 0, y: y, role: .footer)
            let cursorX = min(CellWidth.of(prompt), state.width - 1)
            frame.put(" ", x: cursorX, y: y, role: .cursor)
            var status = state.query.isEmpty ? "" : words.matchCount(state.matches.count)
            let room = state.width - cursorX - 3 - CellWidth.of(status) - (status.isEmpty ? 0 : 2)
            let hints = keymap.hints(fitting: room, in: state, words: words)
            if !hints.isEmpty { status += (status.isEmpty ? "" : "  ") + hints }
            rightAligned(status, y: y, width: state.width, after: cursorX + 2, into: &frame)
        case .help:
            let name = " " + words.helpName
            frame.put(name, x: 0, y: y, role: .footer)
            let after = CellWidth.of(name) + 2
            rightAligned(keymap.hints(fitting: state.width - after - 1, in: state, words: words), y: y, width: state.width,
                         after: after, into: &frame)
        case .browse:
            let hints = { (room: Int) in keymap.hints(fitting: room, in: state, words: words, next: next) }
            composeBrowse(state, document, hints: hints, y: y, into: &frame)
        }
    }

    private static func composeBrowse(_ state: AppState, _ document: Document, hints: (Int) -> String, y: Int,
                                      into frame: inout Frame) {
        let count = document.lineCount(page: state.page, width: state.contentWidth)
        let first = min(state.offsets[state.page] + 1, count)
        let last = min(state.offsets[state.page] + state.bodyHeight, count)
        let percent = count <= state.bodyHeight ? 100 : last * 100 / max(count, 1)
        let title = " \(document.pageTitles[state.page])"
        let range = "  \(first)-\(last)/\(count)"
        let position = range + " \(percent)%"
        // What follows the page's title, the most said first. Narrow windows drop the
        // quoted query, then the percentage, then the lines shown, before the match
        // counter, and only the title is ever cut: a number cut short ("55-57/57 10" of
        // "100%", "3/1" of "3/12") would tell the reader something false.
        var suffixes = [position, range, ""]
        if let current = state.currentMatch, !state.matches.isEmpty {
            let counter = "\(current + 1)/\(state.matches.count)"
            suffixes = [position + "  \"\(InertText.make(state.query))\" " + counter] + suffixes.map { $0 + "  " + counter }
        }
        var left: String
        if let suffix = suffixes.first(where: { CellWidth.of(title + $0) < state.width }) {
            left = title + suffix
        } else {
            let essential = suffixes.last ?? ""
            left = TabBar.clip(title, to: max(state.width - 1 - CellWidth.of(essential), 0)) + essential
        }
        if let caption = state.caption {
            left = " ▶ \(document.pageTitles[state.page])" + (caption.isEmpty ? "" : " · " + caption)
            left = clipBetweenWords(left, to: state.width - 1)
            frame.put(left, x: 0, y: y, role: .footer)
            rightAligned(document.words.tourTakeOver, y: y, width: state.width, after: CellWidth.of(left) + 2, into: &frame)
            return
        }
        if let message = state.message {
            // A message lasts one key press and is said whole: it may push the position
            // out (the match counter stays if it can), and only a message longer than the
            // row is cut, between words.
            if let room = [left, title + (suffixes.last ?? ""), title].first(where: { CellWidth.of($0) + 2 + CellWidth.of(message) < state.width }) {
                frame.put(room, x: 0, y: y, role: .footer)
                rightAligned(message, y: y, width: state.width, after: CellWidth.of(room) + 2, into: &frame)
            } else {
                frame.put(clipBetweenWords(message, to: state.width - 2), x: 1, y: y, role: .footerHint)
            }
            return
        }
        frame.put(left, x: 0, y: y, role: .footer)
        let room = state.width - CellWidth.of(left) - 3
        rightAligned(hints(room), y: y, width: state.width, after: CellWidth.of(left) + 2, into: &frame)
    }

    /// `text` against the right edge, one cell in, if it fits whole after `minimumX`;
    /// otherwise nothing: a hint or a count cut short ("any key takes", "1" of "12
    /// matches") would say something else.
    private static func rightAligned(_ text: String, y: Int, width: Int, after minimumX: Int, into frame: inout Frame) {
        let cells = CellWidth.of(text)
        guard !text.isEmpty, cells <= width - minimumX - 1 else { return }
        frame.put(text, x: width - cells - 1, y: y, role: .footerHint)
    }

    /// The longest beginning of `text` that ends between two words and fits in `width`
    /// cells; a first word longer than that is cut (never inside a wide character).
    private static func clipBetweenWords(_ text: String, to width: Int) -> String {
        guard CellWidth.of(text) > width else { return text }
        var fitting = ""
        var candidate = ""
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            candidate += (index == 0 ? "" : " ") + word
            guard CellWidth.of(candidate) <= width else { break }
            if !word.isEmpty, word != "·" { fitting = candidate }
        }
        return fitting.isEmpty ? TabBar.clip(text, to: max(width, 0)) : fitting
    }
}
