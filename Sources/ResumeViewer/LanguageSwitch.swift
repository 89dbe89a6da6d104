import ResumeLayout

extension Document {
    /// The edition `L` switches to from `state`: the next language, round and round; nil
    /// when the résumé has only one.
    public func edition(after state: AppState) -> Document? {
        let editions = editions
        guard editions.count > 1 else { return nil }
        let shown = editions.indices.contains(state.languageIndex) ? state.languageIndex : 0
        return editions[(shown + 1) % editions.count]
    }
}

/// `L`: shows the résumé's next language where the reader was. The page stays (the last
/// one if the translation has fewer), every page keeps its place by its entries, and a
/// search is run again in the new language, its current match the first from that place.
func switchLanguage(_ state: inout AppState, _ editions: Document) {
    let from = editions.shown(in: state)
    guard let to = editions.edition(after: state) else {
        state.message = from.words.onlyOneLanguage
        return
    }
    let width = state.contentWidth
    var offsets = Array(repeating: 0, count: max(to.pageCount, 1))
    for page in 0..<min(from.pageCount, to.pageCount) {
        offsets[page] = keptOffset(state.offsets[page], from: from.layout(page: page, width: width),
                                   to: to.layout(page: page, width: width), rows: state.bodyHeight)
    }
    state.languageIndex = (state.languageIndex + 1) % editions.editions.count
    state.offsets = offsets
    state.page = min(state.page, max(to.pageCount - 1, 0))
    guard !state.query.isEmpty else { return }
    state.matches = to.search(state.query, width: width)
    state.currentMatch = nil
    if state.matches.isEmpty {
        state.message = to.words.noMatchFor(InertText.make(state.query))
    } else if state.mode == .browse {
        // The view does not move to it: the place is what `L` keeps; `n` goes on from it.
        let top = state.offsets[state.page]
        state.currentMatch = state.matches.firstIndex { match in
            match.page > state.page || (match.page == state.page && match.fragments[0].line >= top)
        } ?? 0
    }
}

/// Where a page that showed line `top` of `old` first shows `new`, its translation, so
/// the same entry (job, talk, skill group) stays in view.
///
/// An entry that starts on screen keeps its row: the reader's eye stays on it. When none
/// starts on screen (one long entry fills it, or the page's opening does), the view keeps
/// its proportion of that entry, since a translation's entry has its own length. A page
/// whose translation has other entries keeps its proportion of the whole page.
func keptOffset(_ top: Int, from old: PageLayout, to new: PageLayout, rows: Int) -> Int {
    let limit = max(new.lines.count - rows, 0)
    guard top > 0 else { return 0 }
    guard old.entryStarts.count == new.entryStarts.count else {
        return min(top * new.lines.count / max(old.lines.count, 1), limit)
    }
    if let entry = old.entryStarts.firstIndex(where: { $0 >= top && $0 < top + rows }) {
        return min(max(new.entryStarts[entry] - (old.entryStarts[entry] - top), 0), limit)
    }
    // The stretch holding `top`: from an entry's start (or the page's) to the next one's.
    let entry = old.entryStarts.lastIndex { $0 <= top }
    func stretch(_ layout: PageLayout) -> (start: Int, length: Int) {
        let start = entry.map { layout.entryStarts[$0] } ?? 0
        let next = entry.map { $0 + 1 } ?? 0
        let end = layout.entryStarts.indices.contains(next) ? layout.entryStarts[next] : layout.lines.count
        return (start, max(end - start, 1))
    }
    let (oldStart, oldLength) = stretch(old)
    let (newStart, newLength) = stretch(new)
    return min(max(newStart + (top - oldStart) * newLength / oldLength, 0), limit)
}
