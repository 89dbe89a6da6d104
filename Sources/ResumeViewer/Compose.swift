import ResumeLayout

/// The screen for `state`: the tab bar, the page (or the help), the footer; or, below
/// the minimum size, a screen asking for more room. A pure function: the terminal back
/// end only copies the frame out, so every screen is tested as a value. `editions` is
/// the résumé as opened, with its translations; the state says which one is shown, and
/// the screen speaks its language.
public func compose(_ state: AppState, _ editions: Document) -> Frame {
    let document = editions.shown(in: state)
    var frame = Frame(width: state.width, height: state.height, ambiguous: state.ambiguous)
    if state.isTooSmall {
        composeTooSmall(state, document.words, into: &frame)
        return frame
    }
    composeTabBar(state, document, into: &frame)
    if state.mode == .help {
        composeHelp(state, document.words, into: &frame)
    } else {
        composeBody(state, document, into: &frame)
    }
    Footer.compose(state, document, next: editions.nextWords(after: state), into: &frame)
    return frame
}

private func composeTabBar(_ state: AppState, _ document: Document, into frame: inout Frame) {
    let bar = TabBar.layout(titles: document.pageTitles, name: document.name, current: state.page, width: state.width)
    frame.fill(y: 0, role: .tabBar)
    if let name = bar.name { frame.put(name, x: 0, y: 0, role: .tabName) }
    for tab in bar.tabs {
        frame.put(tab.label, x: tab.column, y: 0, role: tab.page == state.page ? .tabCurrent : .tabBar)
    }
}

private func composeBody(_ state: AppState, _ document: Document, into frame: inout Frame) {
    var lines = document.lines(page: state.page, width: state.contentWidth)
    let offset = state.offsets[state.page]
    guard offset < lines.count || lines.isEmpty else { return }
    if !state.matches.isEmpty {
        lines = highlight(lines, page: state.page, matches: state.matches, current: state.currentMatch)
    }
    for row in 0..<state.bodyHeight where offset + row < lines.count {
        let line = lines[offset + row]
        frame.put(line, x: state.margin, y: row + 1)
        var x = state.margin
        for span in line.spans {
            // A whole URL of the résumé; a URL the wrap broke in pieces stays plain text.
            if span.role == .link, document.urls.contains(span.text) {
                frame.links.append(VisibleLink(y: row + 1, x: x, text: span.text))
            }
            x += span.width
        }
    }
}

private func composeHelp(_ state: AppState, _ words: Words, into frame: inout Frame) {
    let lines = HelpScreen.lines(width: state.contentWidth, words: words)
    for row in 0..<state.bodyHeight where state.helpOffset + row < lines.count {
        frame.put(lines[state.helpOffset + row], x: state.margin, y: row + 1)
    }
}

private func composeTooSmall(_ state: AppState, _ words: Words, into frame: inout Frame) {
    guard state.width > 0, state.height > 0 else { return }
    // The longest message that fits whole: a cut sentence would say less than a short one.
    let messages = words.tooSmall(AppState.minimumWidth, AppState.minimumHeight)
    // The last cell of the last row stays blank, as everywhere: a terminal with automatic
    // margins scrolls the whole screen when it is written.
    for message in messages {
        let lines = Wrap.wrap([Span(message, .emphasis)], width: state.width).lines
        guard lines.count <= state.height, lines.allSatisfy({ $0.width <= state.width }),
              lines.count < state.height || (lines.last?.width ?? 0) < state.width else { continue }
        for (row, line) in lines.enumerated() { frame.put(line, x: 0, y: row, role: .emphasis) }
        return
    }
    frame.put(TabBar.clip(messages.last ?? "", to: state.height > 1 ? state.width : state.width - 1), x: 0, y: 0, role: .emphasis)
}
