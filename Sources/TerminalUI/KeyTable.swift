/// One key binding: the keys, what they do, and the words the help screen shows.
/// Declaring the help next to the dispatch is what keeps the two from drifting.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: String
    /// Extra keys that are only shown in help (e.g. "1-9" for nine bindings).
    public let label: String?

    init(_ keys: [Key], _ action: Action, _ help: String, label: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.label = label
    }

    /// How the keys are written in help: "← h Shift-Tab".
    public var keysLabel: String { label ?? keys.map(\.label).joined(separator: " ") }
}

/// The one key table. The help screen and the footer hints are generated from it.
public enum KeyTable {
    public static let browse: [KeyBinding] = [
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
        KeyBinding([.char("q"), .ctrl("c")], .quit, "quit"),
    ] + (1...9).map { n in
        KeyBinding([.char(Character(String(n)))], .goToPage(n - 1), "go to page N", label: "1-9")
    }

    /// Keys while the search prompt is open; listed in help after the browse keys.
    public static let search: [KeyBinding] = [
        KeyBinding([.enter], .searchSubmit, "in search: jump to the first match from here"),
        KeyBinding([.backspace], .searchDeleteBackward, "in search: delete a character"),
        KeyBinding([.escape], .escape, "in search: cancel"),
    ]

    /// The action a key means in browse mode, if any.
    public static func action(for key: Key) -> Action? {
        browse.first { $0.keys.contains(key) }?.action
    }

    /// Help rows (keys, description), one per distinct binding, in table order.
    public static var helpRows: [(keys: String, help: String)] {
        var rows: [(String, String)] = []
        var seen = Set<String>()
        for binding in browse + search where seen.insert(binding.keysLabel + binding.help).inserted {
            rows.append((binding.keysLabel, binding.help))
        }
        return rows
    }
}
