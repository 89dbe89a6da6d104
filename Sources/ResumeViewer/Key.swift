/// A key press or terminal event, as the viewer understands it. The terminal back end
/// decodes the bytes and key codes into these; nothing here knows about ncurses.
public enum Key: Hashable, Sendable {
    case char(Character)          // a printable character, Hangul included
    case ctrl(Character)          // Ctrl and a letter, as the lowercase letter
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    case resize
    case mouse(x: Int, y: Int, button: MouseButton)
    case unknown

    public enum MouseButton: Hashable, Sendable { case click, wheelUp, wheelDown }
}

extension Key {
    /// How the key is written in help and footer hints.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .mouse(_, _, .wheelUp): return "wheel up"
        case .mouse(_, _, .wheelDown): return "wheel down"
        case .mouse(_, _, .click): return "click"
        case .resize, .unknown: return ""
        }
    }
}
