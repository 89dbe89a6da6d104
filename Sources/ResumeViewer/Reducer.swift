import ResumeLayout

/// Applies one action to the state, and says what the outside world must do about it.
///
/// `editions` is the résumé as opened, with its translations; the edition the state
/// shows is read at `state.contentWidth` (line counts, entries, search). It is a cache
/// of layouts, not state, and the reducer never changes it or the terminal, so it is
/// tested without one. Messages are in the language shown.
@discardableResult
public func reduce(_ state: inout AppState, _ action: Action, _ editions: Document) -> [Effect] {
    state.message = nil
    let document = editions.shown(in: state)
    let words = document.words
    let width = state.contentWidth
    switch action {
    case .quit:
        return [.quit]
    case .redraw:
        return [.redrawAll]
    case .resize(let width, let height):
        resize(&state, width: width, height: height, document)
        return [.redrawAll]
    case .toggleHelp:
        state.mode = state.mode == .help ? .browse : .help
        state.helpOffset = 0
    case .escape:
        if state.mode == .browse {
            state.matches = []
            state.currentMatch = nil
            state.query = ""
        }
        state.mode = .browse
    case .cycleTheme:
        state.themeIndex = (state.themeIndex + 1) % Theme.all.count
        state.message = words.theme(state.theme.name)
    case .copyEmail:
        guard let email = document.resume.contacts.first(where: { $0.kind == .email })?.value else {
            state.message = words.noEmail
            return []
        }
        state.message = words.copied(InertText.make(email))
        return [.copyToClipboard(email)]
    case _ where state.mode == .help:
        scrollHelp(&state, action, words)
    case .switchLanguage:
        switchLanguage(&state, editions)
    case .nextPage:
        state.page = (state.page + 1) % document.pageCount
    case .previousPage:
        state.page = (state.page + document.pageCount - 1) % document.pageCount
    case .goToPage(let page):
        if page < document.pageCount { state.page = page }
    case .click(let x, let y):
        if y == 0, let page = TabBar.page(atColumn: x, titles: document.pageTitles, name: document.name, width: state.width) {
            state.page = page
        }
    case .scroll(let lines):
        scroll(&state, to: state.offsets[state.page] + lines, document)
    case .pageDown:
        scroll(&state, to: state.offsets[state.page] + max(state.bodyHeight - 1, 1), document)
    case .pageUp:
        scroll(&state, to: state.offsets[state.page] - max(state.bodyHeight - 1, 1), document)
    case .halfPageDown:
        scroll(&state, to: state.offsets[state.page] + max(state.bodyHeight / 2, 1), document)
    case .halfPageUp:
        scroll(&state, to: state.offsets[state.page] - max(state.bodyHeight / 2, 1), document)
    case .top:
        scroll(&state, to: 0, document)
    case .bottom:
        scroll(&state, to: Int.max / 2, document)
    case .nextEntry:
        let starts = document.entryStarts(page: state.page, width: width)
        let before = state.offsets[state.page]
        if let next = starts.first(where: { $0 > before }) {
            scroll(&state, to: next, document)
        }
        // At the bottom the next entry can't come to the top row: the view doesn't move,
        // and without a word `]` would seem dead.
        if state.offsets[state.page] == before { state.message = words.lastEntry }
    case .previousEntry:
        let starts = document.entryStarts(page: state.page, width: width)
        if let previous = starts.last(where: { $0 < state.offsets[state.page] }) {
            scroll(&state, to: previous, document)
        } else {
            scroll(&state, to: 0, document)
        }
    case .beginSearch:
        state.mode = .search
        state.query = ""
        state.matches = []
        state.currentMatch = nil
    case .searchInsert(let text):
        guard state.mode == .search else { return [] }
        state.query += text
        updateMatches(&state, document)
    case .searchDeleteBackward:
        guard state.mode == .search else { return [] }
        if state.query.isEmpty {
            state.mode = .browse
            return []
        }
        state.query.removeLast()
        updateMatches(&state, document)
    case .searchSubmit:
        state.mode = .browse
        updateMatches(&state, document)
        guard !state.matches.isEmpty else {
            if !state.query.isEmpty { state.message = words.noMatchFor(state.query) }
            return []
        }
        // The first match at or after the top of the view, reading on across pages.
        let top = state.offsets[state.page]
        let index = state.matches.firstIndex { match in
            match.page > state.page || (match.page == state.page && match.fragments[0].line >= top)
        }
        if index == nil { state.message = words.wrappedToFirstPage }
        jump(&state, toMatch: index ?? 0, document)
    case .nextMatch, .previousMatch:
        guard !state.matches.isEmpty else {
            state.message = state.query.isEmpty ? words.noSearchYet : words.noMatchFor(state.query)
            return []
        }
        let count = state.matches.count
        let current = state.currentMatch ?? (action == .nextMatch ? -1 : count)
        let next = action == .nextMatch ? current + 1 : current - 1
        if next >= count { state.message = words.wrappedToFirstMatch }
        if next < 0 { state.message = words.wrappedToLastMatch }
        jump(&state, toMatch: (next + count) % count, document)
    }
    return []
}

// MARK: - Helpers

private func maxOffset(_ state: AppState, _ document: Document) -> Int {
    max(document.lineCount(page: state.page, width: state.contentWidth) - state.bodyHeight, 0)
}

private func scroll(_ state: inout AppState, to offset: Int, _ document: Document) {
    state.offsets[state.page] = min(max(offset, 0), maxOffset(state, document))
}

private func scrollHelp(_ state: inout AppState, _ action: Action, _ words: Words) {
    let rows = HelpScreen.lines(width: state.contentWidth, words: words).count
    let limit = max(rows - state.bodyHeight, 0)
    switch action {
    case .scroll(let n): state.helpOffset += n
    case .pageDown, .halfPageDown: state.helpOffset += max(state.bodyHeight - 1, 1)
    case .pageUp, .halfPageUp: state.helpOffset -= max(state.bodyHeight - 1, 1)
    case .top: state.helpOffset = 0
    case .bottom: state.helpOffset = limit
    default: state.mode = .browse
    }
    state.helpOffset = min(max(state.helpOffset, 0), limit)
}

private func updateMatches(_ state: inout AppState, _ document: Document) {
    state.matches = document.search(state.query, width: state.contentWidth)
    state.currentMatch = nil
    if state.mode == .search, !state.query.isEmpty, state.matches.isEmpty {
        state.message = document.words.noMatch
    }
}

/// Shows match `index`: its page, scrolled so the match sits in the upper third.
private func jump(_ state: inout AppState, toMatch index: Int, _ document: Document) {
    let match = state.matches[index]
    state.currentMatch = index
    state.page = match.page
    let line = match.fragments[0].line
    let top = state.offsets[state.page]
    let lastLine = match.fragments[match.fragments.count - 1].line
    if line < top || lastLine >= top + state.bodyHeight {
        scroll(&state, to: line - state.bodyHeight / 3, document)
    }
}

/// Keeps the reader at the same place in the text at the new size: each page's offset
/// keeps its proportion, and the current match stays in view.
private func resize(_ state: inout AppState, width: Int, height: Int, _ document: Document) {
    // Only pages scrolled from their top move: the others stay at 0, and are not laid
    // out at either width until they are shown.
    let scrolled = (0..<document.pageCount).filter { state.offsets[$0] != 0 }
    let oldCounts = scrolled.map { document.lineCount(page: $0, width: state.contentWidth) }
    state.width = width
    state.height = height
    for (page, oldCount) in zip(scrolled, oldCounts) {
        let old = max(oldCount, 1)
        let new = document.lineCount(page: page, width: state.contentWidth)
        state.offsets[page] = state.offsets[page] * new / old
        let limit = max(new - state.bodyHeight, 0)
        state.offsets[page] = min(max(state.offsets[page], 0), limit)
    }
    if !state.query.isEmpty {
        let current = state.currentMatch
        state.matches = document.search(state.query, width: state.contentWidth)
        if let current, current < state.matches.count { jump(&state, toMatch: current, document) }
    }
}
