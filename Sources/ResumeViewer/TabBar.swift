import ResumeLayout

/// Where each tab sits on the top row. Pure, so `compose` and the mouse handling agree
/// on it by construction.
enum TabBar {
    struct Tab: Equatable {
        let page: Int
        let label: String
        let column: Int
        let width: Int
    }

    /// The name (if it fits) and the tabs, left to right. When even the short labels
    /// don't fit, only the current page is shown as "2/4 Career".
    static func layout(titles: [String], name: String, current: Int, width: Int) -> (name: String?, tabs: [Tab]) {
        let labels = titles.enumerated().map { index, title in
            index < 9 ? " \(index + 1) \(title) " : " \(title) "
        }
        let tabsWidth = labels.reduce(0) { $0 + CellWidth.of($1) }
        let nameText = " \(name) │"
        var column = 0
        var shownName: String?
        if tabsWidth + CellWidth.of(nameText) <= width {
            shownName = nameText
            column = CellWidth.of(nameText)
        }
        guard tabsWidth <= width else {
            let label = " \(current + 1)/\(titles.count) \(titles.indices.contains(current) ? titles[current] : "") "
            let clipped = clip(label, to: width)
            return (nil, [Tab(page: current, label: clipped, column: 0, width: CellWidth.of(clipped))])
        }
        var tabs: [Tab] = []
        for (index, label) in labels.enumerated() {
            let w = CellWidth.of(label)
            tabs.append(Tab(page: index, label: label, column: column, width: w))
            column += w
        }
        return (shownName, tabs)
    }

    /// The page whose tab covers `column` on the top row.
    static func page(atColumn column: Int, titles: [String], name: String, width: Int, current: Int = 0) -> Int? {
        let tabs = layout(titles: titles, name: name, current: current, width: width).tabs
        guard tabs.count > 1 else { return nil }
        return tabs.first { column >= $0.column && column < $0.column + $0.width }?.page
    }

    /// Cuts text to at most `width` cells without splitting a wide character.
    static func clip(_ text: String, to width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let w = CellWidth.of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result
    }
}
