import ResumeLayout

/// Which of the viewer's words (`Words`) a binding, a hint or a heading shows: help and
/// hints speak the language of the résumé shown, while the keys stay the same.
public typealias Phrase = KeyPath<Words, String> & Sendable

/// One key binding: what sets it off, what it does, and the words help shows for it.
/// Declaring the help next to the dispatch is what keeps the two from drifting.
public struct KeyBinding: Sendable {
    /// What a binding answers to.
    public enum Trigger: Equatable, Sendable {
        case keys([Key])
        /// Any printable character: typed into the search prompt.
        case text
        case wheelUp, wheelDown
        /// A click of the mouse's first button, at its cell.
        case click
        /// Whatever no other binding of the mode takes.
        case anyOtherKey
    }

    public let trigger: Trigger
    /// The action; nil where it depends on the key (`.text`, `.click`).
    let fixedAction: Action?
    let phrase: Phrase
    /// How the keys are written in help when not key by key ("1-9").
    let label: String?
    /// Whether the binding does anything in this state; a disabled one is not dispatched
    /// and not hinted in the footer (help lists it all the same).
    let enabled: @Sendable (AppState) -> Bool

    init(_ trigger: Trigger, _ action: Action?, _ help: Phrase, label: String? = nil,
         enabled: @escaping @Sendable (AppState) -> Bool = { _ in true }) {
        self.trigger = trigger
        self.fixedAction = action
        self.phrase = help
        self.label = label
        self.enabled = enabled
    }

    init(_ keys: [Key], _ action: Action, _ help: Phrase, label: String? = nil,
         enabled: @escaping @Sendable (AppState) -> Bool = { _ in true }) {
        self.init(.keys(keys), action, help, label: label, enabled: enabled)
    }

    /// The action `key` sets off through this binding, if it does.
    func action(for key: Key) -> Action? {
        switch (trigger, key) {
        case (.keys(let keys), _): return keys.contains(key) ? fixedAction : nil
        case (.text, .char(let character)): return .searchInsert(String(character))
        case (.wheelUp, .mouse(_, _, .wheelUp)), (.wheelDown, .mouse(_, _, .wheelDown)): return fixedAction
        case (.click, .mouse(let x, let y, .click)): return .click(x: x, y: y)
        case (.anyOtherKey, _): return key == .resize || key == .unknown ? nil : fixedAction
        default: return nil
        }
    }

    /// What help says the binding does, in `words`' language.
    public func help(in words: Words) -> String { words[keyPath: phrase] }

    /// How the keys are written in help: "← h Shift-Tab"; in words where there is no key.
    public func keysLabel(in words: Words) -> String {
        if let label { return label }
        switch trigger {
        case .keys(let keys): return keys.map(\.label).joined(separator: " ")
        case .text: return words.anyCharacter
        case .wheelUp: return words.wheelUp
        case .wheelDown: return words.wheelDown
        case .click: return words.click
        case .anyOtherKey: return words.anyOtherKey
        }
    }

    /// The first key of the binding, as a footer hint writes it.
    func firstKeyLabel(in words: Words) -> String {
        if case .keys(let keys) = trigger, let first = keys.first { return first.label }
        return keysLabel(in: words)
    }
}

/// A hint in the footer: the keys of some bindings and what they do ("←→ pages").
struct FooterHint: Sendable {
    let actions: [Action]
    /// The hint's words, from those of the language shown and of the one `L` switches to
    /// (nil when there is none); nil leaves the hint out.
    let words: @Sendable (_ shown: Words, _ next: Words?) -> String?
    /// Which hints stay when the footer is narrow: the lowest first (help and quit: with
    /// those a newcomer can find everything else).
    let priority: Int
    /// Shown only when every other hint is: a shorter hint could otherwise take the room
    /// of a longer one that matters more (`L English` in place of `↓↑ scroll`).
    let onlyWithAll: Bool

    init(actions: [Action], words: Phrase, priority: Int) {
        self.actions = actions
        self.words = { shown, _ in shown[keyPath: words] }
        self.priority = priority
        self.onlyWithAll = false
    }

    init(actions: [Action], priority: Int, onlyWithAll: Bool,
         words: @escaping @Sendable (_ shown: Words, _ next: Words?) -> String?) {
        self.actions = actions
        self.words = words
        self.priority = priority
        self.onlyWithAll = onlyWithAll
    }
}

/// The bindings of one mode. Dispatch, the `?` screen and the footer hints all come
/// from it, so no key can work without help listing it, and no hint names a dead key.
public struct Keymap: Sendable {
    public let mode: AppState.Mode
    /// The help screen's heading for this mode's keys.
    let titlePhrase: Phrase
    public let bindings: [KeyBinding]
    let hints: [FooterHint]

    /// What `key` means in `state`: the first enabled binding that takes it.
    public func action(for key: Key, in state: AppState) -> Action? {
        for binding in bindings where binding.enabled(state) {
            if let action = binding.action(for: key) { return action }
        }
        return nil
    }

    /// The binding that would take `key` (enabled or not), for help and tests.
    public func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.action(for: key) != nil }
    }

    init(mode: AppState.Mode, title: Phrase, bindings: [KeyBinding], hints: [FooterHint]) {
        self.mode = mode
        self.titlePhrase = title
        self.bindings = bindings
        self.hints = hints
    }

    /// The help screen's heading for this mode's keys, in `words`' language.
    public func title(in words: Words) -> String { words[keyPath: titlePhrase] }

    /// Help rows (keys, description), one per distinct binding, in order.
    public func helpRows(in words: Words) -> [(keys: String, help: String)] {
        var rows: [(String, String)] = []
        var seen = Set<String>()
        for binding in bindings {
            let row = (binding.keysLabel(in: words), binding.help(in: words))
            if seen.insert(row.0 + row.1).inserted { rows.append(row) }
        }
        return rows
    }

    /// As many whole hints as fit in `width` cells, never a cut one, for `state`, in the
    /// words of the language shown (`next`: of the one `L` switches to, if any).
    func hints(fitting width: Int, in state: AppState, words: Words, next: Words? = nil) -> String {
        let texts: [(text: String, priority: Int, onlyWithAll: Bool)] = hints.compactMap { hint in
            let keys = hint.actions.compactMap { action in
                bindings.first { $0.fixedAction == action && $0.enabled(state) }?.firstKeyLabel(in: words)
            }
            guard keys.count == hint.actions.count, let said = hint.words(words, next) else { return nil }
            return (keys.joined() + " " + said, hint.priority, hint.onlyWithAll)
        }
        var chosen = Set<Int>()
        var used = 0
        var leftOut = false
        for (index, hint) in texts.enumerated().sorted(by: { $0.element.priority < $1.element.priority }) {
            let cost = CellWidth.of(hint.text) + (chosen.isEmpty ? 0 : 2)
            if hint.onlyWithAll && leftOut { continue }
            leftOut = leftOut || used + cost > width
            if used + cost <= width {
                chosen.insert(index)
                used += cost
            }
        }
        return texts.indices.filter(chosen.contains).map { texts[$0].text }.joined(separator: "  ")
    }
}

/// The keymaps of the viewer's three modes (the mouse is bound in each).
public enum Keymaps {
    public static func keymap(for mode: AppState.Mode) -> Keymap {
        switch mode {
        case .browse: return browse
        case .search: return search
        case .help: return help
        }
    }

    public static let all = [browse, search, help]

    /// Reading: less and vim keys, and the arrows for everyone.
    public static let browse = Keymap(mode: .browse, title: \.browseKeysTitle, bindings: [
        KeyBinding([.right, .char("l"), .tab], .nextPage, \.nextPage),
        KeyBinding([.left, .char("h"), .backTab], .previousPage, \.previousPage),
        KeyBinding([.down, .char("j")], .scroll(1), \.scrollDownLine),
        KeyBinding([.up, .char("k")], .scroll(-1), \.scrollUpLine),
        KeyBinding([.pageDown, .char(" "), .char("f"), .ctrl("f")], .pageDown, \.pageDown),
        KeyBinding([.pageUp, .char("b"), .ctrl("b")], .pageUp, \.pageUp),
        KeyBinding([.ctrl("d")], .halfPageDown, \.halfPageDown),
        KeyBinding([.ctrl("u")], .halfPageUp, \.halfPageUp),
        KeyBinding([.char("g"), .home], .top, \.topOfPage),
        KeyBinding([.char("G"), .end], .bottom, \.bottomOfPage),
        KeyBinding([.char("]")], .nextEntry, \.nextEntry),
        KeyBinding([.char("[")], .previousEntry, \.previousEntry),
        KeyBinding([.char("/")], .beginSearch, \.searchAllPages),
        KeyBinding([.char("n")], .nextMatch, \.nextMatch),
        KeyBinding([.char("N")], .previousMatch, \.previousMatch),
        KeyBinding([.escape], .escape, \.closeHelpOrSearch),
        KeyBinding([.char("?")], .toggleHelp, \.thisHelp),
        KeyBinding([.char("t")], .cycleTheme, \.cycleTheme),
        KeyBinding([.char("c"), .char("y")], .copyEmail, \.copyEmail),
        KeyBinding([.ctrl("l")], .redraw, \.redraw),
        KeyBinding([.char("L")], .switchLanguage, \.switchLanguage),
        KeyBinding([.char("q"), .ctrl("c")], .quit, \.quit),
    ] + (1...9).map { n in
        KeyBinding([.char(Character(String(n)))], .goToPage(n - 1), \.goToPage, label: "1-9")
    } + mouse, hints: [
        FooterHint(actions: [.previousPage, .nextPage], words: \.hintPages, priority: 2),
        FooterHint(actions: [.scroll(1), .scroll(-1)], words: \.hintScroll, priority: 4),
        FooterHint(actions: [.beginSearch], words: \.hintSearch, priority: 3),
        FooterHint(actions: [.toggleHelp], words: \.hintHelp, priority: 0),
        FooterHint(actions: [.quit], words: \.hintQuit, priority: 1),
        // Names the language `L` leads to; the first to go when the row is narrow, and
        // absent when the résumé has only one.
        FooterHint(actions: [.switchLanguage], priority: 5, onlyWithAll: true) { _, next in next?.languageName },
    ])

    /// The search prompt: what is typed is the query.
    public static let search = Keymap(mode: .search, title: \.searchKeysTitle, bindings: [
        KeyBinding(.text, nil, \.typeQuery),
        KeyBinding([.enter], .searchSubmit, \.jumpToFirstMatch),
        KeyBinding([.backspace, .delete], .searchDeleteBackward, \.deleteCharacter),
        KeyBinding([.escape], .escape, \.cancelSearch),
        KeyBinding([.down], .scroll(1), \.scrollDownLine),
        KeyBinding([.up], .scroll(-1), \.scrollUpLine),
        KeyBinding([.ctrl("l")], .redraw, \.redraw),
        KeyBinding([.ctrl("c")], .quit, \.quit),
    ] + mouse, hints: [
        FooterHint(actions: [.searchSubmit], words: \.hintJump, priority: 0),
        FooterHint(actions: [.escape], words: \.hintCancel, priority: 1),
    ])

    /// This help screen.
    public static let help = Keymap(mode: .help, title: \.helpKeysTitle, bindings: [
        KeyBinding([.down, .char("j")], .scroll(1), \.scrollDownLine),
        KeyBinding([.up, .char("k")], .scroll(-1), \.scrollUpLine),
        KeyBinding([.pageDown, .char(" "), .char("f"), .ctrl("f")], .pageDown, \.pageDown),
        KeyBinding([.pageUp, .char("b"), .ctrl("b")], .pageUp, \.pageUp),
        KeyBinding([.char("g"), .home], .top, \.top),
        KeyBinding([.char("G"), .end], .bottom, \.bottom),
        KeyBinding([.escape, .char("?")], .escape, \.closeHelp),
        KeyBinding([.ctrl("l")], .redraw, \.redraw),
        KeyBinding([.char("q"), .ctrl("c")], .quit, \.quit),
        KeyBinding(.wheelUp, .scroll(-3), \.wheelScrollUp),
        KeyBinding(.wheelDown, .scroll(3), \.wheelScrollDown),
        KeyBinding(.anyOtherKey, .escape, \.closeHelp),
    ], hints: [
        FooterHint(actions: [.scroll(1), .scroll(-1)], words: \.hintScroll, priority: 1),
        FooterHint(actions: [.escape], words: \.hintCloses, priority: 0),
    ])

    /// The mouse: the wheel scrolls, a click on a tab opens it.
    private static let mouse = [
        KeyBinding(.wheelUp, .scroll(-3), \.wheelScrollUp),
        KeyBinding(.wheelDown, .scroll(3), \.wheelScrollDown),
        KeyBinding(.click, nil, \.clickTab),
    ]
}
