import ResumeLayout

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
    public let help: String
    /// How the keys are written in help when not key by key ("1-9").
    let label: String?
    /// Whether the binding does anything in this state; a disabled one is not dispatched
    /// and not hinted in the footer (help lists it all the same).
    let enabled: @Sendable (AppState) -> Bool

    init(_ trigger: Trigger, _ action: Action?, _ help: String, label: String? = nil,
         enabled: @escaping @Sendable (AppState) -> Bool = { _ in true }) {
        self.trigger = trigger
        self.fixedAction = action
        self.help = help
        self.label = label
        self.enabled = enabled
    }

    init(_ keys: [Key], _ action: Action, _ help: String, label: String? = nil,
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

    /// How the keys are written in help: "← h Shift-Tab".
    public var keysLabel: String {
        if let label { return label }
        switch trigger {
        case .keys(let keys): return keys.map(\.label).joined(separator: " ")
        case .text: return "any character"
        case .wheelUp: return "wheel up"
        case .wheelDown: return "wheel down"
        case .click: return "click"
        case .anyOtherKey: return "any other key"
        }
    }

    /// The first key of the binding, as a footer hint writes it.
    var firstKeyLabel: String {
        if case .keys(let keys) = trigger, let first = keys.first { return first.label }
        return keysLabel
    }
}

/// A hint in the footer: the keys of some bindings and what they do ("←→ pages").
struct FooterHint: Sendable {
    let actions: [Action]
    let words: String
    /// Which hints stay when the footer is narrow: the lowest first (help and quit: with
    /// those a newcomer can find everything else).
    let priority: Int
}

/// The bindings of one mode. Dispatch, the `?` screen and the footer hints all come
/// from it, so no key can work without help listing it, and no hint names a dead key.
public struct Keymap: Sendable {
    public let mode: AppState.Mode
    /// The help screen's heading for this mode's keys.
    public let title: String
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

    /// Help rows (keys, description), one per distinct binding, in order.
    public var helpRows: [(keys: String, help: String)] {
        var rows: [(String, String)] = []
        var seen = Set<String>()
        for binding in bindings where seen.insert(binding.keysLabel + binding.help).inserted {
            rows.append((binding.keysLabel, binding.help))
        }
        return rows
    }

    /// As many whole hints as fit in `width` cells, never a cut one, for `state`.
    func hints(fitting width: Int, in state: AppState) -> String {
        let texts: [(text: String, priority: Int)] = hints.compactMap { hint in
            let keys = hint.actions.compactMap { action in
                bindings.first { $0.fixedAction == action && $0.enabled(state) }?.firstKeyLabel
            }
            guard keys.count == hint.actions.count else { return nil }
            return (keys.joined() + " " + hint.words, hint.priority)
        }
        var chosen = Set<Int>()
        var used = 0
        for (index, hint) in texts.enumerated().sorted(by: { $0.element.priority < $1.element.priority }) {
            let cost = CellWidth.of(hint.text) + (chosen.isEmpty ? 0 : 2)
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
    public static let browse = Keymap(mode: .browse, title: "Keys", bindings: [
        KeyBinding([.right, .char("l"), .tab], .nextPage, "next page"),
        KeyBinding([.left, .char("h"), .backTab], .previousPage, "previous page"),
        KeyBinding([.down, .char("j")], .scroll(1), "scroll down one line"),
        KeyBinding([.up, .char("k")], .scroll(-1), "scroll up one line"),
        KeyBinding([.pageDown, .char(" "), .char("f"), .ctrl("f")], .pageDown, "page down"),
        KeyBinding([.pageUp, .char("b"), .ctrl("b")], .pageUp, "page up"),
        KeyBinding([.ctrl("d")], .halfPageDown, "half a page down"),
        KeyBinding([.ctrl("u")], .halfPageUp, "half a page up"),
        KeyBinding([.char("g"), .home], .top, "top of the page"),
        KeyBinding([.char("G"), .end], .bottom, "bottom of the page"),
        KeyBinding([.char("]")], .nextEntry, "next entry (job, talk, skill)"),
        KeyBinding([.char("[")], .previousEntry, "previous entry"),
        KeyBinding([.char("/")], .beginSearch, "search all pages (Korean initials work: ㄹㄷㅅ)"),
        KeyBinding([.char("n")], .nextMatch, "next match"),
        KeyBinding([.char("N")], .previousMatch, "previous match"),
        KeyBinding([.escape], .escape, "close help or search, clear highlights"),
        KeyBinding([.char("?")], .toggleHelp, "this help"),
        KeyBinding([.char("t")], .cycleTheme, "theme: dark, light, monochrome"),
        KeyBinding([.char("c"), .char("y")], .copyEmail, "copy the email address to your clipboard"),
        KeyBinding([.ctrl("l")], .redraw, "redraw the screen"),
        KeyBinding([.char("q"), .ctrl("c")], .quit, "quit"),
    ] + (1...9).map { n in
        KeyBinding([.char(Character(String(n)))], .goToPage(n - 1), "go to page N", label: "1-9")
    } + mouse, hints: [
        FooterHint(actions: [.previousPage, .nextPage], words: "pages", priority: 2),
        FooterHint(actions: [.scroll(1), .scroll(-1)], words: "scroll", priority: 4),
        FooterHint(actions: [.beginSearch], words: "search", priority: 3),
        FooterHint(actions: [.toggleHelp], words: "help", priority: 0),
        FooterHint(actions: [.quit], words: "quit", priority: 1),
    ])

    /// The search prompt: what is typed is the query.
    public static let search = Keymap(mode: .search, title: "In the search prompt", bindings: [
        KeyBinding(.text, nil, "type the query (Korean too); matches show as you type"),
        KeyBinding([.enter], .searchSubmit, "jump to the first match from here"),
        KeyBinding([.backspace, .delete], .searchDeleteBackward, "delete a character; on an empty query, close"),
        KeyBinding([.escape], .escape, "cancel the search"),
        KeyBinding([.down], .scroll(1), "scroll down one line"),
        KeyBinding([.up], .scroll(-1), "scroll up one line"),
        KeyBinding([.ctrl("l")], .redraw, "redraw the screen"),
        KeyBinding([.ctrl("c")], .quit, "quit"),
    ] + mouse, hints: [
        FooterHint(actions: [.searchSubmit], words: "jump", priority: 0),
        FooterHint(actions: [.escape], words: "cancel", priority: 1),
    ])

    /// This help screen.
    public static let help = Keymap(mode: .help, title: "On this help screen", bindings: [
        KeyBinding([.down, .char("j")], .scroll(1), "scroll down one line"),
        KeyBinding([.up, .char("k")], .scroll(-1), "scroll up one line"),
        KeyBinding([.pageDown, .char(" "), .char("f"), .ctrl("f")], .pageDown, "page down"),
        KeyBinding([.pageUp, .char("b"), .ctrl("b")], .pageUp, "page up"),
        KeyBinding([.char("g"), .home], .top, "top"),
        KeyBinding([.char("G"), .end], .bottom, "bottom"),
        KeyBinding([.escape, .char("?")], .escape, "close the help"),
        KeyBinding([.ctrl("l")], .redraw, "redraw the screen"),
        KeyBinding([.char("q"), .ctrl("c")], .quit, "quit"),
        KeyBinding(.wheelUp, .scroll(-3), "scroll up"),
        KeyBinding(.wheelDown, .scroll(3), "scroll down"),
        KeyBinding(.anyOtherKey, .escape, "close the help"),
    ], hints: [
        FooterHint(actions: [.scroll(1), .scroll(-1)], words: "scroll", priority: 1),
        FooterHint(actions: [.escape], words: "closes", priority: 0),
    ])

    /// The mouse: the wheel scrolls, a click on a tab opens it.
    private static let mouse = [
        KeyBinding(.wheelUp, .scroll(-3), "scroll up"),
        KeyBinding(.wheelDown, .scroll(3), "scroll down"),
        KeyBinding(.click, nil, "on a tab: open its page"),
    ]
}
