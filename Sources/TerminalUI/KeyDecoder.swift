import CNCursesW
import ResumeViewer

/// Decodes what ncurses' `wgetch` returns into the viewer's `Key`s.
enum KeyDecoder {
    /// Decodes one character or key code. `status` is OK or KEY_CODE_YES; `value` the character
    /// or key code. Anything that is not a key we know becomes `.unknown`, never a
    /// character: control bytes typed or pasted by a visitor must never be echoed.
    static func decode(status: Int32, value: UInt32) -> Key {
        if status == KEY_CODE_YES { return decodeKeyCode(Int32(bitPattern: value)) }
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 96)))
        default: break
        }
        guard let scalar = Unicode.Scalar(value), isPrintable(scalar) else { return .unknown }
        return .char(Character(scalar))
    }

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    private static func decodeKeyCode(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return decodeMouse()
        default: return .unknown
        }
    }

    private static func decodeMouse() -> Key {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .unknown }
        let state = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if state & cn_button4_pressed() != 0 { return .mouse(x: x, y: y, button: .wheelUp) }
        if state & cn_button5_pressed() != 0 { return .mouse(x: x, y: y, button: .wheelDown) }
        if state & (cn_button1_pressed() | cn_button1_clicked()) != 0 { return .mouse(x: x, y: y, button: .click) }
        return .unknown
    }
}
